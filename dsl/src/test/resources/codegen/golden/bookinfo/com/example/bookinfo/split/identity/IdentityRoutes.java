package com.example.bookinfo.split.identity;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;

import com.example.bookinfo.split.BookinfoMesh;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * The routes of team identity for identity/sign-in: prefix "/log" of default/bookinfo.
 *
 * <p>Split from default/bookinfo by {@code Vsplit.split}: spec.http[0] (matches 1, 2 of 4).
 */
public final class IdentityRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return BookinfoMesh.SIGN_IN;
  }

  @Override
  public void define(Routes http) {
    http.route("productpage")
        .match(exact("/login"), exact("/logout"))
        .to(destination("productpage.default.svc.cluster.local").port(9080));
  }
}
