package dev.vsplit.model;

import java.util.List;
import java.util.Map;

/** Cross-origin resource sharing policy of a route. */
public record CorsPolicy(
    List<StringMatch> allowOrigins,
    List<String> allowMethods,
    List<String> allowHeaders,
    List<String> exposeHeaders,
    String maxAge,
    Boolean allowCredentials,
    String unmatchedPreflights,
    Map<String, Object> extra) {
  public CorsPolicy {
    allowOrigins = Copies.list(allowOrigins);
    allowMethods = Copies.list(allowMethods);
    allowHeaders = Copies.list(allowHeaders);
    exposeHeaders = Copies.list(exposeHeaders);
    extra = Copies.extra(extra);
  }
}
