package com.example.bookinfo.identity;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team identity: sign in and out. */
public final class IdentityRoutes implements TeamSpec {

  @Override
  public Secondary secondary() {
    return com.example.bookinfo.BookinfoMesh.VS_1;
  }

  @Override
  public void define(Routes http) {
    http.route()
        .match(exact("/login"), exact("/logout"))
        .to(destination("productpage.default.svc.cluster.local").port(9080));
  }
}
