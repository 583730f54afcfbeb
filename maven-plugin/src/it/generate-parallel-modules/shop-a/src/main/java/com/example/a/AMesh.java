package com.example.a;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

public final class AMesh implements MeshSpec {
  public static final Team API = Team.named("api-a").namespace("api-a").owners("@shop-a/api").specPackage("com.example.a");
  public static final Team WEB = Team.named("web-a").namespace("web-a").owners("@shop-a/web");
  public static final Secondary API_ROUTES = API.secondary("api").failClosed();
  public static final Secondary WEB_ROUTES = WEB.secondary("web").defaultBackend(destination("web.web-a.svc.cluster.local").port(80));

  @Override
  public void define(Mesh mesh) {
    mesh.primary("shop-a", "istio-system")
        .hosts("shop-a.example.com")
        .gateways("istio-system/ingressgateway")
        .delegate(prefix("/"), WEB_ROUTES)
        .delegate(prefix("/api"), API_ROUTES);
  }
}
