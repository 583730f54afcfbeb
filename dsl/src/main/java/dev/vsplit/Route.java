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
 *
 * <p>Each method sets one field of the route and replaces what an earlier call set; only {@link
 * #addMatch} appends, and the header operations add one header each (see the {@linkplain dev.vsplit
 * package} for the verb table).
 */
public interface Route {

  /**
   * Sets the route's {@code match}, replacing any set before: the route is taken when any of these
   * alternatives holds. Without a match the route takes the team's whole scope.
   *
   * @param alternatives e.g. {@code exact("/login"), exact("/logout")}
   * @return this route
   */
  Route match(Match... alternatives);

  /**
   * Appends alternatives to the route's {@code match}.
   *
   * @param alternatives e.g. {@code exact("/logout")}
   * @return this route
   */
  Route addMatch(Match... alternatives);

  /**
   * Sets where the traffic goes (Istio's {@code route} field), replacing destinations set before.
   * Give all of them in one call, with weights that add up to 100 to split the traffic: {@code
   * .to(destination(REVIEWS).subset("v1").weight(90),
   * destination(REVIEWS).subset("v2").weight(10))}.
   *
   * @param backends the destinations
   * @return this route
   */
  Route to(Backend... backends);

  /**
   * Answers with a redirect instead of forwarding ({@code redirect}).
   *
   * @param redirect e.g. {@code Redirect.to("/v2/login").code(308)}
   * @return this route
   */
  Route redirect(Redirect redirect);

  /**
   * Answers directly with a status instead of forwarding: {@code directResponse: {status: 503}}.
   *
   * @param status the HTTP status
   * @return this route
   */
  Route directResponse(int status);

  /**
   * Answers directly with a status and a body: {@code directResponse: {status, body: {string}}}.
   *
   * @param status the HTTP status
   * @param body the response body
   * @return this route
   */
  Route directResponse(int status, String body);

  /**
   * Replaces the matched part of the path before forwarding: {@code rewrite: {uri: ...}}. Replaces
   * a {@link #rewriteRegex}; keeps a {@link #rewriteAuthority}.
   *
   * @param uri the new path (prefix)
   * @return this route
   */
  Route rewrite(String uri);

  /**
   * Rewrites the path with an RE2 expression: {@code rewrite: {uriRegexRewrite: {match, rewrite}}}.
   * Replaces a {@link #rewrite}; keeps a {@link #rewriteAuthority}.
   *
   * @param match the RE2 expression
   * @param replacement the new path, with {@code \1}-style references to the expression's groups
   * @return this route
   */
  Route rewriteRegex(String match, String replacement);

  /**
   * Rewrites the authority (Host header) before forwarding: {@code rewrite: {authority: ...}}.
   *
   * @param authority the new authority
   * @return this route
   */
  Route rewriteAuthority(String authority);

  /**
   * Sets the request {@code timeout}.
   *
   * @param timeout as Istio writes durations: {@code 5s}, {@code 250ms}, {@code 1m}
   * @return this route
   */
  Route timeout(String timeout);

  /**
   * Sets the request {@code timeout}, written as Istio writes durations ({@code PT0.25S} becomes
   * {@code 250ms}).
   *
   * @param timeout the timeout
   * @return this route
   */
  Route timeout(Duration timeout);

  /**
   * Sets {@code retries} with a per-try timeout, on Istio's default conditions.
   *
   * @param attempts how many retries
   * @param perTryTimeout the timeout of each try, e.g. {@code 500ms}
   * @return this route
   */
  Route retries(int attempts, String perTryTimeout);

  /**
   * Sets {@code retries} with a per-try timeout on the given conditions.
   *
   * @param attempts how many retries
   * @param perTryTimeout the timeout of each try, e.g. {@code 500ms}
   * @param retryOn the conditions, e.g. {@code 5xx,reset,connect-failure}
   * @return this route
   */
  Route retries(int attempts, String perTryTimeout, String retryOn);

  /**
   * Sets the {@code fault.delay}: delays a share of the requests.
   *
   * @param fixedDelay e.g. {@code 5s}
   * @param percent the share of requests delayed, 0 to 100
   * @return this route
   */
  Route faultDelay(String fixedDelay, double percent);

  /**
   * Sets the {@code fault.abort}: answers a share of the requests with an HTTP status.
   *
   * @param httpStatus the status answered
   * @param percent the share of requests aborted, 0 to 100
   * @return this route
   */
  Route faultAbort(int httpStatus, double percent);

  /**
   * Sets the {@code mirror}: copies all the traffic to another destination.
   *
   * @param backend where the copies go
   * @return this route
   */
  Route mirror(Backend backend);

  /**
   * Sets the {@code mirror} and {@code mirrorPercentage}: copies a share of the traffic to another
   * destination.
   *
   * @param backend where the copies go
   * @param percent the share copied, 0 to 100
   * @return this route
   */
  Route mirror(Backend backend, double percent);

  /**
   * Sets the {@code corsPolicy}.
   *
   * @param cors e.g. {@code Cors.allowOrigins("https://shop.example.com").allowMethods("GET")}
   * @return this route
   */
  Route cors(Cors cors);

  /**
   * Istio's {@code set} header operation on requests: {@code headers: {request: {set: {name:
   * value}}}}, replacing the header's value. Naming the same header again replaces the operation's
   * value.
   *
   * @param name the header's name
   * @param value its value
   * @return this route
   */
  Route setRequestHeader(String name, String value);

  /**
   * Istio's {@code add} header operation on requests: {@code headers: {request: {add: {name:
   * value}}}}, appending a value to the header.
   *
   * @param name the header's name
   * @param value the value appended
   * @return this route
   */
  Route addRequestHeader(String name, String value);

  /**
   * Istio's {@code remove} header operation on requests: {@code headers: {request: {remove:
   * [name]}}}.
   *
   * @param name the header's name
   * @return this route
   */
  Route removeRequestHeader(String name);

  /**
   * Istio's {@code set} header operation on responses: {@code headers: {response: {set: {name:
   * value}}}}.
   *
   * @param name the header's name
   * @param value its value
   * @return this route
   */
  Route setResponseHeader(String name, String value);

  /**
   * Istio's {@code add} header operation on responses: {@code headers: {response: {add: {name:
   * value}}}}.
   *
   * @param name the header's name
   * @param value the value appended
   * @return this route
   */
  Route addResponseHeader(String name, String value);

  /**
   * Istio's {@code remove} header operation on responses: {@code headers: {response: {remove:
   * [name]}}}.
   *
   * @param name the header's name
   * @return this route
   */
  Route removeResponseHeader(String name);
}
