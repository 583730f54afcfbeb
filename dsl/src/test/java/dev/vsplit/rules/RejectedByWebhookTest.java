package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.effective;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/** VS002: the admission webhook refuses a resource, for a reason without a more specific code. */
class RejectedByWebhookTest {

  private static final String CODE = "VS002";

  private static final String PRIMARY =
      """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: bookinfo
        namespace: default
        labels: {vsplit.dev/team: platform}
      spec:
        hosts: [bookinfo.example.com]
        http:
        - match:
          - uri: {prefix: /log}
          delegate: {name: login, namespace: identity}
        - route:
          - destination: {host: web.default.svc.cluster.local}
      ---
      """;

  @Test
  void refusedSecondaryNamesThePrimaryRouteItTakesDown() {
    String yaml =
        PRIMARY
            + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          http:
          - match:  # <- VS002
            - uri: {prefix: /login}
            timeout: 5s
        """;
    Report report = check(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.ERROR, "identity/login", "spec.http[0]")
        .team("identity")
        .at(yaml, "# <- VS002")
        .message(
            "HTTP route, redirect or direct_response is required",
            "never stored",
            "drops the primary route(s) that delegate to it: default/bookinfo spec.http[0]")
        .hint("kubectl apply would fail");
    assertThat(report.rejected())
        .extracting(r -> r.resource().toString())
        .containsExactly("identity/login");
    assertThat(effective(report))
        .isEqualTo(
            effective(
                """
        - name: bookinfo
          namespace: default
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
        """));
  }

  @Test
  void refusedIndependentVirtualServiceSaysNothingAboutDelegation() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
        spec:
          hosts: [web.example.com]
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
            retries: {attempts: -1}  # <- VS002
        """;
    Finding f = only(check(yaml), CODE);
    assertThatFinding(f)
        .is(CODE, Severity.ERROR, "default/web", "spec.http[0].retries.attempts")
        .team(null)
        .at(yaml, "# <- VS002")
        .message("attempts cannot be negative", "never stored");
    assertThat(f.message()).doesNotContain("primary");
  }

  @Test
  void admittedSecondaryIsSilent() {
    Report report =
        check(
            PRIMARY
                + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
        spec:
          http:
          - match:
            - uri: {prefix: /login}
            timeout: 5s
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """);
    assertSilent(report, CODE);
    assertThat(report.rejected()).isEmpty();
  }
}
