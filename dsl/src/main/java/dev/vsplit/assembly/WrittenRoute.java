package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import dev.vsplit.model.HTTPRoute;
import java.util.List;

/**
 * A route as a TeamSpec wrote it.
 *
 * @param route the route without its matches (they are completed against the scope when assembled)
 * @param matches its matches as written, each with its line
 * @param site the line of the {@code route()} call
 */
record WrittenRoute(HTTPRoute route, List<WrittenMatch> matches, Location site) {

  WrittenRoute {
    matches = List.copyOf(matches);
  }
}
