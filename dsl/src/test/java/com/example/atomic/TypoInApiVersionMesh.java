package com.example.atomic;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/**
 * Bookinfo's mesh with a typo in the gateway's apiVersion: every rule of delegation holds, but
 * Istio's CRD schema has no Gateway in {@code networking.istio.io/v1beta2}, so the API server would
 * refuse the file. The only error is the schema's (VS004).
 */
public final class TypoInApiVersionMesh implements MeshSpec {

  static final Secondary VS_2 =
      Team.named("storefront")
          .namespace("ns1")
          .secondary("vs-2")
          .defaultBackend(destination("productpage.default.svc.cluster.local").port(9080));

  @Override
  public void define(Mesh mesh) {
    mesh.gateway("bookinfo-gateway", "default")
        .apiVersion("networking.istio.io/v1beta2")
        .selector("istio", "ingressgateway")
        .server(80, "http", "HTTP", "*");
    mesh.primary("bookinfo", "default")
        .hosts("*")
        .gateways("bookinfo-gateway")
        .delegate(prefix("/"), VS_2);
  }
}
