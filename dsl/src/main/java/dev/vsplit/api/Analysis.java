package dev.vsplit.api;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.output.OutputFiles;
import dev.vsplit.routing.EffectiveRoutes;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.RouteTable;
import dev.vsplit.routing.Simulator;
import dev.vsplit.rules.Report;
import dev.vsplit.yaml.ReadResult;
import dev.vsplit.yaml.SkippedDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of {@link Vsplit#analyze}: what was read, what the engine found, and the effective
 * routes.
 */
public record Analysis(ReadResult input, Report report) {

  public List<Finding> findings() {
    return report.findings();
  }

  public List<EffectiveVirtualService> effective() {
    return report.effective();
  }

  /** Which route a request takes through these effective routes: see {@link Simulator}. */
  public Simulator simulator() {
    return new Simulator(report.effective(), RouteSources.teamsOfAnalysis(this));
  }

  /** The effective route table of each primary, each route with its team. */
  public RouteTable routeTable() {
    return RouteTable.of(report.effective(), RouteSources.teamsOfAnalysis(this));
  }

  public List<SkippedDocument> skipped() {
    return input.skipped();
  }

  public boolean hasErrors() {
    return report.hasErrors();
  }

  /** The effective routes in the conformance form: {@code [{name, namespace, http}]}. */
  public String effectiveYaml() {
    return EffectiveRoutes.toYaml(report.effective());
  }

  /** One line: how many resources, findings by severity. */
  public String summary() {
    return input.resources().size()
        + " resource(s) read, "
        + report.count(Severity.ERROR)
        + " error(s), "
        + report.count(Severity.WARNING)
        + " warning(s), "
        + report.count(Severity.INFO)
        + " info";
  }

  /** Writes the effective routes, atomically; returns whether the file changed. */
  public boolean writeEffective(Path file) throws IOException {
    return OutputFiles.write(file, effectiveYaml());
  }

  /**
   * Writes the findings as JSON ({@code .json}) or YAML ({@code .yaml}/{@code .yml}), atomically.
   */
  public boolean writeFindings(Path file) throws IOException {
    return OutputFiles.write(
        file, FindingsReport.render(report.findings(), file.getFileName().toString()));
  }
}
