package com.example.shop;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Delegation;
import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/**
 * The platform team's spec for a shop with two public hosts.
 *
 * <p>{@code shop.example.com} serves the web shop: team web owns everything under {@code /}, team
 * accounts owns {@code /account}, team checkout owns {@code /checkout}. {@code api.example.com}
 * serves the public API: catalog, orders and search each own a prefix under {@code /api}. Team
 * search has not written its routes yet: its prefix answers 503 until it does.
 */
public final class ShopMesh implements MeshSpec {

  public static final Team WEB =
      Team.named("web").namespace("web").owners("@shop/web").specPackage("com.example.shop.web");
  public static final Team ACCOUNTS =
      Team.named("accounts")
          .namespace("accounts")
          .owners("@shop/accounts")
          .specPackage("com.example.shop.accounts");
  public static final Team CHECKOUT =
      Team.named("checkout")
          .namespace("checkout")
          .owners("@shop/checkout", "@shop/payments")
          .specPackage("com.example.shop.checkout");
  public static final Team CATALOG =
      Team.named("catalog")
          .namespace("catalog")
          .owners("@shop/catalog")
          .specPackage("com.example.shop.catalog");
  public static final Team SEARCH =
      Team.named("search")
          .namespace("search")
          .owners("@shop/search")
          .specPackage("com.example.shop.search");

  /** Everything on the shop's host that no other team owns. */
  public static final Secondary WEB_FRONTEND =
      WEB.secondary("web-frontend")
          .defaultBackend(destination("frontend.web.svc.cluster.local").port(8080));

  /**
   * Sign-in and account pages; sealed, so an account path nobody routed answers 404 instead of
   * reaching the web team.
   */
  public static final Secondary ACCOUNT_PAGES = ACCOUNTS.secondary("account-pages").sealed();

  public static final Secondary CHECKOUT_PAGES = CHECKOUT.secondary("checkout-pages").failClosed();
  public static final Secondary ORDERS_API = CHECKOUT.secondary("orders-api").failClosed();
  public static final Secondary CATALOG_API = CATALOG.secondary("catalog-api").failClosed();

  /** Declared before the team has written a line: fail closed until it does. */
  public static final Secondary SEARCH_API = SEARCH.secondary("search-api").failClosed();

  @Override
  public void define(Mesh mesh) {
    mesh.owners("@shop/platform");

    var publicGateway =
        mesh.gateway("public-gateway", "istio-system")
            .selector("istio", "ingressgateway")
            .httpsRedirect(80, "http", "shop.example.com", "api.example.com")
            .httpsServer(
                443, "https", "shop-example-com-tls", "shop.example.com", "api.example.com");

    mesh.primary("shop", "istio-system")
        .hosts("shop.example.com")
        .gateways(publicGateway)
        .delegate(prefix("/"), WEB_FRONTEND)
        .delegate(prefix("/account"), ACCOUNT_PAGES)
        .delegate(prefix("/checkout"), CHECKOUT_PAGES);

    mesh.primary("api", "istio-system")
        .hosts("api.example.com")
        .gateways(publicGateway)
        .delegate(Delegation.of(prefix("/api/catalog")).to(CATALOG_API).timeout("10s"))
        .delegate(prefix("/api/orders"), ORDERS_API)
        .delegate(prefix("/api/search"), SEARCH_API);
  }
}
