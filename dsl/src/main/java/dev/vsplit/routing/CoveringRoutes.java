package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes in evaluation order, indexed so that "which earlier route takes every request this one
 * would?" costs about the length of its path instead of the number of routes before it. Add the
 * routes one by one and ask before adding each:
 *
 * <pre>{@code
 * CoveringRoutes earlier = new CoveringRoutes();
 * for (HTTPRoute route : routes) {
 *   int first = earlier.firstCovering(route.match()); // -1: no earlier route covers it
 *   earlier.add(route.match());
 * }
 * }</pre>
 *
 * <p>The answer is exactly that of asking {@link Coverage#routeCovers} of every earlier route in
 * order and taking the first that says yes: a {@link MatchIndex} narrows the earlier routes to
 * those with a match whose URI may contain the route's, and only those are asked.
 */
public final class CoveringRoutes {

  private final MatchIndex<Integer> index = new MatchIndex<>();
  private final List<List<HTTPMatchRequest>> added = new ArrayList<>();

  /**
   * The first route added that covers every request: no match, or a match of everything; -1 if
   * none.
   */
  private int firstCatchAll = -1;

  /** Appends the next route, given by its matches (none: it matches every request). */
  public void add(List<HTTPMatchRequest> matches) {
    int position = added.size();
    added.add(matches);
    if (firstCatchAll < 0 && matches.isEmpty()) {
      firstCatchAll = position;
    }
    for (HTTPMatchRequest m : matches) {
      if (firstCatchAll < 0 && Coverage.matchesEverything(m)) {
        firstCatchAll = position;
      }
      index.add(m, position);
    }
  }

  /** How many routes were added. */
  public int size() {
    return added.size();
  }

  /**
   * The position of the first route added so far that matches every request {@code matches} does
   * ({@link Coverage#routeCovers}), or {@code -1}.
   */
  public int firstCovering(List<HTTPMatchRequest> matches) {
    if (matches.isEmpty()) {
      // only a route without match, or with a match of everything, covers one without match
      return firstCatchAll;
    }
    // Whatever covers the route covers each of its matches: the containers of one match are the
    // only candidates. Ask with a match the index can place, if there is one.
    HTTPMatchRequest probe = matches.get(0);
    for (HTTPMatchRequest m : matches) {
      if (!m.ignoresUriCase()
          && (m.uri() instanceof StringMatch.Prefix || m.uri() instanceof StringMatch.Exact)) {
        probe = m; // a path the index looks up by its prefixes, not a scan
        break;
      }
    }
    int[] best = {
      firstCatchAll >= 0 && Coverage.routeCovers(added.get(firstCatchAll), matches)
          ? firstCatchAll
          : Integer.MAX_VALUE
    };
    index.forEachPossibleContainer(
        probe,
        (match, owner) -> {
          if (owner < best[0] && Coverage.routeCovers(added.get(owner), matches)) {
            best[0] = owner;
          }
        });
    return best[0] == Integer.MAX_VALUE ? -1 : best[0];
  }
}
