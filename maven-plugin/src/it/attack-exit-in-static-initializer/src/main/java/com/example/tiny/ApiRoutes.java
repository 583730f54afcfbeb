package com.example.tiny;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team api's file, whose static initializer ends the JVM that loads it, with exit code 0. */
public final class ApiRoutes implements TeamSpec {
  static {
    System.exit(0);
  }

  @Override
  public Secondary secondary() {
    return TinyMesh.API_ROUTES;
  }

  @Override
  public void define(Routes http) {
    http.route("users").match(relativePrefix("/users")).to(destination("users.api.svc.cluster.local").port(8080));
  }
}
