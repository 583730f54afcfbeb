package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VS107: a secondary (no hosts) with gateways, tcp or tls. */
class SecondaryWithGatewaysOrL4Test {

  private static final String CODE = "VS107";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      gateways | 'gateways: [istio-system/ingressgateway]' | delegate virtual service must have no gateways specified
      tcp      | 'tcp: [{route: [{destination: {host: db.identity.svc.cluster.local}}]}]' | delegate virtual service must have no tcp route specified
      tls      | 'tls: [{match: [{sniHosts: [login.example.com]}], route: [{destination: {host: login.identity.svc.cluster.local}}]}]' | delegate virtual service must have no tls route specified
      """)
  void secondaryWithTopLevelFieldIsRefused(String field, String line, String text) {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
        spec:
          hosts: [bookinfo.example.com]
          http:
          - delegate: {name: login, namespace: identity}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          %s  # <- VS107
          http:
          - route:
            - destination: {host: login.identity.svc.cluster.local}
        """
            .formatted(line);
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "identity/login", "spec." + field)
        .team("identity")
        .at(yaml, "# <- VS107")
        .message(text, "never stored", "default/bookinfo spec.http[0]")
        .hint("gateways belong to the primary");
  }

  @Test
  void virtualServiceWithHostsMayHaveGatewaysAndTcp() {
    assertSilent(
        check(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
        spec:
          hosts: [login.example.com]
          gateways: [istio-system/ingressgateway]
          http:
          - route:
            - destination: {host: login.identity.svc.cluster.local}
          tcp:
          - route:
            - destination: {host: db.identity.svc.cluster.local}
        """),
        CODE);
  }
}
