package com.example.c;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

public final class CRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return CMesh.API_ROUTES;
  }

  @Override
  public void define(Routes http) {
    for (int i = 0; i < 40; i++) {
      http.route("v" + i).match(relativePrefix("/v" + i + "/")).to(destination("api-v" + i + ".api-c.svc.cluster.local").port(8080));
    }
  }
}
