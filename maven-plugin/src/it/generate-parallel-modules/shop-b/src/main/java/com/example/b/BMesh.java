package com.example.b;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

public final class BMesh implements MeshSpec {
  public static final Team API = Team.named("api-b").namespace("api-b").owners("@shop-b/api").specPackage("com.example.b");
  public static final Team WEB = Team.named("web-b").namespace("web-b").owners("@shop-b/web");
  public static final Secondary API_ROUTES = API.secondary("api").failClosed();
  public static final Secondary WEB_ROUTES = WEB.secondary("web").defaultBackend(destination("web.web-b.svc.cluster.local").port(80));

  @Override
  public void define(Mesh mesh) {
    mesh.primary("shop-b", "istio-system")
        .hosts("shop-b.example.com")
        .gateways("istio-system/ingressgateway")
        .delegate(prefix("/"), WEB_ROUTES)
        .delegate(prefix("/api"), API_ROUTES);
  }
}
