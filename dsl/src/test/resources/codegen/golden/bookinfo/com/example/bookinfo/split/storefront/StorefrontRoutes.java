package com.example.bookinfo.split.storefront;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;

import com.example.bookinfo.split.BookinfoMesh;
import dev.vsplit.Redirect;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * The routes of team storefront for storefront/storefront: prefix "/" of default/bookinfo.
 *
 * <p>Split from default/bookinfo by {@code Vsplit.split}: spec.http[0] (matches 0, 3 of 4),
 * spec.http[1], spec.http[6] to spec.http[11].
 */
public final class StorefrontRoutes implements TeamSpec {
  private static final String PRODUCTPAGE = "productpage.default.svc.cluster.local";

  @Override
  public Secondary secondary() {
    return BookinfoMesh.STOREFRONT_VS;
  }

  @Override
  public void define(Routes http) {
    http.route("productpage")
        .match(exact("/productpage"), prefix("/api/v1/products"))
        .to(destination(PRODUCTPAGE).port(9080));

    http.route("static")
        .match(prefix("/static"))
        .to(destination(PRODUCTPAGE).port(9080))
        .setResponseHeader("cache-control", "public, max-age=86400");

    http.route("details")
        .match(prefix("/api/v1/details"))
        .to(destination("details.default.svc.cluster.local").port(9080))
        .faultDelay("1s", 1.0);

    http.route("signin-legacy")
        .match(exact("/signin"))
        .redirect(Redirect.to("/login"));

    http.route("old-product-page")
        .match(prefix("/product/"))
        .redirect(Redirect.to("/productpage").code(301));

    http.route("health")
        .match(exact("/healthz"))
        .directResponse(200, "ok");

    http.route("robots")
        .match(exact("/robots.txt"))
        .directResponse(200, "User-agent: *\n"
            + "Disallow: /api/\n");

    http.route("home")
        .to(destination(PRODUCTPAGE).port(9080));
  }
}
