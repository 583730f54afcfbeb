package dev.vsplit;

import dev.vsplit.base.Durations;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One prefix (or exact path, with optional conditions) that a primary hands to a team's secondary,
 * with the fields every route of the secondary inherits unless it sets them itself. Immutable:
 * {@code Delegation.of(prefix("/legacy")).to(VS_2).rewrite("/productpage")}.
 */
public final class Delegation {

  private final List<Match> matches;
  private final Secondary secondary;
  private final HTTPRoute inherited;

  private Delegation(List<Match> matches, Secondary secondary, HTTPRoute inherited) {
    this.matches = List.copyOf(matches);
    this.secondary = secondary;
    this.inherited = inherited;
  }

  /** The requests to delegate: any of these matches (no match at all delegates everything). */
  public static Delegation of(Match... matches) {
    return new Delegation(List.of(matches), null, HTTPRoute.EMPTY);
  }

  /** The secondary that receives them. */
  public Delegation to(Secondary secondary) {
    return new Delegation(matches, Objects.requireNonNull(secondary, "secondary"), inherited);
  }

  /** Rewrites the path of every delegated request (each route of the secondary inherits it). */
  public Delegation rewrite(String uri) {
    return new Delegation(matches, secondary, inherited.withRewrite(HTTPRewrite.uri(uri)));
  }

  /** A timeout every route of the secondary inherits unless it sets its own. */
  public Delegation timeout(String timeout) {
    return new Delegation(matches, secondary, inherited.withTimeout(timeout));
  }

  public Delegation timeout(java.time.Duration timeout) {
    return timeout(Durations.format(timeout));
  }

  /**
   * Retries on the given conditions ({@code 5xx,reset}) every route of the secondary inherits
   * unless it sets its own.
   */
  public Delegation retries(int attempts, String perTryTimeout, String retryOn) {
    return new Delegation(
        matches, secondary, inherited.withRetries(HTTPRetry.of(attempts, perTryTimeout, retryOn)));
  }

  /**
   * Sets a request header on every delegated request. Istio copies the primary's {@code headers}
   * only into secondary routes that set none of their own: a team route with any header operation
   * replaces this one.
   */
  public Delegation setRequestHeader(String name, String value) {
    var request = inherited.headers() == null ? null : inherited.headers().request();
    java.util.Map<String, String> set =
        new java.util.LinkedHashMap<>(request == null ? Map.of() : request.set());
    set.put(name, value);
    var ops =
        dev.vsplit.model.HeaderOperations.of(
            set,
            request == null ? Map.of() : request.add(),
            request == null ? List.of() : request.remove());
    var response = inherited.headers() == null ? null : inherited.headers().response();
    return new Delegation(
        matches, secondary, inherited.withHeaders(dev.vsplit.model.Headers.of(ops, response)));
  }

  /** A CORS policy every route of the secondary inherits unless it sets its own. */
  public Delegation cors(Cors cors) {
    return new Delegation(matches, secondary, inherited.withCorsPolicy(cors.toModel()));
  }

  /** Retries every route of the secondary inherits unless it sets its own. */
  public Delegation retries(int attempts, String perTryTimeout) {
    return new Delegation(
        matches,
        secondary,
        inherited.withRetries(new HTTPRetry(attempts, perTryTimeout, null, null, Map.of())));
  }

  /** The requests delegated: any of these matches (none delegates everything). */
  public List<Match> matches() {
    return matches;
  }

  /** The secondary that receives them, or {@code null} until {@link #to} names it. */
  public Secondary secondary() {
    return secondary;
  }

  /**
   * The fields every route of the secondary inherits unless it sets them itself, as an Istio route
   * without match.
   */
  public HTTPRoute inherited() {
    return inherited;
  }

  @Override
  public String toString() {
    return matches + " -> " + secondary;
  }
}
