package com.example.starter.payments;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import com.example.starter.mesh.StarterMesh;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team payments' routes: paths relative to its scope, /pay. */
public final class PaymentsRoutes implements TeamSpec {

  @Override
  public Secondary secondary() {
    return StarterMesh.PAYMENTS_ROUTES;
  }

  @Override
  public void define(Routes http) {
    http.route("checkout")
        .match(relativePrefix("/checkout"))
        .to(destination("checkout.payments.svc.cluster.local").port(8080))
        .timeout("10s");
    http.route("api").to(destination("payments-api.payments.svc.cluster.local").port(8080));
  }
}
