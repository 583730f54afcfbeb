package com.example.tiny;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/** The tiny mesh the ITs share (src/it/_fixtures/tiny-mesh), but web's default backend comes from Backends. */
public final class TinyMesh implements MeshSpec {
  public static final Team API = Team.named("api").namespace("api").owners("@tiny/api").specPackage("com.example.tiny");
  public static final Team WEB = Team.named("web").namespace("web").owners("@tiny/web");
  public static final Secondary API_ROUTES = API.secondary("api-routes").failClosed();
  public static final Secondary WEB_ROUTES = WEB.secondary("web-routes").defaultBackend(Backends.web());

  @Override
  public void define(Mesh mesh) {
    mesh.primary("tiny", "istio-system")
        .hosts("tiny.example.com")
        .gateways("istio-system/ingressgateway")
        .delegate(prefix("/"), WEB_ROUTES)
        .delegate(prefix("/api"), API_ROUTES);
  }
}
