package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.checkUnreadable;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** VS001: a file or document that cannot be read as a manifest. */
class UnreadableInputTest {

  private static final String CODE = "VS001";

  @Test
  void yamlSyntaxErrorIsReportedAtItsLine() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
        spec:
          hosts: [bookinfo.example.com
          http: []  # <- VS001
        """;
    assertThatFinding(only(checkUnreadable(yaml), CODE))
        .is(CODE, Severity.ERROR, "", "")
        .team(null)
        .at(yaml, "# <- VS001")
        .message("YAML syntax error")
        .hint("fix the file");
  }

  @Test
  void valueOfTheWrongTypeNamesTheField() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: 5  # <- VS001
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
        """;
    Report report = checkUnreadable(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.ERROR, "", "spec.hosts")
        .at(yaml, "# <- VS001")
        .message("expected a list", "the number 5");
    // a document with a problem yields no resource: the API server would refuse it too
    assertThat(report.effective()).isEmpty();
  }

  @Test
  void readableManifestsAndOtherKindsAreSilent() {
    Report report = checkUnreadable("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 1
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
        spec:
          hosts: [bookinfo.example.com]
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
        """);
    assertSilent(report, CODE);
    assertThat(report.effective()).hasSize(1);
  }
}
