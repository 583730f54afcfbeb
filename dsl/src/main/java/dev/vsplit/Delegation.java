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
 * every method returns a new delegation, with its field set.
 *
 * <pre>{@code
 * primary.delegate(Delegation.of(prefix("/legacy")).to(VS_2).rewrite("/productpage").timeout("10s"));
 * }</pre>
 *
 * writes this route of the primary:
 *
 * <pre>{@code
 * - match: [{uri: {prefix: /legacy}}]
 *   delegate: {name: vs-2, namespace: ns1}
 *   rewrite: {uri: /productpage}
 *   timeout: 10s
 * }</pre>
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

  /**
   * A delegation of the requests that match any of {@code matches}, to no secondary yet.
   *
   * @param matches the requests to delegate; none delegates everything
   * @return a new delegation
   */
  public static Delegation of(Match... matches) {
    return new Delegation(List.of(matches), null, HTTPRoute.EMPTY);
  }

  /**
   * Sets the secondary that receives the requests ({@code delegate: {name, namespace}}).
   *
   * @param secondary the team's secondary
   * @return a new delegation
   */
  public Delegation to(Secondary secondary) {
    return new Delegation(matches, Objects.requireNonNull(secondary, "secondary"), inherited);
  }

  /**
   * Sets the {@code rewrite}: rewrites the path of every delegated request (each route of the
   * secondary inherits it).
   *
   * @param uri the new path (prefix): {@code rewrite: {uri: uri}}
   * @return a new delegation
   */
  public Delegation rewrite(String uri) {
    return new Delegation(matches, secondary, inherited.withRewrite(HTTPRewrite.uri(uri)));
  }

  /**
   * Sets the {@code timeout} every route of the secondary inherits unless it sets its own.
   *
   * @param timeout as Istio writes durations: {@code 5s}, {@code 250ms}
   * @return a new delegation
   */
  public Delegation timeout(String timeout) {
    return new Delegation(matches, secondary, inherited.withTimeout(timeout));
  }

  /**
   * Sets the {@code timeout} every route of the secondary inherits unless it sets its own, written
   * as Istio writes durations.
   *
   * @param timeout the timeout
   * @return a new delegation
   */
  public Delegation timeout(java.time.Duration timeout) {
    return timeout(Durations.format(timeout));
  }

  /**
   * Sets the {@code retries} every route of the secondary inherits unless it sets its own.
   *
   * @param attempts how many retries
   * @param perTryTimeout the timeout of each try, e.g. {@code 2s}
   * @param retryOn the conditions, e.g. {@code 5xx,reset}
   * @return a new delegation
   */
  public Delegation retries(int attempts, String perTryTimeout, String retryOn) {
    return new Delegation(
        matches, secondary, inherited.withRetries(HTTPRetry.of(attempts, perTryTimeout, retryOn)));
  }

  /**
   * Istio's {@code set} header operation on every delegated request: {@code headers: {request:
   * {set: {name: value}}}}. Istio copies the primary's {@code headers} only into secondary routes
   * that set none of their own: a team route with any header operation replaces this one.
   *
   * @param name the header's name
   * @param value its value
   * @return a new delegation
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

  /**
   * Sets the {@code corsPolicy} every route of the secondary inherits unless it sets its own.
   *
   * @param cors the policy
   * @return a new delegation
   */
  public Delegation cors(Cors cors) {
    return new Delegation(matches, secondary, inherited.withCorsPolicy(cors.toModel()));
  }

  /**
   * Sets the {@code retries}, on Istio's default conditions, every route of the secondary inherits
   * unless it sets its own.
   *
   * @param attempts how many retries
   * @param perTryTimeout the timeout of each try, e.g. {@code 2s}
   * @return a new delegation
   */
  public Delegation retries(int attempts, String perTryTimeout) {
    return new Delegation(
        matches,
        secondary,
        inherited.withRetries(new HTTPRetry(attempts, perTryTimeout, null, null, Map.of())));
  }

  /**
   * The requests delegated.
   *
   * @return the matches, any of which delegates; empty delegates everything
   */
  public List<Match> matches() {
    return matches;
  }

  /**
   * The secondary that receives the requests.
   *
   * @return the secondary, or {@code null} until {@link #to} names it
   */
  public Secondary secondary() {
    return secondary;
  }

  /**
   * The fields every route of the secondary inherits unless it sets them itself.
   *
   * @return an Istio route without match and destination
   */
  public HTTPRoute inherited() {
    return inherited;
  }

  @Override
  public String toString() {
    return matches + " -> " + secondary;
  }
}
