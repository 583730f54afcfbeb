package dev.vsplit.api;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.HasFindings;
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
 *
 * @param input the resources read, and the documents skipped
 * @param report every rule's findings and the effective routes
 */
public record Analysis(ReadResult input, Report report) implements HasFindings {

  /**
   * Every finding, in the order the rules reported them.
   *
   * @return the findings of {@link #report}
   */
  @Override
  public List<Finding> findings() {
    return report.findings();
  }

  /**
   * The effective routes: each primary with its delegations merged in, as Istio merges them.
   *
   * @return one entry per primary
   */
  public List<EffectiveVirtualService> effective() {
    return report.effective();
  }

  /**
   * Which route a request takes through these effective routes.
   *
   * @return a simulator over {@link #effective}, with each route's team
   */
  public Simulator simulator() {
    return new Simulator(report.effective(), RouteSources.teamsOfAnalysis(this));
  }

  /**
   * The effective route table of each primary, each route with its team.
   *
   * @return the table {@code vsplit:explain} prints without a request
   */
  public RouteTable routeTable() {
    return RouteTable.of(report.effective(), RouteSources.teamsOfAnalysis(this));
  }

  /**
   * The documents read but not analyzed: other kinds than VirtualService and Gateway.
   *
   * @return each skipped document with where it is and why
   */
  public List<SkippedDocument> skipped() {
    return input.skipped();
  }

  /**
   * The effective routes in the conformance form: {@code [{name, namespace, http}]}.
   *
   * @return YAML, as {@code effectiveOutput} holds it
   */
  public String effectiveYaml() {
    return EffectiveRoutes.toYaml(report.effective());
  }

  /**
   * One line: how many resources, findings by severity.
   *
   * @return e.g. {@code 4 resource(s) read, 1 error(s), 0 warning(s), 2 info}
   */
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

  /**
   * Writes the effective routes ({@link #effectiveYaml}), atomically.
   *
   * @param file the file to write
   * @return whether the file changed
   * @throws IOException when the file cannot be written
   */
  public boolean writeEffective(Path file) throws IOException {
    return OutputFiles.write(file, effectiveYaml());
  }

  /**
   * Writes the findings, atomically: as SARIF 2.1.0 when the file name ends in {@code .sarif}
   * (locations relative to the repository the current directory is in), as YAML when it ends in
   * {@code .yaml} or {@code .yml}, else as JSON.
   *
   * @param file the file to write
   * @return whether the file changed
   * @throws IOException when the file cannot be written
   */
  public boolean writeFindings(Path file) throws IOException {
    return writeFindings(file, Path.of(""));
  }

  /**
   * Writes the findings, atomically, in the format the file name's extension names: SARIF 2.1.0 for
   * {@code .sarif} (files named relative to the repository {@code base} is in), YAML for {@code
   * .yaml} or {@code .yml}, else JSON.
   *
   * @param file the file to write
   * @param base a folder in the repository (the project's): SARIF locations are relative to the
   *     nearest folder up from it that holds {@code .git}, or to it when none does
   * @return whether the file changed
   * @throws IOException when the file cannot be written
   */
  public boolean writeFindings(Path file, Path base) throws IOException {
    return OutputFiles.write(file, findingsText(file.getFileName().toString(), base));
  }

  /**
   * The findings as {@link #writeFindings(Path, Path)} writes them.
   *
   * @param format a file name or an extension: {@code .sarif}, {@code .yaml}, {@code .json}
   * @param base a folder in the repository, for SARIF's relative locations
   * @return the text
   */
  public String findingsText(String format, Path base) {
    return FindingsReport.render(report.findings(), format, base);
  }
}
