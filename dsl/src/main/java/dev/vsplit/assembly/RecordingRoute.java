package dev.vsplit.assembly;

import dev.vsplit.Backend;
import dev.vsplit.Cors;
import dev.vsplit.Match;
import dev.vsplit.Redirect;
import dev.vsplit.Route;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Durations;
import dev.vsplit.base.Location;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Route} a {@link dev.vsplit.TeamSpec} writes: records the route and where each part was
 * written.
 */
final class RecordingRoute implements Route {

  private final Location site;
  private final String name;
  private final List<WrittenMatch> matches = new ArrayList<>();
  private final List<HTTPRouteDestination> destinations = new ArrayList<>();
  private HTTPRoute fields = HTTPRoute.EMPTY;
  private final Map<String, String> setRequest = new LinkedHashMap<>();
  private final Map<String, String> addRequest = new LinkedHashMap<>();
  private final List<String> removeRequest = new ArrayList<>();
  private final Map<String, String> setResponse = new LinkedHashMap<>();
  private final Map<String, String> addResponse = new LinkedHashMap<>();
  private final List<String> removeResponse = new ArrayList<>();

  RecordingRoute(String name, Location site) {
    this.name = name;
    this.site = site;
  }

  @Override
  public Route match(Match... alternatives) {
    matches.clear();
    return addMatches(alternatives, CallSite.capture());
  }

  @Override
  public Route addMatch(Match... alternatives) {
    return addMatches(alternatives, CallSite.capture());
  }

  private Route addMatches(Match[] alternatives, Location at) {
    for (Match m : alternatives) {
      matches.addAll(WrittenMatch.of(m, at));
    }
    return this;
  }

  @Override
  public Route to(Backend... backends) {
    destinations.clear();
    for (Backend b : backends) {
      destinations.add(b.toRouteDestination());
    }
    return this;
  }

  @Override
  public Route redirect(Redirect redirect) {
    fields = fields.withRedirect(redirect.toModel());
    return this;
  }

  @Override
  public Route directResponse(int status) {
    fields = fields.withDirectResponse(HTTPDirectResponse.of(status));
    return this;
  }

  @Override
  public Route directResponse(int status, String body) {
    fields =
        fields.withDirectResponse(
            new HTTPDirectResponse(status, new HTTPBody(body, null, Map.of()), Map.of()));
    return this;
  }

  @Override
  public Route rewrite(String uri) {
    HTTPRewrite r = fields.rewrite();
    fields =
        fields.withRewrite(new HTTPRewrite(uri, r == null ? null : r.authority(), null, Map.of()));
    return this;
  }

  @Override
  public Route rewriteRegex(String match, String replacement) {
    HTTPRewrite r = fields.rewrite();
    fields =
        fields.withRewrite(
            new HTTPRewrite(
                null,
                r == null ? null : r.authority(),
                new RegexRewrite(match, replacement, Map.of()),
                Map.of()));
    return this;
  }

  @Override
  public Route rewriteAuthority(String authority) {
    HTTPRewrite r = fields.rewrite();
    fields =
        fields.withRewrite(
            new HTTPRewrite(
                r == null ? null : r.uri(),
                authority,
                r == null ? null : r.uriRegexRewrite(),
                Map.of()));
    return this;
  }

  @Override
  public Route timeout(String timeout) {
    fields = fields.withTimeout(timeout);
    return this;
  }

  @Override
  public Route timeout(Duration timeout) {
    return timeout(Durations.format(timeout));
  }

  @Override
  public Route retries(int attempts, String perTryTimeout) {
    fields = fields.withRetries(new HTTPRetry(attempts, perTryTimeout, null, null, Map.of()));
    return this;
  }

  @Override
  public Route retries(int attempts, String perTryTimeout, String retryOn) {
    fields = fields.withRetries(HTTPRetry.of(attempts, perTryTimeout, retryOn));
    return this;
  }

  @Override
  public Route faultDelay(String fixedDelay, double percent) {
    HTTPFaultInjection f = fields.fault();
    fields =
        fields.withFault(
            new HTTPFaultInjection(
                new HTTPFaultInjection.Delay(fixedDelay, Percent.of(percent), null, Map.of()),
                f == null ? null : f.abort(),
                Map.of()));
    return this;
  }

  @Override
  public Route faultAbort(int httpStatus, double percent) {
    HTTPFaultInjection f = fields.fault();
    fields =
        fields.withFault(
            new HTTPFaultInjection(
                f == null ? null : f.delay(),
                new HTTPFaultInjection.Abort(httpStatus, null, null, Percent.of(percent), Map.of()),
                Map.of()));
    return this;
  }

  @Override
  public Route mirror(Backend backend) {
    fields = fields.withMirror(backend.toDestination());
    return this;
  }

  @Override
  public Route mirror(Backend backend, double percent) {
    fields = fields.withMirror(backend.toDestination()).withMirrorPercentage(Percent.of(percent));
    return this;
  }

  @Override
  public Route cors(Cors cors) {
    fields = fields.withCorsPolicy(cors.toModel());
    return this;
  }

  @Override
  public Route setRequestHeader(String name, String value) {
    setRequest.put(name, value);
    return this;
  }

  @Override
  public Route addRequestHeader(String name, String value) {
    addRequest.put(name, value);
    return this;
  }

  @Override
  public Route removeRequestHeader(String name) {
    removeRequest.add(name);
    return this;
  }

  @Override
  public Route setResponseHeader(String name, String value) {
    setResponse.put(name, value);
    return this;
  }

  @Override
  public Route addResponseHeader(String name, String value) {
    addResponse.put(name, value);
    return this;
  }

  @Override
  public Route removeResponseHeader(String name) {
    removeResponse.add(name);
    return this;
  }

  /** The route as written so far, as a value: later calls on this route do not change it. */
  WrittenRoute written() {
    return new WrittenRoute(withoutMatches(), matches, site);
  }

  /** The route without its matches (they are placed in the scope when assembled). */
  private HTTPRoute withoutMatches() {
    HeaderOperations request = ops(setRequest, addRequest, removeRequest);
    HeaderOperations response = ops(setResponse, addResponse, removeResponse);
    Headers headers = request == null && response == null ? null : Headers.of(request, response);
    return fields.withName(name).withRoute(destinations).withHeaders(headers);
  }

  private static HeaderOperations ops(
      Map<String, String> set, Map<String, String> add, List<String> remove) {
    if (set.isEmpty() && add.isEmpty() && remove.isEmpty()) {
      return null;
    }
    return HeaderOperations.of(set, add, remove);
  }
}
