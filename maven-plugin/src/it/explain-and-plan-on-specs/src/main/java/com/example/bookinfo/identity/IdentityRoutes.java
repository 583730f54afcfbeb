package com.example.bookinfo.identity;

import com.example.bookinfo.BookinfoMesh;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team identity, one change after what istio/ holds: testers with x-canary: true sign in through reviews v2. */
public final class IdentityRoutes implements TeamSpec {

  @Override
  public Secondary secondary() {
    return BookinfoMesh.VS_1;
  }

  @Override
  public void define(Routes http) {
    http.route("canary")
        .match(exact("/login").header("x-canary", "true"))
        .to(destination("reviews.default.svc.cluster.local").subset("v2").port(9080));
    http.route()
        .match(exact("/login"), exact("/logout"))
        .to(destination("productpage.default.svc.cluster.local").port(9080));
  }
}
