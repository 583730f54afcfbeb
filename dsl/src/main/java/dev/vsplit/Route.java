package dev.vsplit;

import dev.vsplit.model.HTTPBody;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPFaultInjection;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.HeaderOperations;
import dev.vsplit.model.Headers;
import dev.vsplit.model.Percent;
import dev.vsplit.model.RegexRewrite;
import dev.vsplit.yaml.Location;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One route of a team's secondary, written the way the YAML reads: matches, then where the
 * traffic goes, then what happens on the way. Created by {@link Routes#route()}.
 *
 * <pre>{@code
 * http.route("reviews-canary")
 *     .match(prefix("/reviews").header("x-canary", "true"))
 *     .to(destination("reviews.bookinfo.svc.cluster.local").subset("v2"))
 *     .timeout("2s")
 *     .retries(3, "500ms");
 * }</pre>
 */
public final class Route {

  record Written(Match match, Location site) {}

  private final Location site;
  private final String name;
  private final List<Written> matches = new ArrayList<>();
  private final List<HTTPRouteDestination> destinations = new ArrayList<>();
  private HTTPRoute fields = HTTPRoute.EMPTY;
  private final Map<String, String> setRequest = new LinkedHashMap<>();
  private final Map<String, String> addRequest = new LinkedHashMap<>();
  private final List<String> removeRequest = new ArrayList<>();
  private final Map<String, String> setResponse = new LinkedHashMap<>();
  private final Map<String, String> addResponse = new LinkedHashMap<>();
  private final List<String> removeResponse = new ArrayList<>();

  Route(String name, Location site) {
    this.name = name;
    this.site = site;
  }

  /** Adds alternatives: the route is taken when any of its matches holds. */
  public Route match(Match... alternatives) {
    Location at = CallSite.capture();
    for (Match m : alternatives) {
      matches.add(new Written(m, at));
    }
    return this;
  }

  /** Sends the traffic to these destinations (give them weights to split it). */
  public Route to(Backend... backends) {
    for (Backend b : backends) {
      destinations.add(b.toRouteDestination());
    }
    return this;
  }

  /** Answers with a redirect instead of forwarding. */
  public Route redirect(Redirect redirect) {
    fields = fields.withRedirect(redirect.toModel());
    return this;
  }

  /** Answers directly with a status. */
  public Route directResponse(int status) {
    fields = fields.withDirectResponse(HTTPDirectResponse.of(status));
    return this;
  }

  /** Answers directly with a status and a body. */
  public Route directResponse(int status, String body) {
    fields = fields.withDirectResponse(new HTTPDirectResponse(status, new HTTPBody(body, null, Map.of()), Map.of()));
    return this;
  }

  /** Replaces the matched part of the path before forwarding. */
  public Route rewrite(String uri) {
    HTTPRewrite r = fields.rewrite();
    fields = fields.withRewrite(new HTTPRewrite(uri, r == null ? null : r.authority(), null, Map.of()));
    return this;
  }

  /** Rewrites the path with an RE2 expression and its replacement. */
  public Route rewriteRegex(String match, String replacement) {
    HTTPRewrite r = fields.rewrite();
    fields = fields.withRewrite(new HTTPRewrite(null, r == null ? null : r.authority(),
        new RegexRewrite(match, replacement, Map.of()), Map.of()));
    return this;
  }

  /** Rewrites the authority (Host header) before forwarding. */
  public Route rewriteAuthority(String authority) {
    HTTPRewrite r = fields.rewrite();
    fields = fields.withRewrite(new HTTPRewrite(r == null ? null : r.uri(), authority,
        r == null ? null : r.uriRegexRewrite(), Map.of()));
    return this;
  }

  /** Request timeout, as Istio writes durations: {@code 5s}, {@code 250ms}, {@code 1m}. */
  public Route timeout(String timeout) {
    fields = fields.withTimeout(timeout);
    return this;
  }

  public Route timeout(Duration timeout) {
    return timeout(Durations.format(timeout));
  }

  /** Retries with a per-try timeout, on Istio's default conditions. */
  public Route retries(int attempts, String perTryTimeout) {
    fields = fields.withRetries(new HTTPRetry(attempts, perTryTimeout, null, null, Map.of()));
    return this;
  }

  /** Retries with a per-try timeout on the given conditions, e.g. {@code 5xx,reset,connect-failure}. */
  public Route retries(int attempts, String perTryTimeout, String retryOn) {
    fields = fields.withRetries(HTTPRetry.of(attempts, perTryTimeout, retryOn));
    return this;
  }

  /** Delays {@code percent}% of the requests by {@code fixedDelay}. */
  public Route faultDelay(String fixedDelay, double percent) {
    HTTPFaultInjection f = fields.fault();
    fields = fields.withFault(new HTTPFaultInjection(
        new HTTPFaultInjection.Delay(fixedDelay, Percent.of(percent), null, Map.of()), f == null ? null : f.abort(), Map.of()));
    return this;
  }

  /** Answers {@code percent}% of the requests with {@code httpStatus}. */
  public Route faultAbort(int httpStatus, double percent) {
    HTTPFaultInjection f = fields.fault();
    fields = fields.withFault(new HTTPFaultInjection(f == null ? null : f.delay(),
        new HTTPFaultInjection.Abort(httpStatus, null, null, Percent.of(percent), Map.of()), Map.of()));
    return this;
  }

  /** Copies the traffic to another destination. */
  public Route mirror(Backend backend) {
    fields = fields.withMirror(backend.toDestination());
    return this;
  }

  /** Copies {@code percent}% of the traffic to another destination. */
  public Route mirror(Backend backend, double percent) {
    fields = fields.withMirror(backend.toDestination()).withMirrorPercentage(Percent.of(percent));
    return this;
  }

  public Route cors(Cors cors) {
    fields = fields.withCorsPolicy(cors.toModel());
    return this;
  }

  public Route setRequestHeader(String name, String value) {
    setRequest.put(name, value);
    return this;
  }

  public Route addRequestHeader(String name, String value) {
    addRequest.put(name, value);
    return this;
  }

  public Route removeRequestHeader(String name) {
    removeRequest.add(name);
    return this;
  }

  public Route setResponseHeader(String name, String value) {
    setResponse.put(name, value);
    return this;
  }

  public Route addResponseHeader(String name, String value) {
    addResponse.put(name, value);
    return this;
  }

  public Route removeResponseHeader(String name) {
    removeResponse.add(name);
    return this;
  }

  Location site() {
    return site;
  }

  List<Written> matches() {
    return matches;
  }

  /** The route without its matches (the caller places them in the scope). */
  HTTPRoute toModelWithoutMatches() {
    HeaderOperations request = ops(setRequest, addRequest, removeRequest);
    HeaderOperations response = ops(setResponse, addResponse, removeResponse);
    Headers headers = request == null && response == null ? null : Headers.of(request, response);
    return fields.withName(name).withRoute(destinations).withHeaders(headers);
  }

  private static HeaderOperations ops(Map<String, String> set, Map<String, String> add, List<String> remove) {
    if (set.isEmpty() && add.isEmpty() && remove.isEmpty()) {
      return null;
    }
    return HeaderOperations.of(set, add, remove);
  }
}
