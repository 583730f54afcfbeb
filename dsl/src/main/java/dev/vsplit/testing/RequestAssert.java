package dev.vsplit.testing;

import dev.vsplit.routing.Decision;
import dev.vsplit.routing.Request;
import dev.vsplit.routing.Simulator;
import dev.vsplit.routing.WeightedDestination;
import java.util.Objects;

/**
 * A request about to be checked: add what it carries ({@code withHeader}, {@code onHost}...), then
 * say where it must go ({@code goesTo}, {@code isNotFound}...). Immutable: each {@code with...}
 * returns a new one.
 */
public final class RequestAssert {

  private final Simulator simulator;
  private final Request request;

  RequestAssert(Simulator simulator, Request request) {
    this.simulator = simulator;
    this.request = request;
  }

  /**
   * The request carries this header.
   *
   * @param name the header's name
   * @param value its value
   * @return a new request
   */
  public RequestAssert withHeader(String name, String value) {
    return new RequestAssert(simulator, request.header(name, value));
  }

  /**
   * The host the request is for ({@code :authority}).
   *
   * @param host e.g. {@code shop.example.com}
   * @return a new request
   */
  public RequestAssert onHost(String host) {
    return new RequestAssert(simulator, request.host(host));
  }

  /**
   * The gateway the request arrives through.
   *
   * @param gateway {@code ns/name}, a bare {@code name}, or {@code mesh}
   * @return a new request
   */
  public RequestAssert throughGateway(String gateway) {
    return new RequestAssert(simulator, request.gateway(gateway));
  }

  /**
   * The port the request arrives on (what a match's {@code port} compares).
   *
   * @param port the port number
   * @return a new request
   */
  public RequestAssert onPort(int port) {
    return new RequestAssert(simulator, request.port(port));
  }

  /**
   * The request's scheme (what a match's {@code scheme} compares).
   *
   * @param scheme e.g. {@code https}
   * @return a new request
   */
  public RequestAssert withScheme(String scheme) {
    return new RequestAssert(simulator, request.scheme(scheme));
  }

  /**
   * The namespace of the workload sending the request (what {@code sourceNamespace} matches).
   *
   * @param namespace the namespace
   * @return a new request
   */
  public RequestAssert fromNamespace(String namespace) {
    return new RequestAssert(simulator, request.sourceNamespace(namespace));
  }

  /**
   * A label of the workload sending the request (what {@code sourceLabels} matches).
   *
   * @param name the label's key
   * @param value the label's value
   * @return a new request
   */
  public RequestAssert fromWorkloadLabeled(String name, String value) {
    return new RequestAssert(simulator, request.sourceLabel(name, value));
  }

  /**
   * The request as built so far.
   *
   * @return the request
   */
  public Request request() {
    return request;
  }

  /**
   * Which route the request takes and why.
   *
   * @return the decision, with every route passed over
   */
  public Decision decision() {
    return simulator.route(request);
  }

  /**
   * The explanation, as {@code vsplit:explain} prints it.
   *
   * @return several lines
   */
  public String explain() {
    return decision().explain();
  }

  /**
   * The request reaches {@code host} (a full name, or a short one such as {@code reviews} for
   * {@code reviews.default.svc.cluster.local}): one of the destinations of the route it takes, with
   * a share above 0.
   *
   * @param host the destination's host, full or short
   * @return the route taken, for further checks
   * @throws AssertionError when the request goes elsewhere or nowhere, with the explanation
   */
  public RouteAssert goesTo(String host) {
    return goesTo(host, null);
  }

  /**
   * The request reaches subset {@code subset} of {@code host}, with a share above 0.
   *
   * @param host the destination's host, full or short
   * @param subset the subset
   * @return the route taken, for further checks
   * @throws AssertionError when the request goes elsewhere or nowhere, with the explanation
   */
  public RouteAssert goesTo(String host, String subset) {
    Objects.requireNonNull(host, "host");
    Decision d = routed("go to " + target(host, subset));
    for (WeightedDestination w : d.destinations()) {
      if (hostMatches(w.host(), host)
          && (subset == null || subset.equals(w.subset()))
          && w.percent() > 0) {
        return new RouteAssert(d, w);
      }
    }
    throw failure(d, "go to " + target(host, subset), outcome(d));
  }

  /**
   * The request takes some route (any destination, redirect or direct response).
   *
   * @return the route taken, for further checks
   * @throws AssertionError when no route takes it, with the explanation
   */
  public RouteAssert isRouted() {
    return new RouteAssert(routed("be routed"), null);
  }

  /**
   * No route takes the request: Envoy answers 404 ({@code route_not_found}).
   *
   * @throws AssertionError when a route takes it, with the explanation
   */
  public void isNotFound() {
    Decision d = simulator.route(request);
    if (d.routed()) {
      throw failure(d, "find no route (404)", outcome(d));
    }
  }

  /**
   * The route taken redirects to {@code uri}.
   *
   * @param uri the redirect's {@code uri}
   * @return the route taken, for further checks
   * @throws AssertionError when the request is not redirected there, with the explanation
   */
  public RouteAssert redirectsTo(String uri) {
    Decision d = routed("be redirected to " + uri);
    var redirect = d.route().redirect();
    if (redirect == null || !Objects.equals(redirect.uri(), uri)) {
      throw failure(d, "be redirected to " + uri, outcome(d));
    }
    return new RouteAssert(d, null);
  }

  /**
   * The route taken answers directly with {@code status}.
   *
   * @param status the {@code directResponse} status
   * @return the route taken, for further checks
   * @throws AssertionError when the request is not answered so, with the explanation
   */
  public RouteAssert answers(int status) {
    Decision d = routed("be answered with " + status);
    var direct = d.route().directResponse();
    if (direct == null || direct.status() == null || direct.status() != status) {
      throw failure(d, "be answered with " + status, outcome(d));
    }
    return new RouteAssert(d, null);
  }

  private Decision routed(String expectation) {
    Decision d = simulator.route(request);
    if (!d.routed()) {
      throw failure(d, expectation, "no route takes it (Envoy answers 404)");
    }
    return d;
  }

  static boolean hostMatches(String written, String expected) {
    return written != null && (written.equals(expected) || written.startsWith(expected + "."));
  }

  private static String target(String host, String subset) {
    return subset == null ? host : host + " subset " + subset;
  }

  static AssertionError failure(Decision d, String expectation, String actual) {
    return new AssertionError(
        "expected "
            + d.request().method()
            + " "
            + d.request().path()
            + " to "
            + expectation
            + ", but "
            + actual
            + "\n\n"
            + d.explain());
  }

  /**
   * What happened to a routed request, as a person says it: {@code route #1 takes it to
   * reviews...}, {@code route #0 answers it directly with 503}, {@code route #2 redirects it: 301
   * to /new}.
   */
  private static String outcome(Decision d) {
    var route = d.route();
    String which = "route #" + d.hit().position();
    if (route.directResponse() != null) {
      return which + " answers it directly with " + route.directResponse().status();
    }
    if (route.redirect() != null) {
      return which + " redirects it: " + d.hit().action().substring("redirect ".length());
    }
    return which + " takes it to " + d.hit().action();
  }
}
