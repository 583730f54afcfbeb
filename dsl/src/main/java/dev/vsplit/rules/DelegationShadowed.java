package dev.vsplit.rules;

import dev.vsplit.base.Describe;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.CoveringRoutes;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.routing.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * A primary delegation placed after a route of the primary's own (with a destination, redirect or
 * direct response) that covers all of it: Istio evaluates top-down, so that route answers the
 * delegation's requests and the team never gets them. An earlier <em>delegation</em> covering it is
 * {@link DelegationAfterBroaderDelegation}. The first covering routes are found through {@link
 * CoveringRoutes}, not by comparing every pair.
 */
final class DelegationShadowed extends AbstractRule {
  DelegationShadowed() {
    super(Code.VS114);
  }

  /** A delegation of a primary, and the earlier routes that cover it. */
  record Covered(VirtualService root, int index, int plain, int delegation, int first) {}

  /**
   * For every delegation that an earlier route covers: the first plain route and the first
   * delegation that do.
   */
  static List<Covered> covered(Context context) {
    List<Covered> out = new ArrayList<>();
    MeshOptions mesh = context.mesh();
    for (VirtualService written : context.admitted()) {
      if (!written.isRoot()) {
        continue;
      }
      VirtualService root = Names.resolve(written, mesh);
      List<HTTPRoute> http = root.spec().http();
      // the primary's own routes and its delegations, each indexed apart, in evaluation order
      CoveringRoutes plainRoutes = new CoveringRoutes();
      List<Integer> plainAt = new ArrayList<>();
      CoveringRoutes delegations = new CoveringRoutes();
      List<Integer> delegationAt = new ArrayList<>();
      for (int i = 0; i < http.size(); i++) {
        HTTPRoute later = http.get(i);
        if (later.delegate() != null) {
          int p = plainRoutes.firstCovering(later.match());
          int d = delegations.firstCovering(later.match());
          int plain = p < 0 ? -1 : plainAt.get(p);
          int delegation = d < 0 ? -1 : delegationAt.get(d);
          int first = plain < 0 ? delegation : delegation < 0 ? plain : Math.min(plain, delegation);
          if (first >= 0) {
            out.add(new Covered(root, i, plain, delegation, first));
          }
          delegations.add(later.match());
          delegationAt.add(i);
        } else {
          plainRoutes.add(later.match());
          plainAt.add(i);
        }
      }
    }
    return out;
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (Covered c : context.coveredDelegations()) {
      if (c.plain() < 0) {
        continue; // only delegations cover it: DelegationAfterBroaderDelegation
      }
      VirtualService root = c.root();
      HTTPRoute later = root.spec().http().get(c.index());
      HTTPRoute earlier = root.spec().http().get(c.plain());
      String consequence =
          coversMergedRoutes(context, root, c.index(), earlier)
              ? "the earlier route answers all of them, so "
                  + target(root, later)
                  + " never receives a request"
              : "the earlier route answers every request the delegation's match admits; "
                  + target(root, later)
                  + " receives only what its merged routes admit beyond that match (a secondary's withoutHeaders"
                  + " replaces the primary's when Istio merges them, which can widen the match)";
      out.add(
          context.finding(
              this,
              root.ref(),
              routePath(c.index()),
              "delegation of "
                  + Describe.matches(later.match())
                  + " to "
                  + target(root, later)
                  + " comes after "
                  + routePath(c.plain())
                  + " ("
                  + Describe.matches(earlier.match())
                  + "), which covers it: "
                  + consequence,
              "order the primary's routes most specific first: move "
                  + routePath(c.index())
                  + " before "
                  + routePath(c.first())));
    }
  }

  /**
   * Whether {@code earlier} covers every effective route merged from the delegation at {@code
   * index}.
   */
  static boolean coversMergedRoutes(
      Context context, VirtualService root, int index, HTTPRoute earlier) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      if (!evs.source().ref().equals(root.ref())) {
        continue;
      }
      for (EffectiveRoute er : evs.routes()) {
        if (er.origin().isDelegated()
            && er.origin().rootIndex() == index
            && !Coverage.routeCovers(earlier.match(), er.route().match())) {
          return false;
        }
      }
    }
    return true;
  }

  static String target(VirtualService root, HTTPRoute route) {
    var d = route.delegate();
    if (d == null) {
      return "the route";
    }
    String ns = d.namespace() == null || d.namespace().isEmpty() ? root.namespace() : d.namespace();
    return ns + "/" + d.name();
  }
}
