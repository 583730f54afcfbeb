package com.example.shop.accounts;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.relativePrefix;

import com.example.shop.ShopMesh;
import dev.vsplit.Redirect;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team accounts: sign in and account pages, with the old sign-in URL redirected. */
public final class AccountRoutes implements TeamSpec {

  private static final String ACCOUNTS = "accounts.accounts.svc.cluster.local";

  @Override
  public Secondary secondary() {
    return ShopMesh.ACCOUNT_PAGES;
  }

  @Override
  public void define(Routes http) {
    http.route("legacy-sign-in")
        .match(exact("/account/signin.php"))
        .redirect(Redirect.to("/account/sign-in").code(308));

    http.route("pages")
        .match(relativePrefix("/sign-in"), relativePrefix("/profile"), relativePrefix("/orders"))
        .to(destination(ACCOUNTS).port(8080))
        .timeout("5s");
  }
}
