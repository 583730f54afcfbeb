package com.example.shop.web;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.any;
import static dev.vsplit.Match.prefix;

import com.example.shop.ShopMesh;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * Team web: static assets from the CDN origin, a shadow copy of the traffic to the next frontend.
 */
public final class WebRoutes implements TeamSpec {

  private static final String FRONTEND = "frontend.web.svc.cluster.local";

  @Override
  public Secondary secondary() {
    return ShopMesh.WEB_FRONTEND;
  }

  @Override
  public void define(Routes http) {
    http.route("static")
        .match(prefix("/static/"), prefix("/favicon.ico"))
        .to(destination("assets.web.svc.cluster.local").port(8080))
        .setResponseHeader("cache-control", "public, max-age=86400");

    http.route("frontend")
        .match(any())
        .to(destination(FRONTEND).port(8080))
        .mirror(destination("frontend-next.web.svc.cluster.local").port(8080), 10.0)
        .retries(2, "2s", "connect-failure,refused-stream,503");
  }
}
