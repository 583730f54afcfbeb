package com.example.shop.checkout;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import com.example.shop.ShopMesh;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * Team checkout's pages: the new checkout for a beta cohort, the current one for everybody else.
 */
public final class CheckoutRoutes implements TeamSpec {

  private static final String CHECKOUT = "checkout.checkout.svc.cluster.local";

  @Override
  public Secondary secondary() {
    return ShopMesh.CHECKOUT_PAGES;
  }

  @Override
  public void define(Routes http) {
    http.route("beta")
        .match(prefix("/checkout").header("x-shop-cohort", "beta"))
        .to(destination(CHECKOUT).subset("v2").port(8080))
        .rewrite("/");

    http.route("stable")
        .match(prefix("/checkout"))
        .to(destination(CHECKOUT).subset("v1").port(8080))
        .rewrite("/")
        .retries(3, "1s");
  }
}
