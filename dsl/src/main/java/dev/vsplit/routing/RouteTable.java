package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.yaml.EffectiveRoutesFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effective routes of each VirtualService with hosts, one row per route in evaluation order,
 * each with the team that owns it: what {@code vsplit:explain} prints without a request, and what
 * {@link Plan} compares.
 *
 * @param primaries one per VirtualService with hosts, sorted by namespace and name
 */
public record RouteTable(List<Primary> primaries) {

  public RouteTable {
    primaries = List.copyOf(primaries);
  }

  /**
   * A VirtualService with hosts and its routes.
   *
   * @param hosts its hosts; empty when unknown (read from an effective-routes file alone)
   * @param gateways its gateways, namespace-qualified; empty when unknown
   */
  public record Primary(
      ResourceRef ref, List<String> hosts, List<String> gateways, List<Row> rows) {
    public Primary {
      hosts = List.copyOf(hosts);
      gateways = List.copyOf(gateways);
      rows = List.copyOf(rows);
    }
  }

  /**
   * One effective route.
   *
   * @param position its place in evaluation order, from 0
   * @param route the route as Envoy gets it (in the effective-routes form: defaults left out)
   * @param team the team that owns it, or {@code null}
   * @param secondary the secondary it was written in; {@code null} for a route of the primary, or
   *     when unknown
   * @param writtenAt where it was written ({@code ns1/vs-1 spec.http[0]}); {@code null} when
   *     unknown
   * @param owner who answers for it: {@code team identity}, {@code secondary ns1/vs-1} (no team
   *     label), {@code primary default/bookinfo}, or {@code unknown owner}
   */
  public record Row(
      int position,
      HTTPRoute route,
      String team,
      ResourceRef secondary,
      String writtenAt,
      String owner) {

    /**
     * Its matches in words.
     *
     * @return e.g. {@code exact "/login" or prefix "/static"}
     */
    public String matchText() {
      return RouteText.matches(route.match());
    }

    /**
     * What it does with a request.
     *
     * @return e.g. {@code reviews.default.svc.cluster.local:9080}, {@code redirect 301 to /new}
     */
    public String action() {
      return RouteText.action(route);
    }

    /**
     * Everything else that changes what a request gets (rewrite, timeout, retries, fault, mirror,
     * header operations, CORS), by field.
     *
     * @return e.g. {@code timeout=5s}; empty when none
     */
    public Map<String, String> behaviour() {
      return RouteText.behaviour(route);
    }
  }

  /** The primary with this namespace and name, or {@code null}. */
  public Primary primary(String namespace, String name) {
    for (Primary p : primaries) {
      if (p.ref().namespace().equals(namespace) && p.ref().name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The table of merged VirtualServices, routes in the effective-routes form so that they compare
   * equal to ones read back from {@code effective-routes.yaml}.
   *
   * @param teams the owning team of each secondary
   */
  public static RouteTable of(
      List<EffectiveVirtualService> effective, Map<ResourceRef, String> teams) {
    EffectiveRoutesFile canonical =
        EffectiveRoutesFile.parse("effective routes", EffectiveRoutes.toYaml(effective));
    if (!canonical.problems().isEmpty() || canonical.items().size() != effective.size()) {
      throw new IllegalStateException("effective routes do not read back: " + canonical.problems());
    }
    List<Primary> out = new ArrayList<>();
    for (int v = 0; v < effective.size(); v++) {
      EffectiveVirtualService vs = effective.get(v);
      List<HTTPRoute> http = canonical.items().get(v).http();
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < vs.routes().size(); i++) {
        RouteOrigin o = vs.routes().get(i).origin();
        String team = o.delegate() == null ? null : teams.get(o.delegate());
        rows.add(
            new Row(
                i,
                canonical(http.get(i)),
                team,
                o.delegate(),
                o.writtenAt(),
                owner(team, o.delegate(), o.root())));
      }
      out.add(
          new Primary(vs.source().ref(), vs.source().spec().hosts(), Simulator.gateways(vs), rows));
    }
    return new RouteTable(out);
  }

  /**
   * The table of an effective-routes file, each route attributed with the help of {@code
   * reference}: the table of the manifests the file was generated from (those beside it), or {@code
   * null}. A route equal to one of the reference's primary takes its owner; another takes the owner
   * of the first delegation of the primary whose match covers it; else it is of {@code unknown
   * owner}.
   *
   * @param roots the primaries with their {@code delegate} routes, names resolved (as {@link
   *     EffectiveVirtualService#source()} holds them), for attribution by delegation; may be empty
   */
  public static RouteTable read(
      EffectiveRoutesFile file,
      RouteTable reference,
      List<VirtualService> roots,
      Map<ResourceRef, String> teams) {
    List<Primary> out = new ArrayList<>();
    for (EffectiveRoutesFile.Item item : file.items()) {
      ResourceRef ref = new ResourceRef(VirtualService.KIND, item.namespace(), item.name());
      Primary known = reference == null ? null : reference.primary(item.namespace(), item.name());
      VirtualService root = null;
      for (VirtualService r : roots) {
        if (r.ref().equals(ref)) {
          root = r;
        }
      }
      Set<Integer> used = new HashSet<>();
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < item.http().size(); i++) {
        HTTPRoute route = canonical(item.http().get(i));
        Row match = known == null ? null : sameRoute(known.rows(), route, i, used);
        if (match != null) {
          rows.add(
              new Row(i, route, match.team(), match.secondary(), match.writtenAt(), match.owner()));
          continue;
        }
        ResourceRef secondary = root == null ? null : delegationCovering(root, route);
        String team = secondary == null ? null : teams.get(secondary);
        String owner = secondary != null ? owner(team, secondary, ref) : "unknown owner";
        rows.add(new Row(i, route, team, secondary, null, owner));
      }
      out.add(
          new Primary(
              ref,
              known == null ? List.of() : known.hosts(),
              known == null ? List.of() : known.gateways(),
              rows));
    }
    out.sort((a, b) -> a.ref().compareTo(b.ref()));
    return new RouteTable(out);
  }

  /**
   * The route table as text: a heading per primary, one line per route: order, match, team, where
   * written, destination.
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (Primary p : primaries) {
      out.append("primary ").append(p.ref());
      if (!p.hosts().isEmpty()) {
        out.append(" (hosts ").append(String.join(", ", p.hosts()));
        if (!p.gateways().isEmpty()) {
          out.append("; gateways ").append(String.join(", ", p.gateways()));
        }
        out.append(')');
      }
      out.append('\n');
      if (p.rows().isEmpty()) {
        out.append("  no routes: Envoy answers 404 for every request\n");
        continue;
      }
      // the behaviour column only where a route has some: a table of plain routes reads as before
      boolean behaviour =
          p.rows().stream().anyMatch(r -> !RouteText.behaviour(r.route()).isEmpty());
      List<String[]> lines = new ArrayList<>();
      lines.add(
          behaviour
              ? new String[] {"#", "match", "team", "secondary", "destination", "behaviour"}
              : new String[] {"#", "match", "team", "secondary", "destination"});
      for (Row r : p.rows()) {
        String[] line = {
          String.valueOf(r.position()),
          RouteText.matches(r.route().match()),
          r.team() == null ? "-" : r.team(),
          r.writtenAt() == null
              ? (r.secondary() == null ? "-" : r.secondary().toString())
              : r.writtenAt(),
          RouteText.action(r.route())
        };
        if (behaviour) {
          String text = RouteText.behaviourText(r.route());
          line = java.util.Arrays.copyOf(line, 6);
          line[5] = text.isEmpty() ? "-" : text;
        }
        lines.add(line);
      }
      appendColumns(out, lines);
    }
    return out.toString();
  }

  static void appendColumns(StringBuilder out, List<String[]> lines) {
    int columns = lines.get(0).length;
    int[] width = new int[columns];
    for (String[] line : lines) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], line[c].length());
      }
    }
    for (String[] line : lines) {
      StringBuilder l = new StringBuilder("  ");
      for (int c = 0; c < columns; c++) {
        l.append(line[c]);
        if (c < columns - 1) {
          l.append(" ".repeat(width[c] - line[c].length() + 2));
        }
      }
      out.append(l.toString().stripTrailing()).append('\n');
    }
  }

  static String owner(String team, ResourceRef secondary, ResourceRef primary) {
    if (team != null) {
      return "team " + team;
    }
    if (secondary != null) {
      return "secondary " + secondary;
    }
    return "primary " + primary;
  }

  /**
   * The route with the values Go reads as unset left out ({@code ignoreUriCase: false}, {@code
   * port: 0}, empty strings, {@code weight: 0}), so that two renderings of one route compare equal.
   */
  static HTTPRoute canonical(HTTPRoute route) {
    List<HTTPMatchRequest> matches = new ArrayList<>(route.match().size());
    for (HTTPMatchRequest m : route.match()) {
      matches.add(
          m.withName(blankToNull(m.name()))
              .withIgnoreUriCase(m.ignoresUriCase() ? Boolean.TRUE : null)
              .withPort(m.portNumber() == 0 ? null : m.port())
              .withSourceNamespace(blankToNull(m.sourceNamespace()))
              .withStatPrefix(blankToNull(m.statPrefix())));
    }
    List<HTTPRouteDestination> destinations = new ArrayList<>(route.route().size());
    for (HTTPRouteDestination d : route.route()) {
      destinations.add(d.weight() != null && d.weight() == 0 ? d.withWeight(null) : d);
    }
    return route
        .withName(blankToNull(route.name()))
        .withTimeout(blankToNull(route.timeout()))
        .withMatch(matches)
        .withRoute(destinations);
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** The reference row equal to {@code route}, preferring the same position; each used once. */
  private static Row sameRoute(List<Row> rows, HTTPRoute route, int position, Set<Integer> used) {
    if (position < rows.size()
        && !used.contains(position)
        && rows.get(position).route().equals(route)) {
      used.add(position);
      return rows.get(position);
    }
    for (Row r : rows) {
      if (!used.contains(r.position()) && r.route().equals(route)) {
        used.add(r.position());
        return r;
      }
    }
    return null;
  }

  /**
   * The secondary of the first delegation of {@code root} whose match covers the route's; {@code
   * null} if none.
   */
  private static ResourceRef delegationCovering(VirtualService root, HTTPRoute route) {
    Map<String, ResourceRef> cache = new HashMap<>();
    for (HTTPRoute r : root.spec().http()) {
      if (r.delegate() == null) {
        continue;
      }
      if (Coverage.routeCovers(r.match(), route.match())) {
        String ns =
            r.delegate().namespace() == null || r.delegate().namespace().isEmpty()
                ? root.namespace()
                : r.delegate().namespace();
        return cache.computeIfAbsent(
            ns + "/" + r.delegate().name(),
            k -> new ResourceRef(VirtualService.KIND, ns, r.delegate().name()));
      }
    }
    return null;
  }
}
