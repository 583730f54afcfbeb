package dev.vsplit.testing;

import java.util.Map;

/**
 * A concrete HTTP request as a route sees it: what {@link RequestMatcher} evaluates matches
 * against. Header and query names are lower case; {@code gateway} is the gateway (or {@code mesh})
 * it arrived through, namespace-qualified.
 */
public record Request(
    String path,
    Map<String, String> headers,
    Map<String, String> query,
    String method,
    String scheme,
    String authority,
    int port,
    String sourceNamespace,
    Map<String, String> sourceLabels,
    String gateway) {

  public Request {
    headers = Map.copyOf(headers);
    query = Map.copyOf(query);
    sourceLabels = Map.copyOf(sourceLabels);
  }
}
