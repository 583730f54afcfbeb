package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each route of a generated VirtualService was written, its matches and the fields it set, by
 * the route's place in {@code spec.http}: what a {@link dev.vsplit.yaml.SourceMap} of a resource
 * built in code looks up. It answers exactly as a map from {@code spec.http[i]}, {@code
 * spec.http[i].match[j]} and {@code spec.http[i].<field>} to their lines would, without writing
 * those paths: a mesh of 250 000 routes would hold over a million of them, for the few a finding
 * asks for.
 */
final class RouteSites implements Function<String, Location> {

  private static final String HTTP = "spec.http[";
  private static final String MATCH = "match[";

  /**
   * One route's lines.
   *
   * @param site the line that wrote the route (a {@code route()} or {@code delegate} call, or the
   *     secondary's declaration for a skeleton or seal)
   * @param fields the line of the call that set each field, by its path in the route
   * @param matches the route's matches, each with its line, in place order
   */
  private record Route(Location site, Map<String, Location> fields, List<WrittenMatch> matches) {}

  private final List<Route> routes = new ArrayList<>();

  /**
   * Adds the next route of {@code spec.http}.
   *
   * @param site where the route was written
   * @param fields where each of its fields was set (kept, not copied: a written route's own map)
   * @param matches its matches as written, each with its line
   */
  void add(Location site, Map<String, Location> fields, List<WrittenMatch> matches) {
    routes.add(new Route(site, fields, matches));
  }

  /** Adds the next route of {@code spec.http}, located at {@code site} with all of its parts. */
  void add(Location site) {
    add(site, Map.of(), List.of());
  }

  /** The number of routes added: the place of the next one. */
  int size() {
    return routes.size();
  }

  /** The line of exactly this path, or {@code null} when no call wrote it. */
  @Override
  public Location apply(String path) {
    if (!path.startsWith(HTTP)) {
      return null;
    }
    int close = path.indexOf(']', HTTP.length());
    int i = close < 0 ? -1 : index(path, HTTP.length(), close);
    if (i < 0 || i >= routes.size()) {
      return null;
    }
    Route route = routes.get(i);
    if (close == path.length() - 1) {
      return route.site();
    }
    if (path.charAt(close + 1) != '.') {
      return null;
    }
    String field = path.substring(close + 2);
    if (field.startsWith(MATCH) && field.endsWith("]")) {
      int j = index(field, MATCH.length(), field.length() - 1);
      return j >= 0 && j < route.matches().size() ? route.matches().get(j).site() : null;
    }
    return route.fields().get(field);
  }

  /**
   * The index written between {@code from} and {@code to} as {@code Integer.toString} writes it, or
   * -1.
   */
  private static int index(String s, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > 9 || (n > 1 && s.charAt(from) == '0')) {
      return -1;
    }
    int value = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
