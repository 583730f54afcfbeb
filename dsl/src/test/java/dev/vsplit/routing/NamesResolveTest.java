package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resolving a route's destination hosts in its namespace copies only what changes: a route whose
 * destination hosts are already resolved is kept as it is, not copied (a mesh's effective routes
 * would otherwise hold a second copy of every route and destination).
 */
class NamesResolveTest {

  private static HTTPRoute to(String... hosts) {
    return HTTPRoute.EMPTY.withRoute(
        Arrays.stream(hosts).map(h -> HTTPRouteDestination.to(Destination.host(h))).toList());
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

  @Test
  void aVirtualServiceKeepsItsResolvedRoutesAndResolvesItsShortHosts() {
    HTTPRoute resolved = to("reviews.shop.svc.cluster.local");
    HTTPRoute shortHost = to("reviews");
    VirtualService vs =
        new VirtualService(
            ObjectMeta.of("vs", "shop"),
            VirtualServiceSpec.EMPTY
                .withHosts(List.of("shop.example.com"))
                .withHttp(List.of(resolved, shortHost)));

    List<HTTPRoute> http = Names.resolve(vs, MeshOptions.DEFAULTS).spec().http();

    assertThat(http.get(0)).isSameAs(resolved);
    assertThat(http.get(1)).isNotSameAs(shortHost);
    assertThat(http.get(1).route().get(0).destination().host())
        .isEqualTo("reviews.shop.svc.cluster.local");
  }
}
