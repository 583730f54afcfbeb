package dev.vsplit.rules;

import dev.vsplit.model.ResourceRef;
import dev.vsplit.routing.CoveringRoutes;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.RouteOrigin;
import java.util.List;

/**
 * An effective route that an earlier effective route always wins over: it can never match. Finds,
 * for each route, the first earlier one that covers it through {@link CoveringRoutes}, so a
 * primary with 250 000 effective routes costs about the length of their paths, not their square.
 */
final class RouteShadowed extends AbstractRule {
  static final String CODE = "VS115";

  RouteShadowed() {
    super(CODE, Severity.WARNING, "A route that an earlier route in the effective (merged) order always wins over: it never matches.");
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      List<EffectiveRoute> routes = evs.routes();
      CoveringRoutes before = new CoveringRoutes();
      for (int k = 0; k < routes.size(); k++) {
        EffectiveRoute later = routes.get(k);
        int j = before.firstCovering(later.route().match());
        before.add(later.route().match());
        if (j >= 0) {
          EffectiveRoute earlier = routes.get(j);
          RouteOrigin o = later.origin();
          ResourceRef ref = o.isDelegated() ? o.delegate() : o.root();
          int index = o.isDelegated() ? o.delegateIndex() : o.rootIndex();
          out.add(context.finding(this, ref, routePath(index),
              "this route never matches in " + evs.source().ref() + ": the earlier route " + earlier.origin().writtenAt()
                  + " (" + Describe.matches(earlier.route().match()) + ", effective position " + j
                  + ") matches every request it would (" + Describe.matches(later.route().match()) + ", position " + k + ")",
              "move it before the broader route, narrow the broader route, or delete it"));
        }
      }
    }
  }
}
