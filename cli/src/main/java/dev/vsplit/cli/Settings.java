package dev.vsplit.cli;

import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Format;
import dev.vsplit.api.GenerateRequest;
import dev.vsplit.api.GenerateResult;
import dev.vsplit.api.Option;
import dev.vsplit.api.Options;
import dev.vsplit.output.OutputLocations;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.yaml.ReadLimits;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's options as the table ({@link Options}) defines them: built into its picocli spec by
 * {@link #addTo}, read back by setting name.
 */
final class Settings {

  private final CommandSpec spec;

  Settings(CommandSpec spec) {
    this.spec = spec;
  }

  /**
   * Adds the options {@code operation} takes on the command line, from the table, to {@code spec}.
   */
  static void addTo(CommandSpec spec, String operation) {
    for (Option o : Options.of(operation, Option.FrontEnd.COMMAND_LINE)) {
      OptionSpec.Builder b =
          OptionSpec.builder(o.flag()).description(o.description()).paramLabel(label(o));
      switch (o.type()) {
        case BOOLEAN -> b.type(boolean.class).arity("0..1");
        case NUMBER -> b.type(Long.class);
        case LIST ->
            b.type(List.class)
                .auxiliaryTypes(String.class)
                .splitRegex(
                    o.name().equals("classpath")
                        ? "," + "|" + Pattern.quote(File.pathSeparator)
                        : ",");
        case TEXT, PATH -> b.type(String.class);
      }
      if (o.defaultValue() != null) {
        b.defaultValue(o.defaultValue()).showDefaultValue(CommandLine.Help.Visibility.ALWAYS);
      }
      spec.addOption(b.build());
    }
  }

  private static String label(Option o) {
    return switch (o.type()) {
      case BOOLEAN -> "true|false";
      case NUMBER -> "<n>";
      case PATH -> "<path>";
      case LIST -> "<" + o.name() + ">[,...]";
      case TEXT -> "<" + o.name() + ">";
    };
  }

  private OptionSpec option(String name) {
    OptionSpec o = spec.findOption(Options.flagOf(name));
    if (o == null) {
      throw new IllegalStateException(spec.name() + " has no option for " + name);
    }
    return o;
  }

  String text(String name) {
    Object v = option(name).getValue();
    return v == null || v.toString().isBlank() ? null : v.toString();
  }

  boolean flag(String name) {
    Object v = option(name).getValue();
    return v instanceof Boolean b && b;
  }

  Long number(String name) {
    Object v = option(name).getValue();
    return v == null ? null : (Long) v;
  }

  Path path(String name) {
    String v = text(name);
    return v == null ? null : Path.of(v);
  }

  @SuppressWarnings("unchecked")
  List<String> list(String name) {
    Object v = option(name).getValue();
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (String s : (List<String>) v) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  /** Paths named by a list setting, plus the positional ones, as given. */
  List<Path> paths(String name, List<String> positional) {
    List<Path> out = new ArrayList<>();
    for (String s : list(name)) {
      out.add(Path.of(s));
    }
    if (positional != null) {
      for (String s : positional) {
        out.add(Path.of(s));
      }
    }
    return out;
  }

  MeshOptions mesh() {
    List<String> exportTo = list("defaultExportTo");
    return new MeshOptions(text("domainSuffix"), exportTo.isEmpty() ? null : exportTo);
  }

  ReadLimits limits() {
    try {
      return new ReadLimits(
          number("maxFileBytes"),
          Math.toIntExact(number("maxDepth")),
          Math.toIntExact(number("maxAliases")),
          number("maxAliasExpansion"),
          Math.toIntExact(number("maxScalarLength")));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw usage(e.getMessage() + ". Fix the option on the command line.");
    }
  }

  AnalyzeRequest yaml(List<Path> inputs) {
    return new AnalyzeRequest(inputs, text("namespace"), mesh(), limits(), CliWording.INSTANCE);
  }

  /**
   * The specs on {@code --classpath}: every class folder on it is scanned for specs, {@code
   * --specs} names the administrator's mesh specs; sources under {@code src/main/java} name the
   * lines of DSL findings.
   */
  GenerateRequest specs() {
    List<Path> classpath = new ArrayList<>();
    for (String s : list("classpath")) {
      classpath.add(Path.of(s).toAbsolutePath().normalize());
    }
    if (classpath.isEmpty()) {
      throw usage(
          spec.name()
              + " runs compiled specs: pass --classpath <class folders and jars> (e.g."
              + " target/classes), or read YAML with --input");
    }
    List<String> specs = list("specs");
    // scanned whether or not --specs names the mesh specs: a MeshSpec it does not name is refused
    List<Path> scanned = classpath.stream().filter(Files::isDirectory).toList();
    Path here = Path.of("").toAbsolutePath();
    Path sources = here.resolve("src/main/java");
    return new GenerateRequest(
            here,
            classpath,
            scanned,
            specs,
            Files.isDirectory(sources) ? List.of(sources) : List.of(),
            absolute("outputDirectory"),
            mesh())
        .withWording(CliWording.INSTANCE)
        .withForkTimeout(Duration.ofSeconds(number("forkTimeout")))
        .withReviewDirectory(absolute("reviewDirectory"));
  }

  /** The output folder and the review folder, as the options give them. */
  OutputLocations locations() {
    return OutputLocations.of(absolute("outputDirectory"), absolute("reviewDirectory"));
  }

  /** A folder option as an absolute path, or {@code null} when it is not given. */
  private Path absolute(String name) {
    String v = text(name);
    return v == null ? null : Path.of(v).toAbsolutePath().normalize();
  }

  /** The message for a classpath that holds no spec. */
  String noSpecs(String consequence) {
    return "vsplit: no MeshSpec or TeamSpec classes on the classpath "
        + list("classpath")
        + "; "
        + consequence
        + ".";
  }

  /** The format {@code --format} names for explain and plan; another is a usage error. */
  Format shape() {
    try {
      return Format.parse(text("format"));
    } catch (IllegalArgumentException e) {
      throw usage("--format: " + e.getMessage());
    }
  }

  /**
   * Prints why a run of the specs stopped before its work, when it did: no spec on the classpath,
   * or errors in the specs (the findings in {@code format}, then the count and {@code errors}).
   *
   * @param nothing what was not done for want of specs, e.g. {@code nothing to check}
   * @param errors what follows the count of errors, e.g. {@code " in the specs (listed above)."}
   * @return whether it stopped: the command then exits 1
   */
  boolean stopped(GenerateResult result, String format, String nothing, String errors) {
    if (result.noSpecs()) {
      spec.commandLine().getErr().println(noSpecs(nothing));
      return true;
    }
    if (result.hasErrors()) {
      Output.findings(
          spec.commandLine().getOut(),
          result.findings(),
          format,
          "vsplit: " + result.errors().size() + " error(s)" + errors);
      return true;
    }
    return false;
  }

  CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
