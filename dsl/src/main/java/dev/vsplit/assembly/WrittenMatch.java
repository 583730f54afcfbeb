package dev.vsplit.assembly;

import dev.vsplit.Match;
import dev.vsplit.base.Describe;
import dev.vsplit.base.Location;
import dev.vsplit.model.HTTPMatchRequest;

/**
 * A match as a spec wrote it: Istio's match, whether its URI is relative to the team's scope, and
 * the line that wrote it (a route's {@code match} call, or a primary's {@code delegate} call).
 */
record WrittenMatch(HTTPMatchRequest request, boolean relative, Location site) {

  static WrittenMatch of(Match match, Location site) {
    return new WrittenMatch(match.request(), match.isRelative(), site);
  }

  /** As {@link Match#toString}: {@code relative prefix "/v1"}. */
  @Override
  public String toString() {
    return (relative ? "relative " : "") + Describe.match(request);
  }
}
