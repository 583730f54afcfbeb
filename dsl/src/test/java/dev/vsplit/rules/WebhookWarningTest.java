package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/** VS003: the admission webhook admits the resource with a warning. */
class WebhookWarningTest {

  private static final String CODE = "VS003";

  @Test
  void unreachableMatchIsAWarningAndTheResourceIsStillAdmitted() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: web
          labels: {vsplit.dev/team: web}
        spec:
          hosts: [web.example.com]
          http:
          - match:
            - uri: {prefix: /}
            route:
            - destination: {host: web.web.svc.cluster.local}
          - match:
            - uri: {prefix: /static}  # <- VS003
            route:
            - destination: {host: static.web.svc.cluster.local}
        """;
    Report report = check(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.WARNING, "web/web", "spec.http[1].match[0]")
        .team("web")
        .at(yaml, "# <- VS003")
        .message("warns", "prefix /static is not used", "prefix /")
        .hint("admitted");
    assertThat(report.rejected()).isEmpty();
    assertThat(report.effective().get(0).routes()).hasSize(2);
  }

  @Test
  void specificMatchBeforeBroaderOneIsSilent() {
    assertSilent(
        check(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: web
        spec:
          hosts: [web.example.com]
          http:
          - match:
            - uri: {prefix: /static}
            route:
            - destination: {host: static.web.svc.cluster.local}
          - match:
            - uri: {prefix: /}
            route:
            - destination: {host: web.web.svc.cluster.local}
        """),
        CODE);
  }
}
