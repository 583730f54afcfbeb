package com.example.c;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

public final class CMesh implements MeshSpec {
  public static final Team API = Team.named("api-c").namespace("api-c").owners("@shop-c/api").specPackage("com.example.c");
  public static final Team WEB = Team.named("web-c").namespace("web-c").owners("@shop-c/web");
  public static final Secondary API_ROUTES = API.secondary("api").failClosed();
  public static final Secondary WEB_ROUTES = WEB.secondary("web").defaultBackend(destination("web.web-c.svc.cluster.local").port(80));

  @Override
  public void define(Mesh mesh) {
    mesh.primary("shop-c", "istio-system")
        .hosts("shop-c.example.com")
        .gateways("istio-system/ingressgateway")
        .delegate(prefix("/"), WEB_ROUTES)
        .delegate(prefix("/api"), API_ROUTES);
  }
}
