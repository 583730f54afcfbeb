package com.example.tiny;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team api's routes of the shared tiny mesh, the timeout changed after the YAML was committed. */
public final class ApiRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return TinyMesh.API_ROUTES;
  }

  @Override
  public void define(Routes http) {
    http.route("users")
        .match(relativePrefix("/users"))
        .to(destination("users.api.svc.cluster.local").port(8080))
        .timeout("5s");
  }
}
