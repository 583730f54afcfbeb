package dev.vsplit.cli;

import dev.vsplit.api.ReportResult;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vsplit report}: the route map as one self-contained HTML page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the effective routes as one self-contained HTML page (no network; opens from"
          + " file://): per host the delegation tree coloured by team, every route with its"
          + " matches, destinations, weights, timeout, retries, owner and findings, and a search"
          + " that answers which route takes a request, as explain does."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vsplit report istio/",
      "  vsplit report --input istio/ --report-output routes.html",
      "  vsplit report --classpath target/classes --specs com.acme.mesh.AcmeMesh",
      "",
      "Exit codes: 0 written, 1 the routes cannot be built, 2 usage."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "<file or folder>",
      arity = "0..*",
      description =
          "YAML files or folders to read (also --input); without any, the specs on --classpath.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(spec);
    List<Path> yaml = s.paths("input", inputs);
    RouteSource source =
        yaml.isEmpty() ? RouteSource.specs(s.specs()) : RouteSource.yaml(s.yaml(yaml));
    ReportResult result = Vsplit.report(source, Main.class.getClassLoader());
    PrintWriter err = spec.commandLine().getErr();
    if (!result.ok()) {
      result.findings().forEach(f -> err.println(f.toString()));
      err.println("vsplit: no report of " + result.source() + ": " + result.problem());
      return 1;
    }
    Path file = s.path("reportOutput");
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, result.html(), StandardCharsets.UTF_8);
    spec.commandLine()
        .getOut()
        .println(
            "vsplit: route map of "
                + result.source()
                + " written to "
                + file
                + " ("
                + result.findings().size()
                + " finding(s) shown on it)");
    return 0;
  }
}
