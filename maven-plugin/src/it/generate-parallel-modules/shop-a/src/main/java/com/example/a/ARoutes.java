package com.example.a;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

public final class ARoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return AMesh.API_ROUTES;
  }

  @Override
  public void define(Routes http) {
    for (int i = 0; i < 40; i++) {
      http.route("v" + i).match(relativePrefix("/v" + i + "/")).to(destination("api-v" + i + ".api-a.svc.cluster.local").port(8080));
    }
  }
}
