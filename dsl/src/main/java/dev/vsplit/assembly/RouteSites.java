package dev.vsplit.assembly;

import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import java.util.Arrays;
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

  private static final Location[] NO_MATCHES = {};

  // Each route's lines in three arrays by the route's place rather than an object per route, and
  // each route's fields and matches packed into one small array each: a mesh of 250 000 routes
  // kept a record, a map and a list of match records for every route, a fifth of what its
  // generation holds after the build.

  /**
   * The line that wrote each route (a route() or delegate call, or the secondary's declaration).
   */
  private Location[] sites = new Location[16];

  /**
   * Each route's fields: the path of each field in the route and the line of the call that set it,
   * alternating ({@code timeout}, its line, ...); {@code null} when it set none.
   */
  private Object[][] fields = new Object[16][];

  /** Each route's matches' lines, in place order; empty when it has none. */
  private Location[][] matches = new Location[16][];

  private int size;

  /**
   * Adds the next route of {@code spec.http}.
   *
   * @param site where the route was written
   * @param fields where each of its fields was set
   * @param matches its matches as written, each with its line
   */
  void add(Location site, Map<String, Location> fields, List<WrittenMatch> matches) {
    if (size == sites.length) {
      int grown = size * 2;
      sites = Arrays.copyOf(sites, grown);
      this.fields = Arrays.copyOf(this.fields, grown);
      this.matches = Arrays.copyOf(this.matches, grown);
    }
    sites[size] = site;
    this.fields[size] = pack(fields);
    this.matches[size] = matchSites(matches);
    size++;
  }

  private static Object[] pack(Map<String, Location> fields) {
    if (fields.isEmpty()) {
      return null;
    }
    Object[] packed = new Object[fields.size() * 2];
    int k = 0;
    for (Map.Entry<String, Location> e : fields.entrySet()) {
      packed[k++] = e.getKey();
      packed[k++] = e.getValue();
    }
    return packed;
  }

  private static Location[] matchSites(List<WrittenMatch> matches) {
    if (matches.isEmpty()) {
      return NO_MATCHES;
    }
    Location[] out = new Location[matches.size()];
    boolean located = false;
    for (int j = 0; j < out.length; j++) {
      out[j] = matches.get(j).site();
      located |= !CallSite.NOT_CAPTURED.equals(out[j]);
    }
    // a run without lines keeps no array of them: a match's path then falls back to its route's
    // site, which that run did not capture either
    return located ? out : NO_MATCHES;
  }

  /** Adds the next route of {@code spec.http}, located at {@code site} with all of its parts. */
  void add(Location site) {
    add(site, Map.of(), List.of());
  }

  /** The number of routes added: the place of the next one. */
  int size() {
    return size;
  }

  /** The line of exactly this path, or {@code null} when no call wrote it. */
  @Override
  public Location apply(String path) {
    if (!path.startsWith(HTTP)) {
      return null;
    }
    int close = path.indexOf(']', HTTP.length());
    int i = close < 0 ? -1 : index(path, HTTP.length(), close);
    if (i < 0 || i >= size) {
      return null;
    }
    if (close == path.length() - 1) {
      return sites[i];
    }
    if (path.charAt(close + 1) != '.') {
      return null;
    }
    String field = path.substring(close + 2);
    if (field.startsWith(MATCH) && field.endsWith("]")) {
      int j = index(field, MATCH.length(), field.length() - 1);
      return j >= 0 && j < matches[i].length ? matches[i][j] : null;
    }
    Object[] set = fields[i];
    if (set != null) {
      for (int k = 0; k < set.length; k += 2) {
        if (set[k].equals(field)) {
          return (Location) set[k + 1];
        }
      }
    }
    return null;
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
