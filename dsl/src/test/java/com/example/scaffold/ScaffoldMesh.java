package com.example.scaffold;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/**
 * Three teams without a TeamSpec yet: one with a default backend, one fail-closed, one with
 * neither.
 */
public final class ScaffoldMesh implements MeshSpec {

  public static final Team WEB = Team.named("web").namespace("web").owners("@shop/web");
  public static final Team API =
      Team.named("api").namespace("api").owners("@shop/api", "@shop/platform");
  public static final Team SEARCH = Team.named("search").namespace("search");

  public static final Secondary WEB_FRONTEND =
      WEB.secondary("web-frontend")
          .defaultBackend(destination("frontend.web.svc.cluster.local").port(8080));
  public static final Secondary API_ROUTES = API.secondary("api-routes").failClosed();
  public static final Secondary SEARCH_API = SEARCH.secondary("search-api");

  @Override
  public void define(Mesh mesh) {
    mesh.primary("shop", "istio-system")
        .hosts("shop.example.com")
        .delegate(prefix("/"), WEB_FRONTEND)
        .delegate(prefix("/api"), API_ROUTES)
        .delegate(prefix("/api/search").header("x-search", "v2"), SEARCH_API);
  }
}
