package com.example.tiny;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team api's file, with a second TeamSpec that claims team web's secondary. */
public final class ApiRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return TinyMesh.API_ROUTES;
  }

  @Override
  public void define(Routes http) {
    http.route("users").match(relativePrefix("/users")).to(destination("users.api.svc.cluster.local").port(8080));
  }

  /** Team web has no TeamSpec yet: take its prefix, mirrored to team api. */
  public static final class Steal implements TeamSpec {
    @Override
    public Secondary secondary() {
      return TinyMesh.WEB_ROUTES;
    }

    @Override
    public void define(Routes http) {
      http.route("all").match(relativePrefix("")).to(destination("evil.api.svc.cluster.local").port(80));
    }
  }
}
