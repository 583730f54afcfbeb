package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resolving a VirtualService's names copies only what changes: a route whose destination hosts are
 * already resolved is kept as it is, not copied (a mesh's effective routes would otherwise hold a
 * second copy of every route and destination).
 */
class NamesResolveTest {

  private static HTTPRoute to(String host) {
    return HTTPRoute.EMPTY.withRoute(List.of(HTTPRouteDestination.to(Destination.host(host))));
  }

  @Test
  void aRouteWhoseHostsAreResolvedIsKeptAndAShortHostIsResolved() {
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
