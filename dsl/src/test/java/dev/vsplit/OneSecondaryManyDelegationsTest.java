package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.InlineSpecs.withCode;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.routing.EffectiveRoute;
import org.junit.jupiter.api.Test;

/**
 * One primary delegating two prefixes to one secondary in two routes: Istio merges the secondary
 * once per route and keeps each team route in the merges it fits. A route under one of the prefixes
 * is therefore fine, in the DSL and in the engine.
 */
class OneSecondaryManyDelegationsTest {

  private static final Team SHOP = Team.named("shop").namespace("shop");
  private static final Secondary STOREFRONT = SHOP.secondary("storefront");

  private static final MeshSpec MESH =
      mesh(
          m ->
              m.primary("web", "default")
                  .hosts("web.example.com")
                  .delegate(prefix("/shop"), STOREFRONT)
                  .delegate(prefix("/store"), STOREFRONT));

  @Test
  void aRouteUnderOneOfThePrefixesIsKeptWhereItFits() {
    TeamSpec routes =
        team(
            STOREFRONT,
            http -> {
              http.route("cart")
                  .match(prefix("/shop/cart"))
                  .to(destination("cart.shop.svc.cluster.local"));
              http.route("legacy")
                  .match(prefix("/store/legacy"))
                  .to(destination("legacy.shop.svc.cluster.local"));
              http.route("catch-all").to(destination("shop.shop.svc.cluster.local"));
            });

    Generation g = Vsplit.load(MESH, routes);

    assertThat(g.findings()).as(describe(g)).isEmpty();
    // /shop's merge keeps cart and the catch-all; /store's keeps legacy and the catch-all
    assertThat(g.effective().get(0).routes())
        .extracting(EffectiveRoute::route)
        .extracting(r -> r.name())
        .containsExactly("cart", "catch-all", "legacy", "catch-all");
  }

  @Test
  void aRouteUnderNeitherPrefixIsStillOutsideTheScope() {
    TeamSpec routes =
        team(
            STOREFRONT,
            http ->
                http.route("elsewhere")
                    .match(prefix("/admin"))
                    .to(destination("admin.shop.svc.cluster.local")));

    Generation g = Vsplit.load(MESH, routes);

    assertThat(withCode(g, "VS201")).hasSize(1);
  }
}
