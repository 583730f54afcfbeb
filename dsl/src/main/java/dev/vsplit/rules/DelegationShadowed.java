package dev.vsplit.rules;

import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.CoveringRoutes;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.routing.Names;
import java.util.List;

/**
 * A primary delegation placed after a route that covers all of it ({@code /} before {@code /log}):
 * Istio evaluates top-down, so the later team gets only what the earlier routes leave. The first
 * covering route is found through {@link CoveringRoutes}, not by comparing every pair.
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
      CoveringRoutes before = new CoveringRoutes();
      for (int i = 0; i < http.size(); i++) {
        HTTPRoute later = http.get(i);
        int j = later.delegate() == null ? -1 : before.firstCovering(later.match());
        before.add(later.match());
        if (j < 0) {
          continue;
        }
        HTTPRoute earlier = http.get(j);
        ResourceRef ref = root.ref();
        String consequence = earlier.delegate() != null
            ? "its requests are offered to " + target(root, earlier) + "'s routes first and reach " + target(root, later)
                + " only where those do not match (a catch-all there takes everything)"
            : "the earlier route answers all of them, so " + target(root, later) + " never receives a request";
        out.add(context.finding(this, ref, routePath(i),
            "delegation of " + Describe.matches(later.match()) + " to " + target(root, later) + " comes after "
                + routePath(j) + " (" + Describe.matches(earlier.match()) + "), which covers it: " + consequence,
            "order delegations most specific first: move " + routePath(i) + " before " + routePath(j)));
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
