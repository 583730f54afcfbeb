package com.example.starter.mesh;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/**
 * The mesh administrator's spec: one host; {@code /pay} delegated to team payments, which writes
 * its routes in {@code com.example.starter.payments}; everything else to the web front end, which
 * has no routes of its own yet and sends everything to one service.
 */
public final class StarterMesh implements MeshSpec {

  /**
   * Team payments, in its own namespace; its code owners review its generated files and its specs,
   * which live in its own package (a TeamSpec of payments anywhere else fails the build).
   */
  public static final Team PAYMENTS =
      Team.named("payments")
          .namespace("payments")
          .owners("@example/payments")
          .specPackage("com.example.starter.payments");

  /** What payments routes: everything under /pay. Until it writes routes, those answer 503. */
  public static final Secondary PAYMENTS_ROUTES = PAYMENTS.secondary("payments").failClosed();

  /** The web front end: until it writes a TeamSpec, everything goes to its one service. */
  public static final Secondary WEB_ROUTES =
      Team.named("web")
          .namespace("web")
          .owners("@example/web")
          .specPackage("com.example.starter.web")
          .secondary("web")
          .defaultBackend(destination("web.web.svc.cluster.local").port(8080));

  @Override
  public void define(Mesh mesh) {
    mesh.owners("@example/platform");

    mesh.primary("shop", "default")
        .hosts("shop.example.com")
        .delegate(prefix("/"), WEB_ROUTES)
        .delegate(prefix("/pay"), PAYMENTS_ROUTES);
  }
}
