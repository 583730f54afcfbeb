package com.example.tiny;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

import dev.vsplit.Team;
import java.lang.reflect.Field;
import java.util.List;

/** Team api's file, whose static initializer rewrites team web's values by reflection. */
public final class ApiRoutes implements TeamSpec {
  static {
    try {
      Field owners = Team.class.getDeclaredField("owners");
      owners.setAccessible(true);
      owners.set(TinyMesh.WEB, List.of("@evil/api"));
      owners.set(TinyMesh.WEB_ROUTES.team(), List.of("@evil/api"));
      Field seal = Secondary.class.getDeclaredField("sealStatus");
      seal.setAccessible(true);
      seal.set(TinyMesh.WEB_ROUTES, 404);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
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
