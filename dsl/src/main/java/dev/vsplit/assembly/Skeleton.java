package dev.vsplit.assembly;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.Merger;
import java.util.List;

/**
 * The routes vsplit writes into a secondary by itself: the skeleton's one route while the team has
 * no TeamSpec (to the default backend, or fail-closed; neither is VS204), and the seal that ends a
 * sealed secondary.
 */
final class Skeleton {

  private Skeleton() {}

  /**
   * The skeleton's route for its whole scope, or {@code null} when the mesh spec gives it none
   * (reported, the fix worded by {@code wording}).
   */
  static HTTPRoute route(PlacedSecondary p, List<Finding> findings, Wording wording) {
    DeclaredSecondary s = p.secondary();
    if (s.defaultBackend() != null) {
      return HTTPRoute.EMPTY.withRoute(List.of(HTTPRouteDestination.to(s.defaultBackend())));
    }
    if (s.failClosedStatus() != null) {
      return HTTPRoute.EMPTY.withDirectResponse(HTTPDirectResponse.of(s.failClosedStatus()));
    }
    findings.add(DslFindings.noSkeleton(s, p.scope(), wording));
    return null;
  }

  /**
   * The catch-all that ends a sealed secondary, or {@code null}: when it is not sealed, or when the
   * routes already take every request of the scope (a skeleton, a team route without match, or one
   * whose match covers the delegation's, like {@code prefix("/log")} under {@code /log}): a seal
   * after them could never match, and Istio's webhook or vsplit's engine would warn.
   */
  static HTTPRoute seal(PlacedSecondary p, List<HTTPRoute> http) {
    Integer status = p.secondary().sealStatus();
    return status == null || routesWholeScope(http, p.placed())
        ? null
        : HTTPRoute.EMPTY.withDirectResponse(HTTPDirectResponse.of(status));
  }

  private static boolean routesWholeScope(List<HTTPRoute> http, List<Placed> placed) {
    for (Placed p : placed) {
      List<HTTPMatchRequest> roots = ScopeCheck.roots(p);
      for (HTTPMatchRequest root : roots.isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : roots) {
        // each route as Istio merges it under the root (a route without match: the root itself)
        if (http.stream().noneMatch(r -> Coverage.routeCovers(merged(r, root), List.of(root)))) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<HTTPMatchRequest> merged(HTTPRoute route, HTTPMatchRequest root) {
    return route.match().stream().map(m -> Merger.mergeMatch(root, m)).toList();
  }
}
