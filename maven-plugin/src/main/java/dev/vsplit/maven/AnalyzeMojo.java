package dev.vsplit.maven;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.Vsplit;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks hand-written Istio YAML with vsplit's rules: what Istio's webhook refuses, and what it
 * admits but silently drops or misroutes in delegation. Works without a pom: <br>
 * {@code mvn dev.vsplit:vsplit-maven-plugin:analyze -Dvsplit.input=istio/
 * -Dvsplit.effectiveOutput=effective.yaml}
 */
@Mojo(name = "analyze", requiresProject = false, threadSafe = true)
public class AnalyzeMojo extends AbstractVsplitMojo {

  /** YAML files or folders to analyze (comma-separated; folders are read recursively). */
  @Parameter(property = "vsplit.input")
  List<String> input;

  /** Writes the effective routes (what Istio merges and Envoy sees) to this YAML file. */
  @Parameter(property = "vsplit.effectiveOutput")
  File effectiveOutput;

  /**
   * Writes the findings to this file: JSON, YAML when the name ends in {@code .yaml}/{@code .yml},
   * or SARIF 2.1.0 (for code scanning) when it ends in {@code .sarif}.
   */
  @Parameter(property = "vsplit.findingsOutput")
  File findingsOutput;

  /** Fails the build when a finding is an error. */
  @Parameter(property = "vsplit.failOnError", defaultValue = "true")
  boolean failOnError;

  /** Fails the build when a finding is a warning, too. */
  @Parameter(property = "vsplit.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (input == null || input.isEmpty()) {
      throw new MojoFailureException(
          "vsplit:analyze needs something to read: pass -Dvsplit.input=<file or folder>[,...]"
              + " (YAML files; folders are read recursively)");
    }
    Analysis analysis = Vsplit.analyze(yaml(resolveAll(input)));

    analysis.skipped().forEach(s -> getLog().info(s.toString()));
    print(analysis.findings());
    getLog().info("vsplit: " + analysis.summary());
    try {
      if (effectiveOutput != null) {
        analysis.writeEffective(effectiveOutput.toPath());
        getLog().info("vsplit: effective routes written to " + shown(effectiveOutput));
      }
      if (findingsOutput != null) {
        analysis.writeFindings(findingsOutput.toPath(), basedir.toPath());
        getLog().info("vsplit: findings written to " + shown(findingsOutput));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("vsplit: cannot write output: " + e.getMessage(), e);
    }
    long errors = analysis.report().errors().size();
    long warnings =
        analysis.findings().size()
            - errors
            - analysis.report().count(dev.vsplit.findings.Severity.INFO);
    if (errors > 0 && failOnError) {
      throw new MojoFailureException(
          "vsplit found "
              + errors
              + " error(s) in "
              + String.join(", ", input)
              + ": Istio would refuse, drop or misroute the routes named above. Fix them, or pass"
              + " -Dvsplit.failOnError=false to report without failing.");
    }
    if (warnings > 0 && failOnWarning) {
      throw new MojoFailureException(
          "vsplit found " + warnings + " warning(s) and failOnWarning is set.");
    }
  }
}
