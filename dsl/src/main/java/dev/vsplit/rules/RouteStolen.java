package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.RouteOrigin;
import dev.vsplit.routing.Shadowing;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A route that never matches because routes of <em>another</em> secondary (or of the primary
 * itself), earlier in the effective order, take every request it would: one team's routes steal
 * another's, the breakage the seed document warns of ({@code /} placed before {@code /log} steals
 * {@code /login}). Within one owner the same situation is {@link RouteShadowed}, a warning.
 */
final class RouteStolen extends AbstractRule {
  RouteStolen() {
    super(Code.VS117);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      List<EffectiveRoute> routes = evs.routes();
      for (Shadowing.Shadow s : context.shadows(evs)) {
        if (!RouteShadowed.stolen(routes, s)) {
          continue;
        }
        EffectiveRoute later = routes.get(s.route());
        RouteOrigin o = later.origin();
        ResourceRef ref = RouteShadowed.owner(later);
        int index = o.isDelegated() ? o.delegateIndex() : o.rootIndex();
        Set<String> thieves = new LinkedHashSet<>();
        for (int j : s.by()) {
          ResourceRef other = RouteShadowed.owner(routes.get(j));
          String team = context.teamOf(other);
          thieves.add(other + (team == null ? "" : " (team " + team + ")"));
        }
        out.add(
            context.finding(
                this,
                ref,
                routePath(index),
                RouteShadowed.message(evs, routes, s)
                    + "; those routes belong to "
                    + String.join(" and ", thieves)
                    + ", so Istio sends this route's requests there",
                "order the primary's delegations most specific first, or narrow the other team's route so it leaves these"
                    + " requests"));
      }
    }
  }
}
