package com.example.d;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

public final class DMesh implements MeshSpec {
  public static final Team API = Team.named("api-d").namespace("api-d").owners("@shop-d/api").specPackage("com.example.d");
  public static final Team WEB = Team.named("web-d").namespace("web-d").owners("@shop-d/web");
  public static final Secondary API_ROUTES = API.secondary("api").failClosed();
  public static final Secondary WEB_ROUTES = WEB.secondary("web").defaultBackend(destination("web.web-d.svc.cluster.local").port(80));

  @Override
  public void define(Mesh mesh) {
    mesh.primary("shop-d", "istio-system")
        .hosts("shop-d.example.com")
        .gateways("istio-system/ingressgateway")
        .delegate(prefix("/"), WEB_ROUTES)
        .delegate(prefix("/api"), API_ROUTES);
  }
}
