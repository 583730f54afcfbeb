package dev.vsplit;

import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
    Draft d = new Draft(new CorsPolicy(null, null, null, null, null, null, null, Map.of()));
    for (String o : origins) {
      d.allowOrigins.add(StringMatch.exact(o));
    }
    return d.done();
  }

  /**
   * Appends an origin pattern to {@code allowOrigins}: {@code {regex: regex}}.
   *
   * @param regex an RE2 expression the whole origin must match
   * @return a new policy
   */
  public Cors addAllowOriginRegex(String regex) {
    return edit(d -> d.allowOrigins.add(StringMatch.regex(regex)));
  }

  /**
   * Sets {@code allowMethods}, the methods a cross-origin request may use.
   *
   * @param methods e.g. {@code GET}, {@code POST}
   * @return a new policy
   */
  public Cors allowMethods(String... methods) {
    return edit(d -> d.allowMethods = List.of(methods));
  }

  /**
   * Sets {@code allowHeaders}, the request headers a cross-origin request may send.
   *
   * @param headers header names
   * @return a new policy
   */
  public Cors allowHeaders(String... headers) {
    return edit(d -> d.allowHeaders = List.of(headers));
  }

  /**
   * Sets {@code exposeHeaders}, the response headers a browser may show to the page.
   *
   * @param headers header names
   * @return a new policy
   */
  public Cors exposeHeaders(String... headers) {
    return edit(d -> d.exposeHeaders = List.of(headers));
  }

  /**
   * Sets {@code maxAge}, how long a browser may cache the preflight answer.
   *
   * @param maxAge a duration such as {@code 24h}
   * @return a new policy
   */
  public Cors maxAge(String maxAge) {
    return edit(d -> d.maxAge = maxAge);
  }

  /**
   * Sets {@code allowCredentials}: whether a cross-origin request may carry cookies and
   * credentials.
   *
   * @param allow true to allow them
   * @return a new policy
   */
  public Cors allowCredentials(boolean allow) {
    return edit(d -> d.allowCredentials = allow);
  }

  /**
   * The policy as Istio's {@code CorsPolicy}.
   *
   * @return the policy
   */
  public CorsPolicy toModel() {
    return policy;
  }

  private Cors edit(Consumer<Draft> change) {
    Draft d = new Draft(policy);
    change.accept(d);
    return d.done();
  }

  /** The policy's fields while one method changes one of them. */
  private static final class Draft {
    final List<StringMatch> allowOrigins;
    List<String> allowMethods;
    List<String> allowHeaders;
    List<String> exposeHeaders;
    String maxAge;
    Boolean allowCredentials;
    final String unmatchedPreflights;

    Draft(CorsPolicy p) {
      allowOrigins = new ArrayList<>(p.allowOrigins());
      allowMethods = p.allowMethods();
      allowHeaders = p.allowHeaders();
      exposeHeaders = p.exposeHeaders();
      maxAge = p.maxAge();
      allowCredentials = p.allowCredentials();
      unmatchedPreflights = p.unmatchedPreflights();
    }

    Cors done() {
      return new Cors(
          new CorsPolicy(
              allowOrigins,
              allowMethods,
              allowHeaders,
              exposeHeaders,
              maxAge,
              allowCredentials,
              unmatchedPreflights,
              Map.of()));
    }
  }
}
