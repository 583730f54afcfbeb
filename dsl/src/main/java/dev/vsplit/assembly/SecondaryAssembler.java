package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One secondary VirtualService: the team's routes, each checked against the scope ({@link
 * ScopeCheck}; a route without action is VS208, a TeamSpec without routes VS209), or the skeleton
 * while the team has no TeamSpec; then the seal when the secondary is sealed.
 */
final class SecondaryAssembler {

  private SecondaryAssembler() {}

  /**
   * Returns the secondary, or {@code null} when it cannot be generated (reported).
   *
   * @param written what its TeamSpec wrote, or {@code null} when it has none
   * @param wording how the front end words a fix in the findings
   */
  static GeneratedResource assemble(
      PlacedSecondary p,
      WrittenRoutes written,
      Placements placements,
      List<Finding> findings,
      Wording wording) {
    findings.addAll(p.nameProblems());
    if (!p.validName()) {
      return null;
    }
    List<HTTPRoute> http = new ArrayList<>();
    Map<String, Location> sites = new LinkedHashMap<>();
    String source;
    if (written != null) {
      source = written.spec();
      if (written.failure() != null) {
        findings.add(written.failure());
        return null;
      }
      if (written.routes() == null) {
        throw new IllegalStateException(
            written.spec() + " writes the routes of " + p.ref() + " but was never run");
      }
      if (written.routes().isEmpty()) {
        findings.add(
            DslFindings.teamSpecWithoutRoutes(written.spec(), p.secondary(), written.site()));
        return null;
      }
      ScopeCheck scope = new ScopeCheck(p, placements, findings);
      for (int declared = 0; declared < written.routes().size(); declared++) {
        WrittenRoute route = written.routes().get(declared);
        for (RefusedField r : route.refused()) {
          findings.add(
              DslFindings.refusedField(
                  p.ref(),
                  "spec.http[" + declared + "]." + r.field(),
                  p.secondary().team().name(),
                  route.route().name(),
                  r));
        }
        HTTPRoute built = teamRoute(p, scope, route, declared, http.size(), sites, findings);
        if (built != null) {
          String at = "spec.http[" + http.size() + "]";
          sites.put(at, route.site());
          route.fieldSites().forEach((field, site) -> sites.put(at + "." + field, site));
          http.add(built);
        }
      }
    } else {
      source = p.placed().get(0).primary().spec();
      HTTPRoute skeleton = Skeleton.route(p, findings, wording);
      if (skeleton == null) {
        return null;
      }
      sites.put("spec.http[0]", p.secondary().site());
      http.add(skeleton);
    }
    HTTPRoute seal = Skeleton.seal(p, http);
    if (seal != null) {
      sites.put("spec.http[" + http.size() + "]", p.secondary().site());
      http.add(seal);
    }
    return Resources.secondary(p.secondary(), http, sites, source, written == null);
  }

  /**
   * A team's route with its matches made absolute, completed and checked against the scope; {@code
   * null} if it breaks it. Findings name the route and match as written ({@code index}); the source
   * map gets the route's place in the output ({@code position}), which differs once a route is left
   * out.
   */
  private static HTTPRoute teamRoute(
      PlacedSecondary p,
      ScopeCheck scope,
      WrittenRoute route,
      int index,
      int position,
      Map<String, Location> sites,
      List<Finding> findings) {
    HTTPRoute base = route.route();
    String routePath = "spec.http[" + index + "]";
    boolean ok = true;
    if (base.route().isEmpty() && base.redirect() == null && base.directResponse() == null) {
      findings.add(
          DslFindings.routeWithoutAction(
              p.ref(), routePath, p.secondary().team().name(), route.site()));
      ok = false;
    }
    DestinationPolicy.check(p.secondary(), base, routePath, route.site(), findings);
    List<HTTPMatchRequest> matches = new ArrayList<>();
    for (int j = 0; j < route.matches().size(); j++) {
      HTTPMatchRequest m = scope.check(route.matches().get(j), routePath + ".match[" + j + "]");
      if (m == null) {
        ok = false;
        continue;
      }
      matches.add(m);
    }
    if (!ok) {
      return null;
    }
    for (int j = 0; j < matches.size(); j++) {
      sites.put("spec.http[" + position + "].match[" + j + "]", route.matches().get(j).site());
    }
    return base.withMatch(matches);
  }
}
