package dev.vsplit.rules;

import dev.vsplit.model.ResourceRef;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.RouteOrigin;
import java.util.List;

/**
 * The reference of {@link IndexedRulesDifferentialTest}: VS115 ({@link RouteShadowed}) as it was
 * written first, comparing every effective route with every earlier one.
 */
final class ReferenceRouteShadowed extends AbstractRule {
  static final String CODE = "VS115";

  ReferenceRouteShadowed() {
    super(CODE, Severity.WARNING, "A route that an earlier route in the effective (merged) order always wins over: it never matches.");
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      List<EffectiveRoute> routes = evs.routes();
      for (int k = 1; k < routes.size(); k++) {
        EffectiveRoute later = routes.get(k);
        for (int j = 0; j < k; j++) {
          EffectiveRoute earlier = routes.get(j);
          if (!Coverage.routeCovers(earlier.route().match(), later.route().match())) {
            continue;
          }
          RouteOrigin o = later.origin();
          ResourceRef ref = o.isDelegated() ? o.delegate() : o.root();
          int index = o.isDelegated() ? o.delegateIndex() : o.rootIndex();
          out.add(context.finding(this, ref, routePath(index),
              "this route never matches in " + evs.source().ref() + ": the earlier route " + earlier.origin().writtenAt()
                  + " (" + Describe.matches(earlier.route().match()) + ", effective position " + j
                  + ") matches every request it would (" + Describe.matches(later.route().match()) + ", position " + k + ")",
              "move it before the broader route, narrow the broader route, or delete it"));
          break;
        }
      }
    }
  }
}
