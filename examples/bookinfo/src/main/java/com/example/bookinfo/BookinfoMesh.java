package com.example.bookinfo;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/**
 * The seed document's mesh: /log to team identity (vs-1), everything else to team storefront
 * (vs-2).
 */
public final class BookinfoMesh implements MeshSpec {

  public static final Team IDENTITY =
      Team.named("identity")
          .namespace("ns1")
          .owners("@bookinfo/identity")
          .specPackage("com.example.bookinfo.identity");
  public static final Team STOREFRONT =
      Team.named("storefront")
          .namespace("ns1")
          .owners("@bookinfo/storefront")
          .specPackage("com.example.bookinfo.storefront");

  public static final Secondary VS_1 = IDENTITY.secondary("vs-1").failClosed();
  public static final Secondary VS_2 =
      STOREFRONT
          .secondary("vs-2")
          .defaultBackend(destination("productpage.default.svc.cluster.local").port(9080));

  @Override
  public void define(Mesh mesh) {
    mesh.owners("@bookinfo/platform");

    mesh.gateway("bookinfo-gateway", "default")
        .apiVersion("networking.istio.io/v1alpha3")
        .selector("istio", "ingressgateway")
        .server(80, "http", "HTTP", "*");

    mesh.primary("bookinfo", "default")
        .hosts("*")
        .gateways("bookinfo-gateway")
        .delegate(prefix("/"), VS_2)
        .delegate(prefix("/log"), VS_1);
  }
}
