package dev.vsplit.cli;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vsplit analyze}: the plugin's {@code analyze} goal. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Checks Istio YAML with vsplit's rules: what Istio's webhook refuses, and what it admits but"
          + " silently drops or misroutes in delegation."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vsplit analyze istio/",
      "  vsplit analyze istio/ --effective-output effective.yaml",
      "  vsplit analyze istio/ --format sarif > vsplit.sarif",
      "  vsplit analyze istio/ --findings-output findings.sarif --fail-on-warning",
      "",
      "Exit codes: 0 clean, 1 an error (or, with --fail-on-warning, a warning), 2 usage."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "<file or folder>",
      arity = "0..*",
      description = "YAML files or folders to analyze (also --input).")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(spec);
    String format = Output.format(s, Output.FINDING_FORMATS);
    List<Path> paths = s.paths("input", inputs);
    if (paths.isEmpty()) {
      throw s.usage(
          "analyze needs something to read: vsplit analyze <file or folder>... (YAML files;"
              + " folders are read recursively)");
    }
    Analysis analysis = Vsplit.analyze(s.yaml(paths));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format.equals("text")) {
      analysis.skipped().forEach(d -> out.println(d.toString()));
    }
    Output.findings(out, analysis.findings(), format, "vsplit: " + analysis.summary());
    Path effective = s.path("effectiveOutput");
    if (effective != null) {
      analysis.writeEffective(effective);
      err.println("vsplit: effective routes written to " + effective);
    }
    Path findings = s.path("findingsOutput");
    if (findings != null) {
      analysis.writeFindings(findings, Path.of(""));
      err.println("vsplit: findings written to " + findings);
    }
    long errors = analysis.report().count(Severity.ERROR);
    long warnings = analysis.report().count(Severity.WARNING);
    if ((errors > 0 && s.flag("failOnError")) || (warnings > 0 && s.flag("failOnWarning"))) {
      return 1;
    }
    return 0;
  }
}
