package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/** VS112: a secondary (no hosts) that no primary delegates to. */
class UnreferencedSecondaryTest {

  private static final String CODE = "VS112";

  private static final String SECONDARY =
      """
      apiVersion: networking.istio.io/v1  # <- VS112
      kind: VirtualService
      metadata:
        name: login
        namespace: identity
        labels: {vsplit.dev/team: identity}
      spec:
        http:
        - route:
          - destination: {host: login.identity.svc.cluster.local}
      """;

  @Test
  void secondaryNobodyDelegatesToIsReported() {
    String yaml =
        SECONDARY
            + """
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: identity
        spec:
          hosts: [bookinfo.example.com]
          http:
          - delegate: {name: login, namespace: default}
        """;
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.WARNING, "identity/login", "")
        .team("identity")
        .at(yaml, "# <- VS112")
        .message("no primary delegates to identity/login", "routes nothing by itself")
        .hint("delegate {name: login, namespace: identity}", "or delete it");
  }

  @Test
  void secondaryWhosePrimaryIsRefusedSaysSo() {
    String yaml =
        SECONDARY
            + """
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
        spec:
          hosts: [bookinfo.example.com]
          http:
          - delegate: {name: login, namespace: identity}
            redirect: {uri: /signin}
        """;
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.WARNING, "identity/login", "")
        .message(
            "every primary that delegates to identity/login (default/bookinfo) is refused by Istio's admission webhook")
        .hint("fix default/bookinfo");
  }

  @Test
  void secondaryReferencedWithTheNamespaceLeftOutIsSilent() {
    assertSilent(
        check(
            SECONDARY
                + """
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: identity
        spec:
          hosts: [bookinfo.example.com]
          http:
          - delegate: {name: login}
        """),
        CODE);
  }
}
