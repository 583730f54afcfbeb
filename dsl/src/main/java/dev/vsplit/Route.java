package dev.vsplit;

import java.time.Duration;

/**
 * One route of a team's secondary, written the way the YAML reads: matches, then where the traffic
 * goes, then what happens on the way. Created by {@link Routes#route()}.
 *
 * <pre>{@code
 * http.route("reviews-canary")
 *     .match(prefix("/reviews").header("x-canary", "true"))
 *     .to(destination("reviews.bookinfo.svc.cluster.local").subset("v2"))
 *     .timeout("2s")
 *     .retries(3, "500ms");
 * }</pre>
 */
public interface Route {

  /** Adds alternatives: the route is taken when any of its matches holds. */
  Route match(Match... alternatives);

  /** Sends the traffic to these destinations (give them weights to split it). */
  Route to(Backend... backends);

  /** Answers with a redirect instead of forwarding. */
  Route redirect(Redirect redirect);

  /** Answers directly with a status. */
  Route directResponse(int status);

  /** Answers directly with a status and a body. */
  Route directResponse(int status, String body);

  /** Replaces the matched part of the path before forwarding. */
  Route rewrite(String uri);

  /** Rewrites the path with an RE2 expression and its replacement. */
  Route rewriteRegex(String match, String replacement);

  /** Rewrites the authority (Host header) before forwarding. */
  Route rewriteAuthority(String authority);

  /** Request timeout, as Istio writes durations: {@code 5s}, {@code 250ms}, {@code 1m}. */
  Route timeout(String timeout);

  Route timeout(Duration timeout);

  /** Retries with a per-try timeout, on Istio's default conditions. */
  Route retries(int attempts, String perTryTimeout);

  /**
   * Retries with a per-try timeout on the given conditions, e.g. {@code 5xx,reset,connect-failure}.
   */
  Route retries(int attempts, String perTryTimeout, String retryOn);

  /** Delays {@code percent}% of the requests by {@code fixedDelay}. */
  Route faultDelay(String fixedDelay, double percent);

  /** Answers {@code percent}% of the requests with {@code httpStatus}. */
  Route faultAbort(int httpStatus, double percent);

  /** Copies the traffic to another destination. */
  Route mirror(Backend backend);

  /** Copies {@code percent}% of the traffic to another destination. */
  Route mirror(Backend backend, double percent);

  Route cors(Cors cors);

  Route setRequestHeader(String name, String value);

  Route addRequestHeader(String name, String value);

  Route removeRequestHeader(String name);

  Route setResponseHeader(String name, String value);

  Route addResponseHeader(String name, String value);

  Route removeResponseHeader(String name);
}
