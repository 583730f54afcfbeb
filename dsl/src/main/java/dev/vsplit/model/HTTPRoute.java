package dev.vsplit.model;

import java.util.List;
import java.util.Map;

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
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withMatch(List<HTTPMatchRequest> match) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withRoute(List<HTTPRouteDestination> route) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withRedirect(HTTPRedirect redirect) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withDirectResponse(HTTPDirectResponse directResponse) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withDelegate(Delegate delegate) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withRewrite(HTTPRewrite rewrite) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withTimeout(String timeout) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withRetries(HTTPRetry retries) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withFault(HTTPFaultInjection fault) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withMirror(Destination mirror) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withMirrors(List<HTTPMirrorPolicy> mirrors) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withMirrorPercentage(Percent mirrorPercentage) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withCorsPolicy(CorsPolicy corsPolicy) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withHeaders(Headers headers) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }

  public HTTPRoute withMirrorPercent(Integer mirrorPercent) {
    return new HTTPRoute(
        name,
        match,
        route,
        redirect,
        directResponse,
        delegate,
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        extra);
  }
}
