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

/**
 * VS103: a primary route with delegate that also has route or redirect (the seed's rule 3; see also
 * {@link SeedRulesTest}).
 */
class DelegateWithRouteOrRedirectTest {

  private static final String CODE = "VS103";

  @Test
  void routeAndRedirectAreEachReported() {
    String yaml =
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
          - name: identity
            match:
            - uri: {prefix: /log}
            delegate: {name: login, namespace: identity}
            redirect: {uri: /signin}  # <- redirect
            route:  # <- route
            - destination: {host: login.identity.svc.cluster.local}
        """;
    List<Finding> found = findings(check(yaml), CODE);
    assertThat(found).hasSize(2);
    assertThatFinding(found.get(0))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[0].redirect")
        .team("platform")
        .at(yaml, "# <- redirect")
        .message("root HTTP route identity must not specify redirect", "never stored")
        .hint("put them into the secondary's routes");
    assertThatFinding(found.get(1))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[0].route")
        .at(yaml, "# <- route")
        .message("root HTTP route identity must not specify route");
  }

  @Test
  void delegateWithDirectResponseIsAdmitted() {
    // delegation.md (d): the webhook checks only redirect and route on a root route
    Report report =
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
            directResponse: {status: 503}
        """);
    assertSilent(report, CODE);
    assertThat(report.rejected()).isEmpty();
  }
}
