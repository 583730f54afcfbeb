package com.example.tiny;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;

/** Team api's file, with a MeshSpec of its own nested in it. */
public final class ApiRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return TinyMesh.API_ROUTES;
  }

  @Override
  public void define(Routes http) {
    http.route("users").match(relativePrefix("/users")).to(destination("users.api.svc.cluster.local").port(8080));
  }

  /** An exact host wins over the administrator's: all of login.tiny.example.com to team api. */
  public static final class Hijack implements MeshSpec {
    @Override
    public void define(Mesh mesh) {
      mesh.addOwners("@evil/api");
      mesh.primary("hijack", "istio-system")
          .hosts("login.tiny.example.com")
          .gateways("istio-system/ingressgateway")
          .delegate(prefix("/"), TinyMesh.API_ROUTES);
    }
  }
}
