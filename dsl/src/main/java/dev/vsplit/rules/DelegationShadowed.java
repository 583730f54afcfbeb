package dev.vsplit.rules;

import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.routing.Names;
import java.util.List;

/**
 * A primary delegation placed after a route that covers all of it ({@code /} before {@code /log}):
 * Istio evaluates top-down, so the later team gets only what the earlier routes leave.
 */
final class DelegationShadowed extends AbstractRule {
  static final String CODE = "VS114";

  DelegationShadowed() {
    super(CODE, Severity.ERROR, "A primary delegation placed after a broader route that covers it (/ before /log): its requests go to the earlier route first.");
  }

  @Override
  public void check(Context context, List<Finding> out) {
    MeshOptions mesh = context.mesh();
    for (VirtualService written : context.admitted()) {
      if (!written.isRoot()) {
        continue;
      }
      VirtualService root = Names.resolve(written, mesh);
      List<HTTPRoute> http = root.spec().http();
      for (int i = 1; i < http.size(); i++) {
        HTTPRoute later = http.get(i);
        if (later.delegate() == null) {
          continue;
        }
        // a plain route that covers the delegation takes all of its requests: report that one first;
        // an earlier delegation only offers them to its secondary's routes
        int cover = -1;
        int first = -1;
        for (int j = 0; j < i; j++) {
          if (Coverage.routeCovers(http.get(j).match(), later.match())) {
            first = first < 0 ? j : first;
            if (cover < 0 || http.get(cover).delegate() != null && http.get(j).delegate() == null) {
              cover = j;
            }
          }
        }
        if (cover < 0) {
          continue;
        }
        HTTPRoute earlier = http.get(cover);
        ResourceRef ref = root.ref();
        String consequence = earlier.delegate() != null
            ? "its requests are offered to " + target(root, earlier) + "'s routes first and reach " + target(root, later)
                + " only where those do not match (a catch-all there takes everything)"
            : coversMergedRoutes(context, root, i, earlier)
                ? "the earlier route answers all of them, so " + target(root, later) + " never receives a request"
                : "the earlier route answers every request the delegation's match admits; " + target(root, later)
                    + " receives only what its merged routes admit beyond that match (a secondary's withoutHeaders"
                    + " replaces the primary's when Istio merges them, which can widen the match)";
        out.add(context.finding(this, ref, routePath(i),
            "delegation of " + Describe.matches(later.match()) + " to " + target(root, later) + " comes after "
                + routePath(cover) + " (" + Describe.matches(earlier.match()) + "), which covers it: " + consequence,
            "order delegations most specific first: move " + routePath(i) + " before " + routePath(first)));
      }
    }
  }

  /** Whether {@code earlier} covers every effective route merged from the delegation at {@code index}. */
  private static boolean coversMergedRoutes(Context context, VirtualService root, int index, HTTPRoute earlier) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      if (!evs.source().ref().equals(root.ref())) {
        continue;
      }
      for (EffectiveRoute er : evs.routes()) {
        if (er.origin().isDelegated() && er.origin().rootIndex() == index
            && !Coverage.routeCovers(earlier.match(), er.route().match())) {
          return false;
        }
      }
    }
    return true;
  }

  private static String target(VirtualService root, HTTPRoute route) {
    var d = route.delegate();
    if (d == null) {
      return "the route";
    }
    String ns = d.namespace() == null || d.namespace().isEmpty() ? root.namespace() : d.namespace();
    return ns + "/" + d.name();
  }
}
