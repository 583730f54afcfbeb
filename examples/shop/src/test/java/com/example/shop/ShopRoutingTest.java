package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.accounts.AccountRoutes;
import com.example.shop.catalog.CatalogRoutes;
import com.example.shop.checkout.CheckoutRoutes;
import com.example.shop.checkout.OrdersRoutes;
import com.example.shop.web.WebRoutes;
import dev.vsplit.testing.MeshRoutes;
import org.junit.jupiter.api.Test;

/** Where the shop's requests go, team by team, through the merged routes of both hosts. */
class ShopRoutingTest {

  static final MeshRoutes shop =
      MeshRoutes.of(
          new ShopMesh(),
          new WebRoutes(),
          new AccountRoutes(),
          new CheckoutRoutes(),
          new OrdersRoutes(),
          new CatalogRoutes());

  @Test
  void testersOptInToCatalogV2WithAHeader() {
    // GET /api/catalog/products with header x-catalog-version: v2 goes to catalog v2 of team
    // catalog
    shop.get("/api/catalog/products/42")
        .onHost("api.example.com")
        .withHeader("x-catalog-version", "v2")
        .goesTo("catalog", "v2")
        .withWeight(100)
        .ofTeam("catalog")
        .viaSecondary("catalog/catalog-api");
  }

  @Test
  void everyoneElseGetsTheTenPercentCanary() {
    shop.get("/api/catalog/products/42")
        .onHost("api.example.com")
        .goesTo("catalog", "v1")
        .withWeight(90)
        .ofTeam("catalog");
    shop.get("/api/catalog/products/42")
        .onHost("api.example.com")
        .goesTo("catalog", "v2")
        .withWeight(10);
  }

  @Test
  void ordersAreWrittenAndReadByDifferentServices() {
    shop.post("/api/orders").onHost("api.example.com").goesTo("orders-writer").ofTeam("checkout");
    shop.put("/api/orders/7").onHost("api.example.com").goesTo("orders-writer").ofTeam("checkout");
    shop.get("/api/orders/7").onHost("api.example.com").goesTo("orders-reader").ofTeam("checkout");
  }

  @Test
  void searchHasNoRoutesYetAndFailsClosed() {
    shop.get("/api/search?q=shoes").onHost("api.example.com").answers(503).ofTeam("search");
  }

  @Test
  void accountsRedirectsTheLegacySignInAndSealsItsPrefix() {
    shop.get("/account/signin.php")
        .onHost("shop.example.com")
        .redirectsTo("/account/sign-in")
        .ofTeam("accounts");
    shop.get("/account/sign-in").onHost("shop.example.com").goesTo("accounts").ofTeam("accounts");
    // sealed: an account path nobody routed answers 404 here instead of reaching the web team
    shop.get("/account/unknown").onHost("shop.example.com").answers(404).ofTeam("accounts");
  }

  @Test
  void betaCohortChecksOutOnV2() {
    shop.get("/checkout/cart")
        .onHost("shop.example.com")
        .withHeader("x-shop-cohort", "beta")
        .goesTo("checkout", "v2")
        .ofTeam("checkout");
    shop.get("/checkout/cart")
        .onHost("shop.example.com")
        .goesTo("checkout", "v1")
        .ofTeam("checkout");
  }

  @Test
  void theWebTeamTakesEverythingElseOnTheShopHost() {
    shop.get("/static/app.js").onHost("shop.example.com").goesTo("assets").ofTeam("web");
    shop.get("/").onHost("shop.example.com").goesTo("frontend").ofTeam("web");
    shop.get("/about").onHost("shop.example.com").goesTo("frontend").ofTeam("web");
  }

  @Test
  void aPrefixIsAStringPrefixSoAccountsBelongsToTeamAccounts() {
    // "/account" holds "/accounts" too: the delegation sends it to team accounts, whose sealed
    // secondary answers 404 rather than let it reach the web team's frontend
    shop.get("/accounts").onHost("shop.example.com").answers(404).ofTeam("accounts");
  }

  @Test
  void theApiHostHasNoCatchAll() {
    shop.get("/").onHost("api.example.com").isNotFound();
    assertThat(shop.get("/").onHost("api.example.com").explain()).contains("Envoy answers 404");
  }
}
