package dev.vsplit.maven;

import dev.vsplit.api.ExplainResult;
import dev.vsplit.api.Format;
import dev.vsplit.api.RequestLines;
import dev.vsplit.api.Requests;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Severity;
import dev.vsplit.routing.Request;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
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
 * route table of each primary. On the project's specs, or on YAML without a pom: <br>
 * {@code mvn compile vsplit:explain -Dvsplit.request="GET /login" -Dvsplit.headers=x-canary=true}
 * <br>
 * {@code mvn compile vsplit:explain -Dvsplit.requests="GET /login;POST /api/orders
 * header.x-canary=true"} <br>
 * {@code mvn compile vsplit:explain -Dvsplit.requestFile=requests.txt -Dvsplit.format=markdown}
 * <br>
 * {@code mvn dev.vsplit:vsplit-maven-plugin:explain -Dvsplit.input=istio/ -Dvsplit.request=/logfoo}
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

  /**
   * Several requests, answered in one table: {@code ;}-separated, each {@code [METHOD] PATH} then
   * any of {@code host=H}, {@code header.NAME=VALUE}, {@code gateway=G}, {@code port=N}, {@code
   * scheme=S}. The other request parameters apply to each as defaults.
   */
  @Parameter(property = "vsplit.requests")
  String requests;

  /**
   * A file of requests, one per line in the form of {@code requests}; {@code #} starts a comment.
   */
  @Parameter(property = "vsplit.requestFile")
  File requestFile;

  /** How the answer is printed: {@code text}, {@code markdown} or {@code json}. */
  @Parameter(property = "vsplit.format", defaultValue = "text")
  String format;

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
    Format shape;
    List<Request> asked;
    try {
      shape = Format.parse(format);
      asked = requests();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("vsplit: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot read " + requestFile + ": " + e.getMessage(), e);
    }
    RouteSource source = routes(input, "explain");
    ExplainResult result;
    try {
      result = Vsplit.explainAll(source, asked, getClass().getClassLoader());
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
    if (shape == Format.TEXT) {
      getLog().info("vsplit: effective routes of " + result.source());
    }
    shape.explain(result).lines().forEach(line -> getLog().info(line));
  }

  /**
   * The requests asked about: {@code request}, then each of {@code requests}, then each line of
   * {@code requestFile}; the single-request parameters (host, headers...) as defaults of each.
   */
  List<Request> requests() throws IOException {
    List<Request> out = new ArrayList<>();
    if (request != null && !request.isBlank()) {
      out.add(buildRequest());
    }
    if (requests != null && !requests.isBlank()) {
      for (Request r : RequestLines.parseAll(requests.replace(';', '\n'), "-Dvsplit.requests")) {
        out.add(withDefaults(r));
      }
    }
    if (requestFile != null) {
      for (Request r : RequestLines.read(requestFile.toPath())) {
        out.add(withDefaults(r));
      }
    }
    return out;
  }

  /**
   * The request parameters (host, headers, ...) fill what a request line left out; the source
   * labels apply to {@code request} alone.
   */
  private Request withDefaults(Request r) {
    return Requests.withDefaults(r, host, headers, gateway, port, scheme, sourceNamespace, null);
  }

  Request buildRequest() {
    return Requests.withDefaults(
        Request.parse(request),
        host,
        headers,
        gateway,
        port,
        scheme,
        sourceNamespace,
        sourceLabels);
  }
}
