package dev.vsplit.maven;

import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.ExplainResult;
import dev.vsplit.api.Requests;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Severity;
import dev.vsplit.routing.Request;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Which route a request takes through the effective routes (what Envoy gets), and why: the
 * VirtualService chosen, every route passed over with the condition that failed, the winner with
 * its team, secondary and weighted destinations, or Envoy's 404. Without a request, the effective
 * route table of each primary. On the project's specs, or on YAML without a pom:
 *
 * <pre>
 * mvn compile vsplit:explain -Dvsplit.request="GET /login" -Dvsplit.headers=x-canary=true
 * mvn dev.vsplit:vsplit-maven-plugin:explain -Dvsplit.input=istio/ -Dvsplit.request=/logfoo
 * </pre>
 */
@Mojo(
    name = "explain",
    requiresProject = false,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class ExplainMojo extends AbstractSpecMojo {

  /**
   * The request: {@code "GET /login?next=/"}, or just a path for a GET. Without it, the route table
   * is printed.
   */
  @Parameter(property = "vsplit.request")
  String request;

  /** The host the request is for ({@code :authority}), with or without a port. */
  @Parameter(property = "vsplit.host")
  String host;

  /** Request headers, {@code name=value} (or {@code name:value}), comma-separated. */
  @Parameter(property = "vsplit.headers")
  List<String> headers;

  /**
   * The gateway it arrives through: {@code ns/name}, a bare {@code name}, or {@code mesh}; default:
   * the chosen VirtualService's first.
   */
  @Parameter(property = "vsplit.gateway")
  String gateway;

  /** The port it arrives on; default 80, or 443 for {@code https}. */
  @Parameter(property = "vsplit.port")
  Integer port;

  /** The scheme, {@code http} by default. */
  @Parameter(property = "vsplit.scheme")
  String scheme;

  /** The namespace of the workload sending it (what {@code sourceNamespace} matches). */
  @Parameter(property = "vsplit.sourceNamespace")
  String sourceNamespace;

  /**
   * Labels of the workload sending it, {@code name=value}, comma-separated (what {@code
   * sourceLabels} matches).
   */
  @Parameter(property = "vsplit.sourceLabels")
  List<String> sourceLabels;

  /** YAML files or folders to read instead of the project's specs (comma-separated). */
  @Parameter(property = "vsplit.input")
  List<String> input;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Request r = request == null || request.isBlank() ? null : buildRequest();
    boolean yaml = input != null && !input.isEmpty();
    if (!yaml && (project == null || project.getFile() == null)) {
      throw new MojoFailureException(
          "vsplit:explain outside a project reads YAML: pass -Dvsplit.input=<files or folders>"
              + " (the manifests, e.g. a generated istio/ folder)");
    }
    RouteSource source =
        yaml
            ? RouteSource.yaml(
                new AnalyzeRequest(resolveAll(input), namespace, mesh(), limits(), wording()))
            : RouteSource.specs(request());
    ExplainResult result;
    try {
      result = Vsplit.explain(source, r, getClass().getClassLoader());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot read " + source.label() + ": " + e.getMessage(), e);
    }
    if (!result.ok()) {
      print(result.findings());
      throw new MojoFailureException(
          "vsplit: cannot explain " + result.source() + ": " + result.problem());
    }
    long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    if (source instanceof RouteSource.Yaml && errors > 0) {
      getLog()
          .warn(
              "vsplit: the YAML has "
                  + errors
                  + " error finding(s) (vsplit:analyze lists them); this is what Istio does with it as it is");
    }
    getLog().info("vsplit: effective routes of " + result.source());
    String text = result.decision() == null ? result.table().render() : result.decision().explain();
    text.lines().forEach(line -> getLog().info(line));
  }

  Request buildRequest() {
    return Requests.of(
        request, host, headers, gateway, port, scheme, sourceNamespace, sourceLabels);
  }
}
