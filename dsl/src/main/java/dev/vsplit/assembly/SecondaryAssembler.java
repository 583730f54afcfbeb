package dev.vsplit.assembly;

import dev.vsplit.base.FieldPath;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import java.util.ArrayList;
import java.util.List;

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
    RouteSites sites = new RouteSites();
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
                  FieldPath.httpRoute(declared) + "." + r.field(),
                  p.secondary().team().name(),
                  route.route().name(),
                  r));
        }
        HTTPRoute built = teamRoute(p, scope, route, declared, findings);
        if (built != null) {
          sites.add(route.site(), route.fieldSites(), route.matches());
          http.add(built);
        }
      }
    } else {
      source = p.placed().get(0).primary().spec();
      HTTPRoute skeleton = Skeleton.route(p, findings, wording);
      if (skeleton == null) {
        return null;
      }
      sites.add(p.secondary().site());
      http.add(skeleton);
    }
    HTTPRoute seal = Skeleton.seal(p, http);
    if (seal != null) {
      sites.add(p.secondary().site());
      http.add(seal);
    }
    return Resources.secondary(p.secondary(), http, sites, source, written == null);
  }

  /**
   * A team's route with its matches made absolute, completed and checked against the scope; {@code
   * null} if it breaks it. Findings name the route and match as written ({@code index}), which is
   * not its place in the output once a route is left out.
   */
  private static HTTPRoute teamRoute(
      PlacedSecondary p, ScopeCheck scope, WrittenRoute route, int index, List<Finding> findings) {
    HTTPRoute base = route.route();
    boolean ok = true;
    if (base.route().isEmpty() && base.redirect() == null && base.directResponse() == null) {
      findings.add(
          DslFindings.routeWithoutAction(
              p.ref(), FieldPath.httpRoute(index), p.secondary().team().name(), route.site()));
      ok = false;
    }
    DestinationPolicy.check(p.secondary(), base, index, route.site(), findings);
    List<HTTPMatchRequest> matches = new ArrayList<>(route.matches().size());
    for (int j = 0; j < route.matches().size(); j++) {
      HTTPMatchRequest m = scope.check(route.matches().get(j), index, j);
      if (m == null) {
        ok = false;
        continue;
      }
      matches.add(m);
    }
    if (!ok) {
      return null;
    }
    return base.withMatch(matches);
  }
}
