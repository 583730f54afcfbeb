package dev.vsplit.assembly;

import dev.vsplit.Match;
import dev.vsplit.base.Describe;
import dev.vsplit.base.Location;
import dev.vsplit.model.HTTPMatchRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A match as a spec wrote it: Istio's match, whether its URI is relative to the team's scope, and
 * the line that wrote it (a route's {@code match} call, or a primary's {@code delegate} call).
 */
record WrittenMatch(HTTPMatchRequest request, boolean relative, Location site) {

  /**
   * The matches a DSL match writes: one, or for a path prefix two ({@code exact /a}, {@code prefix
   * /a/}), each at the line that wrote it.
   */
  static List<WrittenMatch> of(Match match, Location site) {
    List<WrittenMatch> out = new ArrayList<>(2);
    for (HTTPMatchRequest r : match.requests()) {
      out.add(new WrittenMatch(r, match.isRelative(), site));
    }
    return out;
  }

  /** As {@link Match#toString}: {@code relative prefix "/v1"}. */
  @Override
  public String toString() {
    return (relative ? "relative " : "") + Describe.match(request);
  }
}
