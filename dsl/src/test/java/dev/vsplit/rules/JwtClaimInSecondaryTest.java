package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * VS109: a JWT-claim header match in a VirtualService without gateways, such as every secondary.
 */
class JwtClaimInSecondaryTest {

  private static final String CODE = "VS109";

  @Test
  void claimMatchInASecondaryIsRefused() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: istio-system
        spec:
          hosts: [bookinfo.example.com]
          gateways: [istio-system/ingressgateway]
          http:
          - match:
            - uri: {prefix: /admin}
            delegate: {name: admin, namespace: admin}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: admin
          namespace: admin
          labels: {vsplit.dev/team: admin}
        spec:
          http:
          - match:
            - uri: {prefix: /admin}
              headers:
                "@request.auth.claims.group": {exact: admins}  # <- VS109
            route:
            - destination: {host: admin.admin.svc.cluster.local}
        """;
    assertThatFinding(only(check(yaml), CODE))
        .is(
            CODE,
            Severity.ERROR,
            "admin/admin",
            "spec.http[0].match[0].headers[\"@request.auth.claims.group\"]")
        .team("admin")
        .at(yaml, "# <- VS109")
        .message(
            "JWT claim based routing (key: @request.auth.claims.group) is only supported for gateway",
            "never stored",
            "istio-system/bookinfo spec.http[0]")
        .hint("match JWT claims in the primary");
  }

  @Test
  void claimMatchInAPrimaryBoundToAGatewayIsSilent() {
    assertSilent(
        check(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: istio-system
        spec:
          hosts: [bookinfo.example.com]
          gateways: [istio-system/ingressgateway]
          http:
          - match:
            - uri: {prefix: /admin}
              headers:
                "@request.auth.claims.group": {exact: admins}
            delegate: {name: admin, namespace: admin}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: admin
          namespace: admin
        spec:
          http:
          - route:
            - destination: {host: admin.admin.svc.cluster.local}
        """),
        CODE);
  }
}
