package dev.vsplit.testing;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Finding;
import dev.vsplit.routing.Request;
import dev.vsplit.routing.Simulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Routing tests for teams: which route a request takes through the effective routes (what Envoy
 * gets), with the team and secondary that own it. Works in any test framework: a failed check
 * throws {@link AssertionError} with the whole explanation (every route passed over and why).
 *
 * <pre>{@code
 * class IdentityRoutingTest {
 *   static final MeshRoutes mesh = MeshRoutes.of(new BookinfoMesh(), new IdentityRoutes(), new StorefrontRoutes());
 *
 *   @Test
 *   void signInIsOurs() {
 *     mesh.get("/login").goesTo("productpage").ofTeam("identity");
 *     mesh.get("/login").withHeader("x-canary", "true").goesTo("reviews", "v2").ofTeam("identity");
 *     mesh.get("/logfoo").isNotFound();
 *   }
 * }
 * }</pre>
 */
public final class MeshRoutes {

  private final Simulator simulator;
  private final String source;

  private MeshRoutes(Simulator simulator, String source) {
    this.simulator = simulator;
    this.source = source;
  }

  /**
   * The effective routes of mesh and team specs (instances of {@code MeshSpec} and {@code
   * TeamSpec}), as {@code vsplit:generate} builds them.
   *
   * @param specs {@code MeshSpec} and {@code TeamSpec} instances
   * @return the routes, to send requests through
   * @throws AssertionError when the specs have errors; the message lists them
   */
  public static MeshRoutes of(Object... specs) {
    Generation generation = Vsplit.load(specs);
    if (generation.hasErrors()) {
      throw new AssertionError(
          "the specs have "
              + generation.errors().size()
              + " error(s), so their routes cannot be tested:\n"
              + format(generation.errors()));
    }
    return new MeshRoutes(generation.simulator(), "the specs");
  }

  /**
   * The effective routes of YAML manifests (files or folders), merged as Istio merges them. Rule
   * findings do not stop the test: it tests what Istio does with the YAML, broken or not.
   *
   * @param inputs YAML files or folders
   * @return the routes, to send requests through
   */
  public static MeshRoutes fromYaml(Path... inputs) {
    Analysis analysis = Vsplit.analyze(AnalyzeRequest.of(inputs));
    return new MeshRoutes(analysis.simulator(), List.of(inputs).toString());
  }

  /**
   * Any effective routes.
   *
   * @param simulator e.g. {@code generation.simulator()}
   * @return the routes, to send requests through
   */
  public static MeshRoutes of(Simulator simulator) {
    return new MeshRoutes(Objects.requireNonNull(simulator, "simulator"), "the routes");
  }

  /**
   * The simulator the requests go through.
   *
   * @return the simulator over the effective routes
   */
  public Simulator simulator() {
    return simulator;
  }

  /**
   * A GET request.
   *
   * @param path the path, query string allowed: {@code /search?q=shoes}
   * @return the request, to add to and check
   */
  public RequestAssert get(String path) {
    return request(Request.get(path));
  }

  /**
   * A POST request.
   *
   * @param path the path, query string allowed
   * @return the request, to add to and check
   */
  public RequestAssert post(String path) {
    return request(Request.post(path));
  }

  /**
   * A PUT request.
   *
   * @param path the path, query string allowed
   * @return the request, to add to and check
   */
  public RequestAssert put(String path) {
    return request(Request.of("PUT", path));
  }

  /**
   * A DELETE request.
   *
   * @param path the path, query string allowed
   * @return the request, to add to and check
   */
  public RequestAssert delete(String path) {
    return request(Request.of("DELETE", path));
  }

  /**
   * A request with any method.
   *
   * @param method e.g. {@code PATCH}
   * @param path the path, query string allowed
   * @return the request, to add to and check
   */
  public RequestAssert request(String method, String path) {
    return request(Request.of(method, path));
  }

  /**
   * A request built beforehand.
   *
   * @param request the request
   * @return the request, to add to and check
   */
  public RequestAssert request(Request request) {
    return new RequestAssert(simulator, request);
  }

  @Override
  public String toString() {
    return "MeshRoutes of " + source;
  }

  static String format(List<Finding> findings) {
    return findings.stream().map(f -> "  " + f.format()).collect(Collectors.joining("\n"));
  }
}
