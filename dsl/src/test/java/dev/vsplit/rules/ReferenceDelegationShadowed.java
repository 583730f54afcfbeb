package dev.vsplit.rules;

import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.routing.Names;
import java.util.List;

/**
 * The reference of {@link IndexedRulesDifferentialTest}: VS114 ({@link DelegationShadowed}) as it
 * was written first, comparing every delegation with every earlier route of its primary.
 */
final class ReferenceDelegationShadowed extends AbstractRule {
  static final String CODE = "VS114";

  ReferenceDelegationShadowed() {
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
        for (int j = 0; j < i; j++) {
          HTTPRoute earlier = http.get(j);
          if (!Coverage.routeCovers(earlier.match(), later.match())) {
            continue;
          }
          ResourceRef ref = root.ref();
          String consequence = earlier.delegate() != null
              ? "its requests are offered to " + target(root, earlier) + "'s routes first and reach " + target(root, later)
                  + " only where those do not match (a catch-all there takes everything)"
              : "the earlier route answers all of them, so " + target(root, later) + " never receives a request";
          out.add(context.finding(this, ref, routePath(i),
              "delegation of " + Describe.matches(later.match()) + " to " + target(root, later) + " comes after "
                  + routePath(j) + " (" + Describe.matches(earlier.match()) + "), which covers it: " + consequence,
              "order delegations most specific first: move " + routePath(i) + " before " + routePath(j)));
          break;
        }
      }
    }
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
