package dev.vsplit;

import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.line;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.InlineSpecs.withCode;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A team's destination policy ({@link Team#allowedDestinations}): routing or mirroring outside it
 * is VS230 at the line of the route; without a policy, anywhere goes.
 */
class DestinationPolicyTest {

  static final Team SHOP =
      Team.named("shop").namespace("shop").allowedDestinations("shop/*", "*.example.com");
  static final Secondary VS = SHOP.secondary("shop-routes");

  static Generation load(Secondary s, Consumer<Routes> routes) {
    return Vsplit.load(
        mesh(
            m -> m.primary("web", "default").hosts("web.example.com").delegate(prefix("/shop"), s)),
        team(s, routes));
  }

  @Test
  void destinationsInsideThePolicyPass() {
    Generation g =
        load(
            VS,
            http -> {
              http.route().match(prefix("/shop")).to(Backend.destination("cart")); // shop/*
              http.route()
                  .match(prefix("/shop/a"))
                  .to(Backend.destination("cart.shop.svc.cluster.local"))
                  .mirror(Backend.destination("audit.example.com"));
            });

    // the short host draws VS110 (a warning about the primary's namespace), nothing about policy
    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(withCode(g, "VS230")).isEmpty();
  }

  @Test
  void aRouteToAnotherNamespaceIsAnErrorAtItsLine() {
    int[] at = new int[1];
    Generation g =
        load(
            VS,
            http -> {
              // spotless:off (the finding must point at this line: keep the call on it)
              at[0] = line(); http.route().match(prefix("/shop")).to(Backend.destination("payments.pay.svc.cluster.local"));
              // spotless:on
            });

    List<Finding> found = withCode(g, "VS230");
    assertThat(found).as(describe(g)).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.resource()).isEqualTo("shop/shop-routes");
    assertThat(f.path()).isEqualTo("spec.http[0].route[0].destination.host");
    assertThat(f.team()).isEqualTo("shop");
    assertThat(f.source()).isEqualTo(Location.of("dev/vsplit/DestinationPolicyTest.java", at[0]));
    assertThat(f.message())
        .isEqualTo(
            "route to \"payments.pay.svc.cluster.local\" is outside the destinations team shop may"
                + " use: shop/*, *.example.com");
  }

  @Test
  void aMirrorOutsideThePolicyIsAnError() {
    Generation g =
        load(
            VS,
            http ->
                http.route()
                    .match(prefix("/shop"))
                    .to(Backend.destination("cart"))
                    .mirror(Backend.destination("evil.attacker.io")));

    assertThat(withCode(g, "VS230"))
        .as(describe(g))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("spec.http[0].mirror.host");
              assertThat(f.message()).startsWith("mirror to \"evil.attacker.io\" is outside");
            });
  }

  @Test
  void aShortHostResolvesInTheSecondarysNamespace() {
    // "cart" in a secondary of namespace "other" is cart.other.svc.cluster.local, not shop's
    Secondary elsewhere = SHOP.secondary("shop-other", "other");
    Generation g =
        load(
            elsewhere, http -> http.route().match(prefix("/shop")).to(Backend.destination("cart")));

    assertThat(withCode(g, "VS230"))
        .as(describe(g))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("route to \"cart\" (cart.other.svc.cluster.local) is outside"));
  }

  @Test
  void aWildcardDoesNotAllowItsBareDomainOrALookalike() {
    Generation g =
        load(
            VS,
            http -> {
              http.route().match(prefix("/shop/a")).to(Backend.destination("example.com"));
              http.route().match(prefix("/shop/b")).to(Backend.destination("x.evilexample.com"));
              http.route().match(prefix("/shop/c")).to(Backend.destination("cart.shop.evil.io"));
            });

    assertThat(withCode(g, "VS230")).as(describe(g)).hasSize(3);
  }

  @Test
  void withoutAPolicyAnywhereGoes() {
    Secondary free = Team.named("free").namespace("free").secondary("free-routes");
    Generation g =
        load(
            free,
            http ->
                http.route()
                    .match(prefix("/shop"))
                    .to(Backend.destination("payments.pay.svc.cluster.local")));

    assertThat(withCode(g, "VS230")).as(describe(g)).isEmpty();
  }

  @Test
  void addAllowedDestinationsAppendsAndAllowedDestinationsReplaces() {
    Team t = Team.named("t").allowedDestinations("a/*").addAllowedDestinations("b/*");
    assertThat(t.allowedDestinations()).containsExactly("a/*", "b/*");
    assertThat(t.allowedDestinations("c/*").allowedDestinations()).containsExactly("c/*");
    assertThat(Team.named("t").allowedDestinations()).isEmpty();
  }
}
