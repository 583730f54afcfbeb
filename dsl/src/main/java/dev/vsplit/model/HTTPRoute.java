package dev.vsplit.model;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One entry of {@code spec.http}, fields in Istio's documented order ({@code mirrorPercent} is
 * deprecated and last).
 */
public record HTTPRoute(
    String name,
    List<HTTPMatchRequest> match,
    List<HTTPRouteDestination> route,
    HTTPRedirect redirect,
    HTTPDirectResponse directResponse,
    Delegate delegate,
    HTTPRewrite rewrite,
    String timeout,
    HTTPRetry retries,
    HTTPFaultInjection fault,
    Destination mirror,
    List<HTTPMirrorPolicy> mirrors,
    Percent mirrorPercentage,
    CorsPolicy corsPolicy,
    Headers headers,
    Integer mirrorPercent,
    Map<String, Object> extra) {

  public static final HTTPRoute EMPTY =
      new HTTPRoute(
          null, List.of(), List.of(), null, null, null, null, null, null, null, null, List.of(),
          null, null, null, null, Map.of());

  public HTTPRoute {
    match = Copies.list(match);
    route = Copies.list(route);
    mirrors = Copies.list(mirrors);
    extra = Copies.extra(extra);
  }

  public HTTPRoute withName(String name) {
    return edit(d -> d.name = name);
  }

  public HTTPRoute withMatch(List<HTTPMatchRequest> match) {
    return edit(d -> d.match = match);
  }

  public HTTPRoute withRoute(List<HTTPRouteDestination> route) {
    return edit(d -> d.route = route);
  }

  public HTTPRoute withRedirect(HTTPRedirect redirect) {
    return edit(d -> d.redirect = redirect);
  }

  public HTTPRoute withDirectResponse(HTTPDirectResponse directResponse) {
    return edit(d -> d.directResponse = directResponse);
  }

  public HTTPRoute withDelegate(Delegate delegate) {
    return edit(d -> d.delegate = delegate);
  }

  public HTTPRoute withRewrite(HTTPRewrite rewrite) {
    return edit(d -> d.rewrite = rewrite);
  }

  public HTTPRoute withTimeout(String timeout) {
    return edit(d -> d.timeout = timeout);
  }

  public HTTPRoute withRetries(HTTPRetry retries) {
    return edit(d -> d.retries = retries);
  }

  public HTTPRoute withFault(HTTPFaultInjection fault) {
    return edit(d -> d.fault = fault);
  }

  public HTTPRoute withMirror(Destination mirror) {
    return edit(d -> d.mirror = mirror);
  }

  public HTTPRoute withMirrors(List<HTTPMirrorPolicy> mirrors) {
    return edit(d -> d.mirrors = mirrors);
  }

  public HTTPRoute withMirrorPercentage(Percent mirrorPercentage) {
    return edit(d -> d.mirrorPercentage = mirrorPercentage);
  }

  public HTTPRoute withCorsPolicy(CorsPolicy corsPolicy) {
    return edit(d -> d.corsPolicy = corsPolicy);
  }

  public HTTPRoute withHeaders(Headers headers) {
    return edit(d -> d.headers = headers);
  }

  public HTTPRoute withMirrorPercent(Integer mirrorPercent) {
    return edit(d -> d.mirrorPercent = mirrorPercent);
  }

  private HTTPRoute edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new HTTPRoute(
        d.name,
        d.match,
        d.route,
        d.redirect,
        d.directResponse,
        d.delegate,
        d.rewrite,
        d.timeout,
        d.retries,
        d.fault,
        d.mirror,
        d.mirrors,
        d.mirrorPercentage,
        d.corsPolicy,
        d.headers,
        d.mirrorPercent,
        d.extra);
  }

  /** This record's components while a wither changes some of them. */
  private static final class Draft {
    String name;
    List<HTTPMatchRequest> match;
    List<HTTPRouteDestination> route;
    HTTPRedirect redirect;
    HTTPDirectResponse directResponse;
    Delegate delegate;
    HTTPRewrite rewrite;
    String timeout;
    HTTPRetry retries;
    HTTPFaultInjection fault;
    Destination mirror;
    List<HTTPMirrorPolicy> mirrors;
    Percent mirrorPercentage;
    CorsPolicy corsPolicy;
    Headers headers;
    Integer mirrorPercent;
    Map<String, Object> extra;

    Draft(HTTPRoute r) {
      name = r.name;
      match = r.match;
      route = r.route;
      redirect = r.redirect;
      directResponse = r.directResponse;
      delegate = r.delegate;
      rewrite = r.rewrite;
      timeout = r.timeout;
      retries = r.retries;
      fault = r.fault;
      mirror = r.mirror;
      mirrors = r.mirrors;
      mirrorPercentage = r.mirrorPercentage;
      corsPolicy = r.corsPolicy;
      headers = r.headers;
      mirrorPercent = r.mirrorPercent;
      extra = r.extra;
    }
  }
}
