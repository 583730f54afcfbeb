package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/** VS113: a primary none of whose delegations takes effect. */
class PrimaryLostAllDelegatesTest {

  private static final String CODE = "VS113";

  private static String primaryWith(String extraRoute) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          http:  # <- VS113
          - match:
            - uri: {prefix: /log}
            delegate: {name: login, namespace: identity}
          - match:
            - uri: {prefix: /reviews}
            delegate: {name: reviews, namespace: reviews}
        %s---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
        spec:
          http:
          - match:
            - uri: {prefix: /profile}
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """
        .formatted(extraRoute);
  }

  @Test
  void primaryWithOnlyDelegationsAnswers404() {
    String yaml = primaryWith("");
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http")
        .team("platform")
        .at(yaml, "# <- VS113")
        .message("none of its 2 delegation(s) takes effect", "[bookinfo.example.com]", "404")
        .hint("fix the delegate findings");
  }

  @Test
  void primaryWithItsOwnRouteKeepsOnlyThatOne() {
    String yaml =
        primaryWith("  - route:\n    - destination: {host: web.default.svc.cluster.local}\n");
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http")
        .message("reach only its own 1 route(s)");
  }

  @Test
  void oneSurvivingDelegationIsEnough() {
    assertSilent(check(primaryWith("").replace("prefix: /profile", "prefix: /login")), CODE);
  }
}
