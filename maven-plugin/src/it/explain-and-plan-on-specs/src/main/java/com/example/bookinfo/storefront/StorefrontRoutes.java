package com.example.bookinfo.storefront;

import com.example.bookinfo.BookinfoMesh;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team storefront: the product page, static assets and the products API. */
public final class StorefrontRoutes implements TeamSpec {

  @Override
  public Secondary secondary() {
    return BookinfoMesh.VS_2;
  }

  @Override
  public void define(Routes http) {
    http.route()
        .match(exact("/productpage"), prefix("/static"), prefix("/api/v1/products"))
        .to(destination("productpage.default.svc.cluster.local").port(9080));
  }
}
