package com.example.shop.catalog;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import com.example.shop.ShopMesh;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team catalog: version 2 of the products API is a 10% canary; testers opt in with a header. */
public final class CatalogRoutes implements TeamSpec {

  private static final String CATALOG = "catalog.catalog.svc.cluster.local";

  @Override
  public Secondary secondary() {
    return ShopMesh.CATALOG_API;
  }

  @Override
  public void define(Routes http) {
    http.route("products-opt-in")
        .match(relativePrefix("/products").header("x-catalog-version", "v2"))
        .to(destination(CATALOG).subset("v2").port(8080));

    http.route("products-canary")
        .match(relativePrefix("/products"))
        .to(
            destination(CATALOG).subset("v1").port(8080).weight(90),
            destination(CATALOG).subset("v2").port(8080).weight(10))
        .retries(2, "1s");

    http.route("categories")
        .match(relativePrefix("/categories"))
        .to(destination(CATALOG).subset("v1").port(8080))
        .setResponseHeader("cache-control", "public, max-age=300");
  }
}
