package dev.vsplit.rules;

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
  static final String CODE = "VS111";

  InheritedCombination() {
    super(CODE, Severity.WARNING, "A secondary route plus fields inherited from the primary form a combination the webhook refuses on one route (e.g. redirect + inherited rewrite).");
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      for (EffectiveRoute er : evs.routes()) {
        if (!er.origin().isDelegated()) {
          continue;
        }
        VirtualService root = (VirtualService) context.resource(er.origin().root()).resource();
        VirtualService secondary = (VirtualService) context.resource(er.origin().delegate()).resource();
        HTTPRoute rootRoute = root.spec().http().get(er.origin().rootIndex());
        HTTPRoute own = secondary.spec().http().get(er.origin().delegateIndex());
        List<String> problems = new ArrayList<>();
        if (own.redirect() != null && own.rewrite() == null && rootRoute.rewrite() != null) {
          problems.add("its redirect with the primary's rewrite");
        }
        if (own.redirect() != null && own.fault() == null && rootRoute.fault() != null) {
          problems.add("its redirect with the primary's fault");
        }
        if (own.redirect() != null && own.directResponse() == null && rootRoute.directResponse() != null) {
          problems.add("its redirect with the primary's directResponse");
        }
        if (!own.route().isEmpty() && own.directResponse() == null && rootRoute.directResponse() != null) {
          problems.add("its route with the primary's directResponse");
        }
        if (own.directResponse() == null && rootRoute.directResponse() != null && own.rewrite() != null) {
          problems.add("its rewrite with the primary's directResponse");
        }
        if (own.mirror() != null && own.mirrors().isEmpty() && !rootRoute.mirrors().isEmpty()) {
          problems.add("its mirror with the primary's mirrors");
        }
        if (!own.mirrors().isEmpty() && own.mirror() == null && rootRoute.mirror() != null) {
          problems.add("its mirrors with the primary's mirror");
        }
        if (problems.isEmpty()) {
          continue;
        }
        ResourceRef ref = secondary.ref();
        String path = routePath(er.origin().delegateIndex());
        out.add(context.finding(this, ref, path,
            "merged into " + er.origin().root() + " " + routePath(er.origin().rootIndex()) + ", this route combines "
                + String.join(", ", problems) + "; Istio's webhook refuses that combination on a single route, does not check"
                + " merged routes, and does not document what Envoy then does",
            "set the field on this route explicitly, or remove it from the primary route"));
      }
    }
  }
}
