package dev.vsplit.rules;

import dev.vsplit.base.Describe;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.StringMatch;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.CoveringRoutes;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MatchIndex;
import dev.vsplit.routing.Overlap;
import dev.vsplit.routing.RouteOrigin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Fall-through: requests inside one team's delegation that none of its routes takes go on to the
 * routes after it, and a later team's route that reaches into that delegation gets them (the
 * identity team routes only GET /login and /logout under /log; the storefront's {@code prefix /lo +
 * POST} then gets POST /login/). Istio allows it; the owner of the delegation should know, and
 * sealing the secondary stops it. Falling through to a later team's route that covers that team's
 * whole delegation (its catch-all) is nesting as designed and not reported.
 *
 * <p>Near-linear: per primary, the delegations' matches and the merged routes' matches are each put
 * in a {@link MatchIndex}; a delegation is paired only with the later routes whose URI nests with
 * its own (looked up both ways, at the cost of the path's length plus the routes the index cannot
 * place), and each pair asks the delegation's own routes, indexed in a {@link CoveringRoutes},
 * whether one of them takes the shared requests.
 */
final class FallThrough extends AbstractRule {

  FallThrough() {
    super(Code.VS119);
  }

  /** The first later route that gets requests of a delegation, and which requests. */
  private record Leak(int position, HTTPMatchRequest requests) {}

  @Override
  public void check(Context context, List<Finding> out) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      check(context, evs, out);
    }
  }

  private void check(Context context, EffectiveVirtualService evs, List<Finding> out) {
    List<HTTPRoute> rootHttp = evs.source().spec().http();
    List<EffectiveRoute> routes = evs.routes();
    // A delegation's merged routes follow each other (Merger): each delegation is a range of
    // positions, and its CoveringRoutes is built only when a pair gets that far.
    Blocks blocks = new Blocks(rootHttp.size(), routes);
    int first = -1;
    for (int p = 0; p < routes.size(); p++) {
      RouteOrigin o = routes.get(p).origin();
      if (o.isDelegated()) {
        first = first < 0 ? o.rootIndex() : first;
        blocks.add(o.rootIndex(), p, o.delegate());
      }
    }
    if (blocks.count < 2) {
      return; // one team: nothing to fall through to but the primary's own routes
    }
    MatchIndex<Integer> scopeIndex = new MatchIndex<>();
    List<HTTPMatchRequest> scopes = new ArrayList<>();
    for (int i = 0; i < rootHttp.size(); i++) {
      if (blocks.has(i)) {
        for (HTTPMatchRequest s : orAll(rootHttp.get(i).match())) {
          scopeIndex.add(s, i);
          scopes.add(s);
        }
      }
    }
    // The routes' index is asked only with the delegations' matches: a route it would never hand
    // back for one of them (most: their paths lie under their own delegation's) is left out.
    MatchIndex.Reach reach = new MatchIndex.Reach(scopes);
    MatchIndex<Integer> routeIndex = new MatchIndex<>();
    for (int p = 0; p < routes.size(); p++) {
      for (HTTPMatchRequest m : orAll(routes.get(p).route().match())) {
        if (reach.reaches(m)) {
          routeIndex.add(m, p);
        }
      }
    }
    Map<Integer, Leak> leaks = new TreeMap<>();
    for (int i = 0; i < rootHttp.size(); i++) {
      if (!blocks.has(i)) {
        continue;
      }
      for (HTTPMatchRequest s : orAll(rootHttp.get(i).match())) {
        final int delegation = i;
        routeIndex.forEachPossibleContainer(
            s, (m, p) -> consider(delegation, s, p, m, routes, rootHttp, blocks, leaks));
      }
    }
    for (int p = 0; p < routes.size(); p++) {
      RouteOrigin o = routes.get(p).origin();
      if (!o.isDelegated() || o.rootIndex() <= first) {
        continue; // the primary's own routes and the first delegation's take no one's requests
      }
      for (HTTPMatchRequest m : orAll(routes.get(p).route().match())) {
        final int position = p;
        scopeIndex.forEachPossibleContainer(
            m, (s, i) -> consider(i, s, position, m, routes, rootHttp, blocks, leaks));
      }
    }
    for (var e : leaks.entrySet()) {
      int i = e.getKey();
      Leak leak = e.getValue();
      RouteOrigin later = routes.get(leak.position()).origin();
      ResourceRef b = blocks.secondary[i];
      String teamB = teamOr(context, b);
      String teamC = teamOr(context, later.delegate());
      Location at = context.locate(later.delegate(), routePath(later.delegateIndex()));
      out.add(
          context.finding(
              this,
              evs.source().ref(),
              routePath(i),
              "requests matching "
                  + Describe.match(leak.requests())
                  + " lie inside team "
                  + teamB
                  + "'s delegation ("
                  + Describe.matches(rootHttp.get(i).match())
                  + " to "
                  + b
                  + "), but no route of "
                  + teamB
                  + " takes them all, so they fall through to team "
                  + teamC
                  + "'s route "
                  + later.writtenAt()
                  + (at == null ? "" : " (" + at + ")")
                  + " ("
                  + Describe.matches(routes.get(leak.position()).route().match())
                  + ")",
              "seal "
                  + b
                  + " (Secondary.sealed() in the mesh spec, or a catch-all route at its end) so"
                  + " that what "
                  + teamB
                  + " does not route answers 404 there, or have "
                  + teamB
                  + " route these requests"));
    }
  }

  private static void consider(
      int i,
      HTTPMatchRequest s,
      int p,
      HTTPMatchRequest m,
      List<EffectiveRoute> routes,
      List<HTTPRoute> rootHttp,
      Blocks blocks,
      Map<Integer, Leak> leaks) {
    EffectiveRoute r = routes.get(p);
    RouteOrigin o = r.origin();
    Leak known = leaks.get(i);
    if (!o.isDelegated()
        || o.rootIndex() <= i
        || o.delegate().equals(blocks.secondary[i])
        || (known != null && known.position() <= p)) {
      return; // the primary's own routes, earlier routes, the same team, or a leak found earlier
    }
    if (blocks.catchAll(p, rootHttp.get(o.rootIndex()).match())) {
      return; // that team's catch-all: falling through to it is nesting as designed
    }
    if (!Overlap.mayOverlap(s, m)) {
      return;
    }
    HTTPMatchRequest shared = intersect(s, m);
    if (shared == null || blocks.routes(i).firstCovering(List.of(shared)) >= 0) {
      return; // not expressible as one match (no claim), or a route of the team takes them all
    }
    leaks.put(i, new Leak(p, shared));
  }

  /**
   * A primary's delegations by the position of their delegate route: each one's range of merged
   * routes and its secondary, its routes' {@link CoveringRoutes} built on first use, and per merged
   * route whether it covers its own delegation (asked again for every delegation it meets).
   */
  private static final class Blocks {
    final ResourceRef[] secondary;
    private final int[] from;
    private final int[] to;
    private final CoveringRoutes[] covering;
    private final byte[] catchAll;
    private final List<EffectiveRoute> routes;
    int count;

    Blocks(int delegations, List<EffectiveRoute> routes) {
      this.secondary = new ResourceRef[delegations];
      this.from = new int[delegations];
      this.to = new int[delegations];
      this.covering = new CoveringRoutes[delegations];
      this.catchAll = new byte[routes.size()];
      this.routes = routes;
    }

    void add(int i, int position, ResourceRef delegate) {
      if (secondary[i] == null) {
        count++;
        from[i] = position;
      }
      secondary[i] = delegate;
      to[i] = position + 1;
    }

    boolean has(int i) {
      return secondary[i] != null;
    }

    CoveringRoutes routes(int i) {
      CoveringRoutes c = covering[i];
      if (c == null) {
        c = new CoveringRoutes();
        for (int p = from[i]; p < to[i]; p++) {
          RouteOrigin o = routes.get(p).origin();
          if (o.isDelegated() && o.rootIndex() == i) {
            c.add(routes.get(p).route().match());
          }
        }
        covering[i] = c;
      }
      return c;
    }

    /** Whether the merged route at {@code p} covers all of its delegation's {@code scope}. */
    boolean catchAll(int p, List<HTTPMatchRequest> scope) {
      if (catchAll[p] == 0) {
        catchAll[p] = Coverage.routeCovers(routes.get(p).route().match(), scope) ? (byte) 1 : 2;
      }
      return catchAll[p] == 1;
    }
  }

  private static List<HTTPMatchRequest> orAll(List<HTTPMatchRequest> matches) {
    return matches.isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : matches;
  }

  private static String teamOr(Context context, ResourceRef ref) {
    String team = context.teamOf(ref);
    return team == null ? ref.toString() : team;
  }

  /**
   * The requests both match: the narrower URI with the conditions of both; {@code null} when that
   * is not one match (URIs that do not nest, two different values of one condition, fields vsplit
   * does not model).
   */
  static HTTPMatchRequest intersect(HTTPMatchRequest a, HTTPMatchRequest b) {
    if (!a.extra().isEmpty() || !b.extra().isEmpty()) {
      return null;
    }
    HTTPMatchRequest ua = HTTPMatchRequest.uri(a.uri()).withIgnoreUriCase(a.ignoreUriCase());
    HTTPMatchRequest ub = HTTPMatchRequest.uri(b.uri()).withIgnoreUriCase(b.ignoreUriCase());
    HTTPMatchRequest out;
    if (Coverage.covers(ua, ub)) {
      out = ub;
    } else if (Coverage.covers(ub, ua)) {
      out = ua;
    } else {
      return null;
    }
    try {
      out = out.withScheme(one(a.scheme(), b.scheme()));
      out = out.withMethod(one(a.method(), b.method()));
      out = out.withAuthority(one(a.authority(), b.authority()));
      out = out.withHeaders(both(a.headers(), b.headers()));
      out = out.withQueryParams(both(a.queryParams(), b.queryParams()));
      out = out.withWithoutHeaders(both(a.withoutHeaders(), b.withoutHeaders()));
      out = out.withSourceLabels(both(a.sourceLabels(), b.sourceLabels()));
      out = out.withPort(one(a.port(), b.port()));
      out = out.withSourceNamespace(one(a.sourceNamespace(), b.sourceNamespace()));
      out = out.withGateways(gateways(a.gateways(), b.gateways()));
    } catch (IllegalArgumentException differ) {
      return null;
    }
    return out;
  }

  private static <T> T one(T a, T b) {
    if (a == null || (a instanceof StringMatch.Empty)) {
      return b;
    }
    if (b == null || (b instanceof StringMatch.Empty) || Objects.equals(a, b)) {
      return a;
    }
    throw differ();
  }

  private static <V> Map<String, V> both(Map<String, V> a, Map<String, V> b) {
    Map<String, V> out = new LinkedHashMap<>(a);
    for (var e : b.entrySet()) {
      V mine = out.putIfAbsent(e.getKey(), e.getValue());
      if (mine != null && !mine.equals(e.getValue())) {
        throw differ();
      }
    }
    return out;
  }

  private static List<String> gateways(List<String> a, List<String> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty() || a.equals(b)) {
      return a;
    }
    throw differ();
  }

  private static IllegalArgumentException differ() {
    return new IllegalArgumentException("two values of one condition");
  }
}
