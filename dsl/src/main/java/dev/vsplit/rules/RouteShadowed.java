package dev.vsplit.rules;

import dev.vsplit.base.Describe;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.RouteOrigin;
import dev.vsplit.routing.Shadowing;
import java.util.ArrayList;
import java.util.List;

/**
 * An effective route that earlier effective routes always win over: it can never match. Decided by
 * {@link Shadowing}: sound, exact where no regex or {@code ignoreUriCase} is involved, silent where
 * a regex makes it undecidable.
 */
final class RouteShadowed extends AbstractRule {
  RouteShadowed() {
    super(Code.VS115);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      List<EffectiveRoute> routes = evs.routes();
      for (Shadowing.Shadow s : context.shadows(evs)) {
        if (stolen(routes, s)) {
          continue; // another owner's routes take it: RouteStolen reports that as an error
        }
        int k = s.route();
        EffectiveRoute later = routes.get(k);
        RouteOrigin o = later.origin();
        ResourceRef ref = o.isDelegated() ? o.delegate() : o.root();
        int index = o.isDelegated() ? o.delegateIndex() : o.rootIndex();
        out.add(context.finding(this, ref, routePath(index), message(evs, routes, s), hint(s)));
      }
    }
  }

  /**
   * Who answers for a route: the secondary it was merged from, or the VirtualService that wrote it.
   */
  static ResourceRef owner(EffectiveRoute route) {
    return route.origin().isDelegated() ? route.origin().delegate() : route.origin().root();
  }

  /**
   * Whether every earlier route that takes the shadowed route's requests belongs to another owner.
   */
  static boolean stolen(List<EffectiveRoute> routes, Shadowing.Shadow s) {
    if (s.by().isEmpty() || !s.contradictory().isEmpty()) {
      return false;
    }
    ResourceRef self = owner(routes.get(s.route()));
    return s.by().stream().noneMatch(j -> owner(routes.get(j)).equals(self));
  }

  static String message(
      EffectiveVirtualService evs, List<EffectiveRoute> routes, Shadowing.Shadow s) {
    EffectiveRoute later = routes.get(s.route());
    String self = Describe.matches(later.route().match());
    StringBuilder m =
        new StringBuilder("this route never matches in ").append(evs.source().ref()).append(": ");
    List<Integer> by = s.by();
    if (by.size() == 1) {
      EffectiveRoute earlier = routes.get(by.get(0));
      m.append("the earlier route ")
          .append(earlier.origin().writtenAt())
          .append(" (")
          .append(Describe.matches(earlier.route().match()))
          .append(", effective position ")
          .append(by.get(0))
          .append(") matches every request it would (")
          .append(self)
          .append(", position ")
          .append(s.route())
          .append(')');
    } else if (by.size() > 1) {
      List<String> names = new ArrayList<>();
      for (int j : by) {
        EffectiveRoute earlier = routes.get(j);
        names.add(
            earlier.origin().writtenAt()
                + " ("
                + Describe.matches(earlier.route().match())
                + ", effective position "
                + j
                + ")");
      }
      m.append("the earlier routes ")
          .append(String.join(" and ", names))
          .append(" together match every request it would (")
          .append(self)
          .append(", position ")
          .append(s.route())
          .append(')');
    }
    if (!s.contradictory().isEmpty()) {
      List<String> parts = new ArrayList<>();
      List<dev.vsplit.model.HTTPMatchRequest> matches = later.route().match();
      for (int j : s.contradictory()) {
        parts.add(
            matches.size() <= 1
                ? "its match"
                    + (matches.isEmpty() ? "" : " (" + Describe.match(matches.get(0)) + ")")
                : "match[" + j + "] (" + Describe.match(matches.get(j)) + ")");
      }
      m.append(by.isEmpty() ? "" : "; ")
          .append(String.join(" and ", parts))
          .append(parts.size() == 1 ? " can match no request: its" : " can match no request: their")
          .append(
              " header conditions contradict each other (headers and withoutHeaders on the same header)");
    }
    return m.toString();
  }

  private static String hint(Shadowing.Shadow s) {
    if (s.by().isEmpty()) {
      return "fix the header conditions, or delete the route";
    }
    return "move it before the broader route, narrow the broader route, or delete it";
  }
}
