package dev.vsplit.maven;

import dev.vsplit.api.ReportResult;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the effective routes as one self-contained HTML page (no network; opens from {@code
 * file://}): per host the delegation tree coloured by team, every route with its matches,
 * destinations, weights, timeout, retries, owner and findings, and a search that answers which
 * route takes a request, as {@code explain} does. On the project's specs, or on YAML without a pom:
 * <br>
 * {@code mvn compile vsplit:report} <br>
 * {@code mvn dev.vsplit:vsplit-maven-plugin:report -Dvsplit.input=istio/
 * -Dvsplit.reportOutput=routes.html}
 */
@Mojo(
    name = "report",
    requiresProject = false,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class ReportMojo extends AbstractSpecMojo {

  /** YAML files or folders to read instead of the project's specs (comma-separated). */
  @Parameter(property = "vsplit.input")
  List<String> input;

  /**
   * The HTML page written: the effective routes per host, their teams, matches, destinations and
   * findings, with a search for which route takes a request.
   */
  @Parameter(
      property = "vsplit.reportOutput",
      defaultValue = "${project.build.directory}/vsplit-report.html")
  File reportOutput;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    RouteSource source = routes(input, "report");
    ReportResult result;
    Path out = reportOutput.toPath();
    try {
      result = Vsplit.report(source, getClass().getClassLoader());
      if (result.ok()) {
        writeText(out, result.html());
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot read " + source.label() + " or write " + out + ": " + e.getMessage(), e);
    }
    if (!result.ok()) {
      print(result.findings());
      throw new MojoFailureException(
          "vsplit: no report of " + result.source() + ": " + result.problem());
    }
    getLog()
        .info(
            "vsplit: route map of "
                + result.source()
                + " written to "
                + shown(reportOutput)
                + " ("
                + result.findings().size()
                + " finding(s) shown on it)");
  }
}
