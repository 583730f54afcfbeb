package dev.vsplit.codegen;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import dev.vsplit.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proposes an ownership map from the monolith's routes when the user has none: one team per
 * destination service, owning the longest path prefix its routes share that holds no other
 * service's path (narrowed until it does not, a path prefix such as {@code /account} where the
 * string prefix would also take another service's {@code /accounts}); the service of the last
 * catch-all route owns {@code /}. A path a route matches as a string prefix is proposed as that
 * prefix even when another service's path starts with it: the delegation of the longer path is
 * evaluated first. A starting point for a human to edit, not a decision.
 */
final class Suggester {

  /**
   * A path a route matches: exact, a string prefix, or (proposed only) a path prefix ({@code
   * /account} and {@code /account/...}, not {@code /accounts}).
   */
  private record Path(String value, boolean prefix, boolean segments) {
    Path(String value, boolean prefix) {
      this(value, prefix, false);
    }

    /** Whether this path, as a delegation, takes the request path or prefix {@code f}. */
    boolean takes(Path f) {
      if (segments) {
        return f.value.equals(value) || f.value.startsWith(value + "/");
      }
      return prefix ? f.value.startsWith(value) : !f.prefix && f.value.equals(value);
    }
  }

  private static final class Service {
    final String team;
    final String namespace;
    final List<Path> paths = new ArrayList<>();
    final Set<Integer> routes = new LinkedHashSet<>();
    boolean catchAll;

    Service(String team, String namespace) {
      this.team = team;
      this.namespace = namespace;
    }
  }

  private Suggester() {}

  /** The proposed map. */
  static OwnershipMap suggest(List<Planner.Monolith> monoliths, String javaPackage) {
    Map<String, OwnershipMap.TeamEntry> teams = new LinkedHashMap<>();
    List<OwnershipMap.PathEntry> delegations = new ArrayList<>();
    for (Planner.Monolith m : monoliths) {
      Map<String, Service> services = services(m);
      Service catchAll = null;
      List<HTTPRoute> http = m.resolved().spec().http();
      for (int r = 0; r < http.size(); r++) {
        Service s = services.get(host(http.get(r)));
        if (s != null && s.catchAll && s.routes.contains(r) && covers(http.get(r))) {
          catchAll = s;
        }
      }
      String primary = monoliths.size() == 1 ? null : m.ref();
      int before = delegations.size();
      for (Service s : services.values()) {
        teams.putIfAbsent(s.team, new OwnershipMap.TeamEntry(s.team, s.namespace, List.of()));
        List<Path> foreign = new ArrayList<>();
        for (Service o : services.values()) {
          if (o != s) {
            foreign.addAll(o.paths);
          }
        }
        foreign.addAll(servicelessPaths(m));
        List<Path> owned = new ArrayList<>();
        if (s == catchAll) {
          owned.add(new Path("/", true));
        } else {
          owned.addAll(cover(new ArrayList<>(new LinkedHashSet<>(s.paths)), foreign));
        }
        for (Path p : outermost(owned)) {
          delegations.add(
              new OwnershipMap.PathEntry(
                  p.prefix && !p.segments ? p.value : null,
                  p.prefix ? null : p.value,
                  s.team,
                  secondaryName(m, s.team, s.namespace, monoliths.size()),
                  null,
                  primary,
                  null,
                  null,
                  p.segments ? p.value : null,
                  null));
        }
      }
      if (delegations.size() == before) {
        // no route has a destination (redirects, direct responses): one team takes them all
        String team = teamName(m.resolved().name());
        String namespace = m.resolved().namespace();
        teams.putIfAbsent(team, new OwnershipMap.TeamEntry(team, namespace, List.of()));
        delegations.add(
            new OwnershipMap.PathEntry(
                "/",
                null,
                team,
                secondaryName(m, team, namespace, monoliths.size()),
                null,
                primary,
                null,
                null,
                null,
                null));
      }
    }
    return new OwnershipMap(
        javaPackage, null, List.of(), new ArrayList<>(teams.values()), delegations);
  }

  /**
   * The proposed secondary's name: the team's ({@code reviews}), {@code <team>-<primary>} when
   * several monoliths are split, {@code <team>-routes} when that is the primary's own name.
   */
  private static String secondaryName(
      Planner.Monolith m, String team, String namespace, int monoliths) {
    String name = monoliths == 1 ? team : team + "-" + m.resolved().name();
    if (name.equals(m.resolved().name()) && namespace.equals(m.resolved().namespace())) {
      name = name + "-routes";
    }
    return name;
  }

  /**
   * The services a primary's routes go to, in the order first seen; routes without a destination
   * have none.
   */
  private static Map<String, Service> services(Planner.Monolith m) {
    Map<String, Service> out = new LinkedHashMap<>();
    Map<String, String> teamHosts = new LinkedHashMap<>();
    List<HTTPRoute> http = m.resolved().spec().http();
    for (int r = 0; r < http.size(); r++) {
      HTTPRoute route = http.get(r);
      String host = host(route);
      if (host == null) {
        continue;
      }
      Service s = out.get(host);
      if (s == null) {
        // limit 0: the empty label after a fully qualified "host." is no label
        String[] labels = host.split("\\.", 0);
        String namespace =
            labels.length > 2 && labels[2].equals("svc") ? labels[1] : m.resolved().namespace();
        String team = teamName(labels[0]);
        if (teamHosts.containsKey(team) && !teamHosts.get(team).equals(host)) {
          team = teamName(labels[0] + "-" + namespace);
        }
        teamHosts.putIfAbsent(team, host);
        s = new Service(team, namespace);
        out.put(host, s);
      }
      s.routes.add(r);
      for (HTTPMatchRequest match :
          route.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : route.match()) {
        StringMatch uri = match.uri();
        if (uri instanceof StringMatch.Exact e) {
          s.paths.add(new Path(e.value(), false));
        } else if (uri instanceof StringMatch.Prefix p
            && !p.value().equals("/")
            && !p.value().isEmpty()) {
          s.paths.add(new Path(p.value(), true));
        } else if (uri == null || uri instanceof StringMatch.Prefix) {
          s.catchAll = true;
        }
      }
    }
    return out;
  }

  /**
   * Paths of routes with no destination (redirects, direct responses): no proposed prefix may
   * swallow them.
   */
  private static List<Path> servicelessPaths(Planner.Monolith m) {
    List<Path> out = new ArrayList<>();
    for (HTTPRoute route : m.resolved().spec().http()) {
      if (host(route) != null) {
        continue;
      }
      for (HTTPMatchRequest match : route.match()) {
        if (match.uri() instanceof StringMatch.Exact e) {
          out.add(new Path(e.value(), false));
        } else if (match.uri() instanceof StringMatch.Prefix p && p.value().length() > 1) {
          out.add(new Path(p.value(), true));
        }
      }
    }
    return out;
  }

  /** Whether the route takes every request (no uri condition, or prefix "/", and nothing else). */
  private static boolean covers(HTTPRoute route) {
    if (route.match().isEmpty()) {
      return true;
    }
    for (HTTPMatchRequest m : route.match()) {
      if (Equivalence.normalize(m).equals(HTTPMatchRequest.EMPTY.withName(m.name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prefixes (or single paths) that hold all of {@code paths} and none of {@code foreign}: as few
   * and as long as possible.
   */
  private static List<Path> cover(List<Path> paths, List<Path> foreign) {
    if (paths.isEmpty()) {
      return List.of();
    }
    if (paths.size() == 1) {
      return paths;
    }
    String common = paths.get(0).value;
    for (Path p : paths) {
      common = commonPrefix(common, p.value);
    }
    final String prefix = common;
    if (prefix.length() > 1 && foreign.stream().noneMatch(f -> f.value.startsWith(prefix))) {
      return List.of(new Path(prefix, true));
    }
    // a path prefix when the paths are one path and those below it, and no other service's are
    String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    Path segment = new Path(trimmed, true, true);
    if (trimmed.length() > 1
        && paths.stream()
            .allMatch(
                p -> (p.value.equals(trimmed) && !p.prefix) || p.value.startsWith(trimmed + "/"))
        && foreign.stream().noneMatch(segment::takes)) {
      return List.of(segment);
    }
    Map<Character, List<Path>> groups = new TreeMap<>();
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (p.value.length() == prefix.length()) {
        out.add(p);
      } else {
        groups.computeIfAbsent(p.value.charAt(prefix.length()), k -> new ArrayList<>()).add(p);
      }
    }
    for (List<Path> group : groups.values()) {
      out.addAll(cover(group, foreign));
    }
    return out;
  }

  /** Drops duplicates and paths that another prefix of the same list already holds. */
  private static List<Path> outermost(List<Path> paths) {
    List<Path> unique = new ArrayList<>(new LinkedHashSet<>(paths));
    List<Path> out = new ArrayList<>();
    for (Path p : unique) {
      boolean inner =
          unique.stream()
              .anyMatch(
                  o ->
                      !o.equals(p) // unique holds no two equal paths
                          && o.prefix
                          && o.takes(p)
                          && (p.value.length() > o.value.length() || !p.prefix));
      if (!inner) {
        out.add(p);
      }
    }
    return out;
  }

  private static String commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.substring(0, i);
  }

  /** The first destination's host: whom the route serves. */
  private static String host(HTTPRoute route) {
    return route.route().isEmpty() || route.route().get(0).destination() == null
        ? null
        : route.route().get(0).destination().host();
  }

  private static String teamName(String s) {
    String out =
        s.toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9-]+", "-")
            .replaceAll("^-+|-+$", "");
    return out.isEmpty() ? "team" : out;
  }

  // ---------------------------------------------------------------------------------------------
  // rendering

  /**
   * The map as a YAML file with comments for the person who edits it. The layout and the comments
   * are written here; every key and value as {@link YamlWriter} writes it, so that its quoting is
   * the project's one rule.
   *
   * @param routesOf for each delegation, the routes it would take ({@code spec.http[0],
   *     spec.http[3]})
   * @param header comment lines for the top of the file
   */
  static String render(OwnershipMap map, List<String> routesOf, List<String> header) {
    StringBuilder out = new StringBuilder();
    for (String line : header) {
      out.append("# ").append(line).append('\n');
    }
    entry(out, "", "package", map.javaPackage(), "the generated specs' Java package");
    out.append("mesh:\n  owners: []   # code owners of the primary, e.g. [\"@org/platform\"]\n");
    out.append("teams:\n");
    for (OwnershipMap.TeamEntry t : map.teams()) {
      out.append("  ").append(YamlWriter.key(t.name())).append(":\n");
      entry(out, "    ", "namespace", t.namespace(), null);
      out.append("    owners: []   # e.g. [\"@org/").append(t.name()).append("\"]\n");
    }
    out.append(
        "delegations:   # path -> the team's secondary; vsplit orders them most specific first\n");
    for (int i = 0; i < map.delegations().size(); i++) {
      OwnershipMap.PathEntry e = map.delegations().get(i);
      if (i < routesOf.size() && !routesOf.get(i).isEmpty()) {
        out.append("  # takes ").append(routesOf.get(i)).append('\n');
      }
      if (e.prefix() != null) {
        entry(out, "  - ", "prefix", e.prefix(), null);
      } else if (e.pathPrefix() != null) {
        entry(out, "  - ", "pathPrefix", e.pathPrefix(), null);
      } else {
        entry(out, "  - ", "exact", e.exact(), null);
      }
      entry(out, "    ", "team", e.team(), null);
      entry(out, "    ", "secondary", e.secondary(), null);
      if (e.primary() != null) {
        entry(out, "    ", "primary", e.primary(), null);
      }
    }
    return out.toString();
  }

  /**
   * One {@code key: value} line after {@code lead} (its indentation, or {@code " - "} for the first
   * entry of a list item), with a comment; a value written as a block keeps its lines under the
   * key.
   */
  private static void entry(
      StringBuilder out, String lead, String key, String value, String comment) {
    String written = YamlWriter.scalar(value);
    int nl = written.indexOf('\n');
    out.append(lead).append(key).append(": ").append(nl < 0 ? written : written.substring(0, nl));
    if (comment != null) {
      out.append("   # ").append(comment);
    }
    if (nl >= 0) {
      out.append(written.substring(nl).replace("\n", "\n" + " ".repeat(lead.length())));
    }
    out.append('\n');
  }
}
