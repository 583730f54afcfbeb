package dev.vsplit;

import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.yaml.Location;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One prefix (or exact path, with optional conditions) that a primary hands to a team's
 * secondary, with the fields every route of the secondary inherits unless it sets them itself.
 * Immutable: {@code Delegation.of(prefix("/legacy")).to(VS_2).rewrite("/productpage")}.
 */
public final class Delegation {

  private final List<Match> matches;
  private final Secondary secondary;
  private final HTTPRoute inherited;
  private final Location site;

  private Delegation(List<Match> matches, Secondary secondary, HTTPRoute inherited, Location site) {
    this.matches = List.copyOf(matches);
    this.secondary = secondary;
    this.inherited = inherited;
    this.site = site;
  }

  /** The requests to delegate: any of these matches (no match at all delegates everything). */
  public static Delegation of(Match... matches) {
    return new Delegation(List.of(matches), null, HTTPRoute.EMPTY, CallSite.capture());
  }

  /** The secondary that receives them. */
  public Delegation to(Secondary secondary) {
    return new Delegation(matches, Objects.requireNonNull(secondary, "secondary"), inherited, site);
  }

  /** Rewrites the path of every delegated request (each route of the secondary inherits it). */
  public Delegation rewrite(String uri) {
    return new Delegation(matches, secondary, inherited.withRewrite(HTTPRewrite.uri(uri)), site);
  }

  /** A timeout every route of the secondary inherits unless it sets its own. */
  public Delegation timeout(String timeout) {
    return new Delegation(matches, secondary, inherited.withTimeout(timeout), site);
  }

  /** Retries every route of the secondary inherits unless it sets its own. */
  public Delegation retries(int attempts, String perTryTimeout) {
    return new Delegation(matches, secondary, inherited.withRetries(new HTTPRetry(attempts, perTryTimeout, null, null, Map.of())), site);
  }

  List<Match> matches() {
    return matches;
  }

  Secondary secondary() {
    return secondary;
  }

  HTTPRoute inherited() {
    return inherited;
  }

  Location site() {
    return site;
  }

  Delegation at(Location site) {
    return new Delegation(matches, secondary, inherited, site);
  }

  @Override
  public String toString() {
    return matches + " -> " + secondary;
  }
}
