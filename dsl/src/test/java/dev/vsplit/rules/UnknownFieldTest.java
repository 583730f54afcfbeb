package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VS005: a field Istio's CRD schema does not declare; the API server drops it silently. */
class UnknownFieldTest {

  private static final String CODE = "VS005";

  @Test
  void typoAndMisplacedFieldAreEachReported() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          hosts: [login.example.com]
          timeout: 5s  # <- misplaced
          http:
          - match:
            - uri: {prefix: /login}
              methods: {exact: POST}  # <- typo
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """;
    List<Finding> found = findings(check(yaml), CODE);
    assertThat(found).hasSize(2);
    assertThatFinding(found.get(0))
        .is(CODE, Severity.WARNING, "identity/login", "spec.timeout")
        .team("identity")
        .at(yaml, "# <- misplaced")
        .message("unknown field \"timeout\"", "drops it")
        .hint("name and indentation");
    assertThatFinding(found.get(1))
        .is(CODE, Severity.WARNING, "identity/login", "spec.http[0].match[0].methods")
        .at(yaml, "# <- typo")
        .message("unknown field \"methods\"");
  }

  @Test
  void declaredFieldsAreSilent() {
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
          - match:
            - uri: {prefix: /login}
              method: {exact: POST}
              headers: {x-anything-at-all: {exact: "1"}}
            timeout: 5s
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """),
        CODE);
  }
}
