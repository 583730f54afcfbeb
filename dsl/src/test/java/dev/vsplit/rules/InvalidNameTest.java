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

/** VS007: names and namespaces Kubernetes refuses (DNS-1123). */
class InvalidNameTest {

  private static final String CODE = "VS007";

  @Test
  void invalidNameNamespaceAndDelegateReferenceAreEachReported() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: Book_Info  # <- name here
          namespace: Front_End  # <- namespace here
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate:
              name: login
              namespace: Identity  # <- bad delegate namespace
        """;
    List<Finding> found = findings(check(yaml), CODE);
    assertThat(found).hasSize(3);
    assertThatFinding(found.get(0))
        .is(CODE, Severity.WARNING, "Front_End/Book_Info", "metadata.name")
        .team("platform")
        .at(yaml, "# <- name here")
        .message("name \"Book_Info\"", "DNS-1123 subdomain")
        .hint("\"book-info\" is valid");
    assertThatFinding(found.get(1))
        .is(CODE, Severity.WARNING, "Front_End/Book_Info", "metadata.namespace")
        .at(yaml, "# <- namespace here")
        .message("namespace \"Front_End\"", "DNS-1123 label")
        .hint("\"front-end\" is valid");
    assertThatFinding(found.get(2))
        .is(CODE, Severity.WARNING, "Front_End/Book_Info", "spec.http[0].delegate.namespace")
        .at(yaml, "# <- bad delegate namespace")
        .message("delegate namespace \"Identity\"")
        .hint("\"identity\" is valid");
  }

  @Test
  void tooLongNamespaceIsReported() {
    String ns = "n".repeat(64);
    Finding f =
        findings(
                check(
                    """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: %s
        spec:
          hosts: [web.example.com]
          http:
          - route:
            - destination: {host: web.example.com}
        """
                        .formatted(ns)),
                CODE)
            .get(0);
    assertThatFinding(f)
        .is(CODE, Severity.WARNING, ns + "/web", "metadata.namespace")
        .message("64 characters", "at most 63");
  }

  @Test
  void validNamesAndAnOmittedNamespaceAreSilent() {
    assertSilent(
        check(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: book-info.v2
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate: {name: login}
        """),
        CODE);
  }
}
