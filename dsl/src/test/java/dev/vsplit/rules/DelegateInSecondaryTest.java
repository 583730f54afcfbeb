package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * VS101: a secondary whose route itself delegates (the seed's rule 1; see also {@link
 * SeedRulesTest}).
 */
class DelegateInSecondaryTest {

  private static final String CODE = "VS101";

  @Test
  void unreferencedSecondaryThatDelegatesIsStillRefused() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          http:
          - match:
            - uri: {prefix: /login}
            delegate: {name: login-v2}  # <- VS101
        """;
    Finding f = only(check(yaml), CODE);
    assertThatFinding(f)
        .is(CODE, Severity.ERROR, "identity/login", "spec.http[0].delegate")
        .team("identity")
        .at(yaml, "# <- VS101")
        .message("delegate HTTP route cannot contain delegate", "never stored")
        .hint("move the delegation into the primary");
  }

  @Test
  void primaryThatDelegatesAndSecondaryThatRoutesAreSilent() {
    assertSilent(
        check(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate: {name: login, namespace: identity}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
        spec:
          http:
          - match:
            - uri: {prefix: /login}
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """),
        CODE);
  }
}
