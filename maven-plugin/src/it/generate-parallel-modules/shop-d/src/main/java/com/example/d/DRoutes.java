package com.example.d;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

public final class DRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return DMesh.API_ROUTES;
  }

  @Override
  public void define(Routes http) {
    for (int i = 0; i < 40; i++) {
      http.route("v" + i).match(relativePrefix("/v" + i + "/")).to(destination("api-v" + i + ".api-d.svc.cluster.local").port(8080));
    }
  }
}
