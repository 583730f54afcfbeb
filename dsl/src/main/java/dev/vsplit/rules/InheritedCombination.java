package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import java.util.ArrayList;
import java.util.List;

/**
 * A merged route that combines its own fields with fields inherited from the primary in a way the
 * webhook would refuse on a single route (redirect + rewrite, route + directResponse...). Istio
 * does not validate merged routes again, and what Envoy then does is not documented.
 */
final class InheritedCombination extends AbstractRule {
  InheritedCombination() {
    super(Code.VS111);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      ResourceRef looked = null; // a secondary's routes follow each other: one lookup for all
      VirtualService secondary = null;
      for (EffectiveRoute er : evs.routes()) {
        if (!er.origin().isDelegated()) {
          continue;
        }
        if (!er.origin().delegate().equals(looked)) {
          looked = er.origin().delegate();
          secondary = (VirtualService) context.resource(looked).resource();
        }
        HTTPRoute own = secondary.spec().http().get(er.origin().delegateIndex());
        HTTPRoute merged = er.route();
        Part redirect = new Part("redirect", merged.redirect() != null, own.redirect() != null);
        Part directResponse =
            new Part(
                "directResponse", merged.directResponse() != null, own.directResponse() != null);
        Part route = new Part("route", !merged.route().isEmpty(), !own.route().isEmpty());
        Part fault = new Part("fault", merged.fault() != null, own.fault() != null);
        Part rewrite = new Part("rewrite", merged.rewrite() != null, own.rewrite() != null);
        Part mirror = new Part("mirror", merged.mirror() != null, own.mirror() != null);
        Part mirrors = new Part("mirrors", !merged.mirrors().isEmpty(), !own.mirrors().isEmpty());
        if (!(redirect.inherited()
            || directResponse.inherited()
            || route.inherited()
            || fault.inherited()
            || rewrite.inherited()
            || mirror.inherited()
            || mirrors.inherited())) {
          continue; // every field set is the route's own: no pair below has an inherited side
        }
        // validateHTTPRouteConflict's pairs, on the merged route, where at least one side was
        // inherited
        List<Part[]> pairs = new ArrayList<>();
        if (redirect.set()) {
          pairs.add(new Part[] {redirect, fault});
          pairs.add(new Part[] {redirect, rewrite});
          pairs.add(new Part[] {redirect, directResponse});
        } else if (directResponse.set()) {
          pairs.add(new Part[] {route, directResponse});
          pairs.add(new Part[] {directResponse, fault});
          pairs.add(new Part[] {directResponse, rewrite});
        }
        pairs.add(new Part[] {mirror, mirrors});
        List<String> problems = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        String rootRoutePath = er.origin().root() + " " + routePath(er.origin().rootIndex());
        for (Part[] pair : pairs) {
          Part a = pair[0];
          Part b = pair[1];
          if (!a.set() || !b.set() || (a.own() && b.own())) {
            continue;
          }
          if (b.own() && !a.own()) {
            Part t = a;
            a = b;
            b = t;
          }
          problems.add(a.describe() + " with " + b.describe());
          fixes.add(
              a.own()
                  ? "remove "
                      + b.name()
                      + " from the primary route "
                      + rootRoutePath
                      + ", or "
                      + a.name()
                      + " from this route"
                  : "remove "
                      + a.name()
                      + " or "
                      + b.name()
                      + " from the primary route "
                      + rootRoutePath);
        }
        if (problems.isEmpty()) {
          continue;
        }
        ResourceRef ref = secondary.ref();
        String path = routePath(er.origin().delegateIndex());
        out.add(
            context.finding(
                this,
                ref,
                path,
                "merged into "
                    + er.origin().root()
                    + " "
                    + routePath(er.origin().rootIndex())
                    + ", this route combines "
                    + String.join(", ", problems)
                    + "; Istio's webhook refuses that combination on a single route, does not check"
                    + " merged routes, and does not document what Envoy then does",
                String.join("; ", fixes)));
      }
    }
  }

  /**
   * One field of the merged route: whether it is set, and whether this route set it (rather than
   * inheriting it).
   */
  private record Part(String name, boolean set, boolean own) {
    /** Set on the merged route by the primary, not by this route. */
    boolean inherited() {
      return set && !own;
    }

    String describe() {
      return (own ? "its " : "the primary's ") + name;
    }
  }
}
