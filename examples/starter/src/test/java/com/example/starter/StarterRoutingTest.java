package com.example.starter;

import com.example.starter.mesh.StarterMesh;
import com.example.starter.payments.PaymentsRoutes;
import dev.vsplit.testing.MeshRoutes;
import org.junit.jupiter.api.Test;

/** Who gets which request, checked on every build: the specs run, Envoy's order is followed. */
class StarterRoutingTest {

  static final MeshRoutes shop = MeshRoutes.of(new StarterMesh(), new PaymentsRoutes());

  @Test
  void checkoutIsTeamPayments() {
    shop.get("/pay/checkout/42").goesTo("checkout.payments.svc.cluster.local").ofTeam("payments");
  }

  @Test
  void theRestOfPayIsPaymentsApi() {
    shop.post("/pay/refunds").goesTo("payments-api").ofTeam("payments");
  }

  @Test
  void everythingElseIsTheWebFrontEnd() {
    shop.get("/").goesTo("web.web.svc.cluster.local").ofTeam("web");
    shop.get("/cart").goesTo("web").ofTeam("web");
  }

  @Test
  void payIsAStringPrefixSoPaymentMethodsIsPaymentsToo() {
    // Istio's prefix "/pay" is not a path segment: /payment-methods is in payments' scope
    shop.get("/payment-methods").goesTo("payments-api").ofTeam("payments");
  }
}
