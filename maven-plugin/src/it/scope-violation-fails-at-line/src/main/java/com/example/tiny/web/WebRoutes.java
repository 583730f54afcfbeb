package com.example.tiny.web;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

public final class WebRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return com.example.tiny.TinyMesh.WEB_ROUTES;
  }

  @Override
  public void define(Routes http) {
    http.route("assets")
        .match(prefix("/assets"))
        .to(destination("web.web.svc.cluster.local").port(80));
    http.route("admin-api")
        .match(prefix("/api/admin"))
        .to(destination("admin.web.svc.cluster.local").port(80));
  }
}
