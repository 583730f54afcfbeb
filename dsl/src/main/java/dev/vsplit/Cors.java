package dev.vsplit;

import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CORS policy ({@code corsPolicy}) for {@link Route#cors} or {@link Delegation#cors}. Immutable:
 * every method returns a new policy; each sets its field, and {@link #addAllowOriginRegex} appends.
 *
 * <pre>{@code
 * Cors.allowOrigins("https://shop.example.com")
 *     .addAllowOriginRegex("https://[a-z]+\\.shop\\.dev")
 *     .allowMethods("GET", "POST")
 *     .maxAge("24h")
 * }</pre>
 *
 * writes
 *
 * <pre>{@code
 * corsPolicy:
 *   allowOrigins:
 *   - exact: https://shop.example.com
 *   - regex: https://[a-z]+\.shop\.dev
 *   allowMethods: [GET, POST]
 *   maxAge: 24h
 * }</pre>
 */
public final class Cors {

  private final CorsPolicy policy;

  private Cors(CorsPolicy policy) {
    this.policy = policy;
  }

  /**
   * A policy allowing these origins, compared exactly: {@code allowOrigins: [{exact: origin},
   * ...]}.
   *
   * @param origins e.g. {@code https://shop.example.com}
   * @return a new policy
   */
  public static Cors allowOrigins(String... origins) {
    List<StringMatch> list = new ArrayList<>();
    for (String o : origins) {
      list.add(StringMatch.exact(o));
    }
    return new Cors(
        new CorsPolicy(list, List.of(), List.of(), List.of(), null, null, null, Map.of()));
  }

  /**
   * Appends an origin pattern to {@code allowOrigins}: {@code {regex: regex}}.
   *
   * @param regex an RE2 expression the whole origin must match
   * @return a new policy
   */
  public Cors addAllowOriginRegex(String regex) {
    List<StringMatch> list = new ArrayList<>(policy.allowOrigins());
    list.add(StringMatch.regex(regex));
    return new Cors(
        new CorsPolicy(
            list,
            policy.allowMethods(),
            policy.allowHeaders(),
            policy.exposeHeaders(),
            policy.maxAge(),
            policy.allowCredentials(),
            policy.unmatchedPreflights(),
            Map.of()));
  }

  /**
   * Sets {@code allowMethods}, the methods a cross-origin request may use.
   *
   * @param methods e.g. {@code GET}, {@code POST}
   * @return a new policy
   */
  public Cors allowMethods(String... methods) {
    return new Cors(
        new CorsPolicy(
            policy.allowOrigins(),
            List.of(methods),
            policy.allowHeaders(),
            policy.exposeHeaders(),
            policy.maxAge(),
            policy.allowCredentials(),
            policy.unmatchedPreflights(),
            Map.of()));
  }

  /**
   * Sets {@code allowHeaders}, the request headers a cross-origin request may send.
   *
   * @param headers header names
   * @return a new policy
   */
  public Cors allowHeaders(String... headers) {
    return new Cors(
        new CorsPolicy(
            policy.allowOrigins(),
            policy.allowMethods(),
            List.of(headers),
            policy.exposeHeaders(),
            policy.maxAge(),
            policy.allowCredentials(),
            policy.unmatchedPreflights(),
            Map.of()));
  }

  /**
   * Sets {@code exposeHeaders}, the response headers a browser may show to the page.
   *
   * @param headers header names
   * @return a new policy
   */
  public Cors exposeHeaders(String... headers) {
    return new Cors(
        new CorsPolicy(
            policy.allowOrigins(),
            policy.allowMethods(),
            policy.allowHeaders(),
            List.of(headers),
            policy.maxAge(),
            policy.allowCredentials(),
            policy.unmatchedPreflights(),
            Map.of()));
  }

  /**
   * Sets {@code maxAge}, how long a browser may cache the preflight answer.
   *
   * @param maxAge a duration such as {@code 24h}
   * @return a new policy
   */
  public Cors maxAge(String maxAge) {
    return new Cors(
        new CorsPolicy(
            policy.allowOrigins(),
            policy.allowMethods(),
            policy.allowHeaders(),
            policy.exposeHeaders(),
            maxAge,
            policy.allowCredentials(),
            policy.unmatchedPreflights(),
            Map.of()));
  }

  /**
   * Sets {@code allowCredentials}: whether a cross-origin request may carry cookies and
   * credentials.
   *
   * @param allow true to allow them
   * @return a new policy
   */
  public Cors allowCredentials(boolean allow) {
    return new Cors(
        new CorsPolicy(
            policy.allowOrigins(),
            policy.allowMethods(),
            policy.allowHeaders(),
            policy.exposeHeaders(),
            policy.maxAge(),
            allow,
            policy.unmatchedPreflights(),
            Map.of()));
  }

  /**
   * The policy as Istio's {@code CorsPolicy}.
   *
   * @return the policy
   */
  public CorsPolicy toModel() {
    return policy;
  }
}
