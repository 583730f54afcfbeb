package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.effective;
import static dev.vsplit.rules.RuleFixtures.lineOf;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/** VS006: two manifests with the same kind, namespace and name. */
class DuplicateResourceTest {

  private static final String CODE = "VS006";

  @Test
  void earlierCopyIsReportedAndTheLaterOneWins() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1  # <- VS006
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          hosts: [login.example.com]
          http:
          - route:
            - destination: {host: login-v1.identity.svc.cluster.local}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          hosts: [login.example.com]
          http:
          - route:
            - destination: {host: login-v2.identity.svc.cluster.local}
        """;
    Report report = check(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.ERROR, "identity/login", "")
        .team("identity")
        .at(yaml, "# <- VS006")
        .message(
            "VirtualService identity/login",
            "defined again at test.yaml:" + lineOf(yaml, "---"),
            "replaces this one")
        .hint("rename one of them");
    assertThat(effective(report))
        .isEqualTo(
            effective(
                """
        - name: login
          namespace: identity
          http:
          - route:
            - destination: {host: login-v2.identity.svc.cluster.local}
        """));
  }

  @Test
  void sameNameInAnotherNamespaceOrOfAnotherKindIsSilent() {
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
          http:
          - route:
            - destination: {host: login.identity.svc.cluster.local}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity-staging
        spec:
          hosts: [login.staging.example.com]
          http:
          - route:
            - destination: {host: login.identity-staging.svc.cluster.local}
        ---
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: login
          namespace: identity
        spec:
          selector: {istio: ingressgateway}
          servers:
          - port: {number: 80, name: http, protocol: HTTP}
            hosts: [login.example.com]
        """),
        CODE);
  }
}
