package dev.vsplit.assembly;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Equal values a spec writes are one object ({@link Canonical}): a team's routes name the same
 * backends, timeouts and retries again and again, and every copy stayed in the heap until the
 * output was written.
 */
class CanonicalTest {

  @Test
  void routesThatWriteEqualValuesShareThem() {
    RecordingRoutes routes = new RecordingRoutes(null);
    for (String name : List.of("a", "b")) {
      routes
          .route(name)
          .match(prefix("/" + name))
          .to(destination("orders").port(8080).subset("stable"))
          .timeout(name.length() * 3 + "s") // equal, not the same string
          .retries(3, "500ms", "5xx");
    }
    routes
        .route("canary")
        .match(prefix("/c"))
        .to(
            destination("orders").port(8080).subset("stable").weight(90),
            destination("orders").port(8080).subset("canary").weight(10));

    List<HTTPRoute> written = routes.written().stream().map(WrittenRoute::route).toList();
    HTTPRoute a = written.get(0);
    HTTPRoute b = written.get(1);
    HTTPRouteDestination weighted = written.get(2).route().get(0);

    assertThat(b.route()).isEqualTo(a.route()).isSameAs(a.route());
    assertThat(b.timeout()).isSameAs(a.timeout());
    assertThat(b.retries()).isEqualTo(a.retries()).isSameAs(a.retries());
    // another weight is another destination entry, to the same backend
    assertThat(weighted.weight()).isEqualTo(90);
    assertThat(weighted.destination()).isSameAs(a.route().get(0).destination());
  }

  @Test
  void aMirrorSharesTheBackendItNames() {
    RecordingRoutes routes = new RecordingRoutes(null);
    routes
        .route("a")
        .match(prefix("/a"))
        .to(destination("orders").port(8080).subset("stable"))
        .mirror(destination("orders").port(8080).subset("stable"));
    routes
        .route("b")
        .match(prefix("/b"))
        .to(destination("carts"))
        .mirror(destination("orders").port(8080).subset("stable"));

    List<HTTPRoute> written = routes.written().stream().map(WrittenRoute::route).toList();
    assertThat(written.get(0).mirror()).isSameAs(written.get(0).route().get(0).destination());
    assertThat(written.get(1).mirror()).isSameAs(written.get(0).mirror());
    assertThat(written.get(1).route().get(0).destination().host()).isEqualTo("carts");
  }

  @Test
  void valuesThatDifferStayApart() {
    Canonical canonical = new Canonical();
    List<HTTPRouteDestination> orders =
        canonical.destinations(List.of(destination("orders").toRouteDestination()));
    List<HTTPRouteDestination> carts =
        canonical.destinations(List.of(destination("carts").toRouteDestination()));

    assertThat(orders).isNotEqualTo(carts);
    assertThat(orders.get(0).destination().host()).isEqualTo("orders");
    assertThat(carts.get(0).destination().host()).isEqualTo("carts");
    assertThat(canonical.of((String) null)).isNull();
    assertThat(canonical.destinations(List.of())).isEmpty();
  }

  @Test
  void destinationsShareOnlyWithEqualOnes() {
    Canonical canonical = new Canonical();
    HTTPRouteDestination stable =
        destination("orders").port(8080).subset("stable").toRouteDestination();
    List<HTTPRouteDestination> first = canonical.destinations(List.of(stable));
    List<HTTPRouteDestination> again =
        canonical.destinations(
            List.of(destination("orders").port(8080).subset("stable").toRouteDestination()));
    assertThat(again).isSameAs(first);

    // any field that differs keeps the destination apart: port, subset, weight, headers, host
    for (var other :
        List.of(
            destination("orders").port(8081).subset("stable"),
            destination("orders").subset("stable"),
            destination("orders").port(8080).subset("canary"),
            destination("orders").port(8080).subset("stable").weight(100),
            destination("orders").port(8080).subset("stable").setRequestHeader("x-a", "b"),
            destination("carts").port(8080).subset("stable"))) {
      HTTPRouteDestination d = other.toRouteDestination();
      List<HTTPRouteDestination> kept = canonical.destinations(List.of(d));
      assertThat(kept).containsExactly(d).isNotEqualTo(first);
    }

    // a split to the same backends with the same weights is one list; other weights another
    List<HTTPRouteDestination> split =
        canonical.destinations(
            List.of(
                destination("orders").subset("stable").weight(90).toRouteDestination(),
                destination("orders").subset("canary").weight(10).toRouteDestination()));
    List<HTTPRouteDestination> sameSplit =
        canonical.destinations(
            List.of(
                destination("orders").subset("stable").weight(90).toRouteDestination(),
                destination("orders").subset("canary").weight(10).toRouteDestination()));
    List<HTTPRouteDestination> otherSplit =
        canonical.destinations(
            List.of(
                destination("orders").subset("stable").weight(80).toRouteDestination(),
                destination("orders").subset("canary").weight(20).toRouteDestination()));
    assertThat(sameSplit).isSameAs(split);
    assertThat(otherSplit).isNotEqualTo(split);
    assertThat(otherSplit.get(0).destination()).isSameAs(split.get(0).destination());
  }
}
