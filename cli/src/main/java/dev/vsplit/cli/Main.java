package dev.vsplit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vsplit}: the entry point of the executable jar. */
@Command(
    name = CliWording.PROGRAM,
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Istio VirtualService delegation, checked without Maven: the plugin's operations with the"
          + " same settings."
    },
    subcommands = {
      AnalyzeCommand.class,
      ExplainCommand.class,
      PlanCommand.class,
      GenerateCommand.class,
      CheckCommand.class,
      ReportCommand.class,
      SplitCommand.class,
      ScaffoldCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vsplit analyze istio/",
      "  vsplit analyze istio/ --format sarif > vsplit.sarif",
      "  vsplit explain --input istio/ 'GET /login' /reviews/1 --host bookinfo.com",
      "  vsplit generate --classpath target/classes --specs com.acme.mesh.AcmeMesh",
      "  vsplit report --input istio/ --report-output routes.html",
      "  source <(vsplit completion)",
      "",
      "Exit codes: 0 clean, 1 findings or drift, 2 usage."
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandSpec spec;

  private Main() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command: " + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Runs vsplit and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /** Runs vsplit, printing to {@code out} and {@code err}; the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    // each command's options are the table's settings for the operation of its name
    cl.getSubcommands().forEach((name, sub) -> Settings.addTo(sub.getCommandSpec(), name));
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(false);
    cl.addSubcommand("completion", completion);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
            commandLine.getErr().println("vsplit: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
          }
          throw e;
        });
    return cl;
  }

  /** The version in the jar's manifest, or {@code unknown} when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"vsplit " + (v == null ? "unknown" : v)};
    }
  }
}
