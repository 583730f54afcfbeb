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
import java.util.Arrays;
import java.util.HashMap;
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

  /**
   * The header operations for requests and for responses, made when a spec first writes one: most
   * routes write none, and a mesh has a quarter of a million routes.
   */
  private HeaderEdits requestHeaders;

  private HeaderEdits responseHeaders;
  private final FieldSites fieldSites = new FieldSites();

  /** The fields refused (VS210), made at the first: most routes have none. */
  private List<RefusedField> refused;

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
    setAt("route");
    destinations.clear();
    for (Backend b : backends) {
      destinations.add(b.toRouteDestination());
    }
    return this;
  }

  @Override
  public Route redirect(Redirect redirect) {
    setAt("redirect");
    fields = fields.withRedirect(redirect.toModel());
    return this;
  }

  @Override
  public Route directResponse(int status) {
    setAt("directResponse");
    fields = fields.withDirectResponse(HTTPDirectResponse.of(status));
    return this;
  }

  @Override
  public Route directResponse(int status, String body) {
    setAt("directResponse");
    fields =
        fields.withDirectResponse(
            new HTTPDirectResponse(status, new HTTPBody(body, null, Map.of()), Map.of()));
    return this;
  }

  @Override
  public Route rewrite(String uri) {
    setAt("rewrite");
    HTTPRewrite r = fields.rewrite();
    fields =
        fields.withRewrite(new HTTPRewrite(uri, r == null ? null : r.authority(), null, Map.of()));
    return this;
  }

  @Override
  public Route rewriteRegex(String match, String replacement) {
    setAt("rewrite");
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
    setAt("rewrite.authority");
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
    if (!accepted("timeout", timeout)) {
      return this;
    }
    setAt("timeout");
    fields = fields.withTimeout(timeout);
    return this;
  }

  @Override
  public Route timeout(Duration timeout) {
    return timeout(Durations.format(timeout));
  }

  @Override
  public Route retries(int attempts, String perTryTimeout) {
    if (!accepted("retries.perTryTimeout", perTryTimeout)) {
      return this;
    }
    setAt("retries");
    fields = fields.withRetries(new HTTPRetry(attempts, perTryTimeout, null, null, Map.of()));
    return this;
  }

  @Override
  public Route retries(int attempts, String perTryTimeout, String retryOn) {
    if (!accepted("retries.perTryTimeout", perTryTimeout)) {
      return this;
    }
    setAt("retries");
    fields = fields.withRetries(HTTPRetry.of(attempts, perTryTimeout, retryOn));
    return this;
  }

  @Override
  public Route faultDelay(String fixedDelay, double percent) {
    if (!accepted("fault.delay.fixedDelay", fixedDelay)) {
      return this;
    }
    setAt("fault.delay");
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
    setAt("fault.abort");
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
    setAt("mirror");
    fields = fields.withMirror(backend.toDestination());
    return this;
  }

  @Override
  public Route mirror(Backend backend, double percent) {
    Location at = CallSite.capture();
    fieldSites.put("mirror", at);
    fieldSites.put("mirrorPercentage", at);
    fields = fields.withMirror(backend.toDestination()).withMirrorPercentage(Percent.of(percent));
    return this;
  }

  @Override
  public Route cors(Cors cors) {
    setAt("corsPolicy");
    fields = fields.withCorsPolicy(cors.toModel());
    return this;
  }

  @Override
  public Route setRequestHeader(String name, String value) {
    return requestHeaders().set(name, value);
  }

  @Override
  public Route addRequestHeader(String name, String value) {
    return requestHeaders().add(name, value);
  }

  @Override
  public Route removeRequestHeader(String name) {
    return requestHeaders().remove(name);
  }

  @Override
  public Route setResponseHeader(String name, String value) {
    return responseHeaders().set(name, value);
  }

  @Override
  public Route addResponseHeader(String name, String value) {
    return responseHeaders().add(name, value);
  }

  @Override
  public Route removeResponseHeader(String name) {
    return responseHeaders().remove(name);
  }

  private HeaderEdits requestHeaders() {
    if (requestHeaders == null) {
      requestHeaders = new HeaderEdits("headers.request");
    }
    return requestHeaders;
  }

  private HeaderEdits responseHeaders() {
    if (responseHeaders == null) {
      responseHeaders = new HeaderEdits("headers.response");
    }
    return responseHeaders;
  }

  /**
   * Notes the user's line that set a field (the last call wins, as it does for the value).
   *
   * @param field the field's path in the route
   */
  private void setAt(String field) {
    fieldSites.put(field, CallSite.capture());
  }

  /**
   * Whether a duration Istio accepts; if not, refuses the call that wrote it, once, at its line.
   *
   * @param field the field's path in the route, for the finding
   */
  private boolean accepted(String field, String duration) {
    String problem = duration == null ? null : Durations.validate(duration);
    if (problem == null) {
      return true;
    }
    if (refused == null) {
      refused = new ArrayList<>(1);
    }
    refused.add(
        new RefusedField(
            field, duration, problem, Durations.suggest(duration), CallSite.capture()));
    return false;
  }

  /**
   * The route as written so far, as a value: later calls on this route do not change it.
   *
   * @param canonical the values already written by the same spec, shared with equal ones here
   */
  WrittenRoute written(Canonical canonical) {
    return new WrittenRoute(
        withoutMatches(canonical),
        matches,
        site,
        fieldSites.toMap(),
        refused == null ? List.of() : refused);
  }

  /** The route without its matches (they are placed in the scope when assembled). */
  private HTTPRoute withoutMatches(Canonical canonical) {
    HeaderOperations request = requestHeaders == null ? null : requestHeaders.operations();
    HeaderOperations response = responseHeaders == null ? null : responseHeaders.operations();
    Headers headers = request == null && response == null ? null : Headers.of(request, response);
    HTTPRoute f = fields; // one copy: a route is built once per route written, withers copy thrice
    return new HTTPRoute(
        name,
        f.match(),
        canonical.destinations(destinations),
        canonical.of(f.redirect()),
        canonical.of(f.directResponse()),
        f.delegate(),
        canonical.of(f.rewrite()),
        canonical.of(f.timeout()),
        canonical.of(f.retries()),
        canonical.of(f.fault()),
        canonical.backend(f.mirror()),
        canonical.of(f.mirrors()),
        canonical.of(f.mirrorPercentage()),
        canonical.of(f.corsPolicy()),
        canonical.of(headers),
        f.mirrorPercent(),
        f.extra());
  }

  /**
   * Where each field was set, by its path in the route, the last call winning: a few entries in two
   * arrays, made into an immutable map once, when the route is taken as a value. A route sets two
   * to four fields, and a hash map per route with an entry per field was a twentieth of what the
   * DSL allocates for a mesh. The arrays are made at the first line: a run without lines ({@link
   * CallSite#withoutLines}) keeps none, as no finding of it is shown.
   */
  private static final class FieldSites {
    private String[] fields;
    private Location[] sites;
    private int size;

    void put(String field, Location site) {
      if (CallSite.NOT_CAPTURED.equals(site)) {
        return;
      }
      if (fields == null) {
        fields = new String[4];
        sites = new Location[4];
      }
      for (int i = 0; i < size; i++) {
        if (fields[i].equals(field)) {
          sites[i] = site;
          return;
        }
      }
      if (size == fields.length) {
        fields = Arrays.copyOf(fields, size * 2);
        sites = Arrays.copyOf(sites, size * 2);
      }
      fields[size] = field;
      sites[size] = site;
      size++;
    }

    Map<String, Location> toMap() {
      return switch (size) {
        case 0 -> Map.of();
        case 1 -> Map.of(fields[0], sites[0]);
        case 2 -> Map.of(fields[0], sites[0], fields[1], sites[1]);
        case 3 -> Map.of(fields[0], sites[0], fields[1], sites[1], fields[2], sites[2]);
        default -> {
          Map<String, Location> all = new HashMap<>();
          for (int i = 0; i < size; i++) {
            all.put(fields[i], sites[i]);
          }
          yield Map.copyOf(all);
        }
      };
    }
  }

  /** The header operations written for requests, or for responses: one field of the route. */
  private final class HeaderEdits {
    private final String field;
    private final Map<String, String> set = new LinkedHashMap<>();
    private final Map<String, String> add = new LinkedHashMap<>();
    private final List<String> remove = new ArrayList<>();

    /**
     * @param field the field's path in the route ({@code headers.request})
     */
    HeaderEdits(String field) {
      this.field = field;
    }

    Route set(String name, String value) {
      setAt(field);
      set.put(name, value);
      return RecordingRoute.this;
    }

    Route add(String name, String value) {
      setAt(field);
      add.put(name, value);
      return RecordingRoute.this;
    }

    Route remove(String name) {
      setAt(field);
      remove.add(name);
      return RecordingRoute.this;
    }

    /** What was written, or {@code null} when nothing was. */
    HeaderOperations operations() {
      if (set.isEmpty() && add.isEmpty() && remove.isEmpty()) {
        return null;
      }
      return HeaderOperations.of(set, add, remove);
    }
  }
}
