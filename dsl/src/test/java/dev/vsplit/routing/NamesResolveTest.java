package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import org.junit.jupiter.api.Test;

/** Resolving a route's destination hosts in its namespace. */
class NamesResolveTest {

  private static HTTPRoute to(String... hosts) {
    return HTTPRoute.EMPTY.withRoute(
        java.util.Arrays.stream(hosts)
            .map(h -> HTTPRouteDestination.to(Destination.host(h)))
            .toList());
  }

  @Test
  void shortHostsAreResolvedEachTheSameWay() {
    HTTPRoute resolved =
        Names.resolveRoute(to("reviews", "ratings.other", "reviews"), "ns1", MeshOptions.DEFAULTS);
    assertThat(resolved.route())
        .extracting(d -> d.destination().host())
        .containsExactly(
            "reviews.ns1.svc.cluster.local", "ratings.other", "reviews.ns1.svc.cluster.local");
  }

  /** Every route of a mesh is resolved before merging; most need no change, and are not copied. */
  @Test
  void aRouteWhoseHostsStayIsTheSameRoute() {
    HTTPRoute route = to("reviews.ns1.svc.cluster.local", "10.0.0.1", "*");
    assertThat(Names.resolveRoute(route, "ns1", MeshOptions.DEFAULTS)).isSameAs(route);
    assertThat(Names.resolveRoute(HTTPRoute.EMPTY, "ns1", MeshOptions.DEFAULTS))
        .isSameAs(HTTPRoute.EMPTY);
  }
}
