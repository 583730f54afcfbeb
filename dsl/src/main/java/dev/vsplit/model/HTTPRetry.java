package dev.vsplit.model;

import java.util.Map;

/** Retry policy of a route. */
public record HTTPRetry(
    Integer attempts,
    String perTryTimeout,
    String retryOn,
    Boolean retryRemoteLocalities,
    Map<String, Object> extra) {
  public HTTPRetry {
    extra = Copies.extra(extra);
  }

  public static HTTPRetry of(int attempts, String perTryTimeout, String retryOn) {
    return new HTTPRetry(attempts, perTryTimeout, retryOn, null, Map.of());
  }
}
