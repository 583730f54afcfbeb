package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import dev.vsplit.model.HTTPRoute;
import java.util.List;
import java.util.Map;

/**
 * A route as a TeamSpec wrote it.
 *
 * @param route the route without its matches (they are completed against the scope when assembled)
 *     and without the fields that were refused
 * @param matches its matches as written, each with its line
 * @param site the line of the {@code route()} call
 * @param fieldSites the line of the builder call that set each field, by its path in the route
 *     ({@code timeout}, {@code fault.delay}, {@code headers.request})
 * @param refused the fields refused where they were written, each reported once (VS210)
 */
record WrittenRoute(
    HTTPRoute route,
    List<WrittenMatch> matches,
    Location site,
    Map<String, Location> fieldSites,
    List<RefusedField> refused) {

  WrittenRoute {
    matches = List.copyOf(matches);
    fieldSites = Map.copyOf(fieldSites);
    refused = List.copyOf(refused);
  }

  /** A route without field sites or refusals: every field located at the route. */
  WrittenRoute(HTTPRoute route, List<WrittenMatch> matches, Location site) {
    this(route, matches, site, Map.of(), List.of());
  }
}
