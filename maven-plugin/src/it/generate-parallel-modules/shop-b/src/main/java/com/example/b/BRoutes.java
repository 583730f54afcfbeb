package com.example.b;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

public final class BRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return BMesh.API_ROUTES;
  }

  @Override
  public void define(Routes http) {
    for (int i = 0; i < 40; i++) {
      http.route("v" + i).match(relativePrefix("/v" + i + "/")).to(destination("api-v" + i + ".api-b.svc.cluster.local").port(8080));
    }
  }
}
