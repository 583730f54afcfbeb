package dev.vsplit;

import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CORS policy: {@code Cors.allowOrigins("https://shop.example.com").allowMethods("GET",
 * "POST").maxAge("24h")}. Immutable.
 */
public final class Cors {

  private final CorsPolicy policy;

  private Cors(CorsPolicy policy) {
    this.policy = policy;
  }

  /** Origins allowed, compared exactly. */
  public static Cors allowOrigins(String... origins) {
    List<StringMatch> list = new ArrayList<>();
    for (String o : origins) {
      list.add(StringMatch.exact(o));
    }
    return new Cors(
        new CorsPolicy(list, List.of(), List.of(), List.of(), null, null, null, Map.of()));
  }

  /** Also allow origins that match an RE2 expression. */
  public Cors allowOriginRegex(String regex) {
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

  /** How long a browser may cache the preflight answer, as a duration such as {@code 24h}. */
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

  /** The policy as Istio's {@code CorsPolicy}. */
  public CorsPolicy toModel() {
    return policy;
  }
}
