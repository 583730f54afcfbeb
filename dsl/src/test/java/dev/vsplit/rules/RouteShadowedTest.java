package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/** VS115: a route that an earlier route in the effective (merged) order always wins over. */
class RouteShadowedTest {

  private static final String CODE = "VS115";

  private static String secondaryRoutes(String routes) {
    return """
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
          labels: {vsplit.dev/team: identity}
        spec:
          http:
        %s"""
        .formatted(routes);
  }

  @Test
  void broaderSecondaryRouteFirstShadowsTheNarrowerOne() {
    String yaml =
        secondaryRoutes(
            """
          - match: [{uri: {prefix: /login}}]
            route: [{destination: {host: login.identity.svc.cluster.local}}]
          - match: [{uri: {exact: /login/help}, method: {exact: GET}}]  # <- VS115
            route: [{destination: {host: help.identity.svc.cluster.local}}]
        """);
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.WARNING, "identity/login", "spec.http[1]")
        .team("identity")
        .at(yaml, "# <- VS115")
        .message(
            "never matches in default/bookinfo",
            "identity/login spec.http[0] (prefix \"/login\"",
            "exact \"/login/help\" + method exact \"GET\"")
        .hint("move it before the broader route");
  }

  @Test
  void headerRefinedRoutesBeforeAPlainOneAreSilent() {
    assertSilent(
        check(
            secondaryRoutes(
                """
          - match: [{uri: {prefix: /login}, headers: {x-canary: {exact: "true"}}}]
            route: [{destination: {host: login-canary.identity.svc.cluster.local}}]
          - match: [{uri: {prefix: /login}, queryParams: {v: {exact: "2"}}}]
            route: [{destination: {host: login-v2.identity.svc.cluster.local}}]
          - match: [{uri: {prefix: /login}}]
            route: [{destination: {host: login.identity.svc.cluster.local}}]
        """)),
        CODE);
  }

  @Test
  void narrowerRouteFirstIsSilent() {
    assertSilent(
        check(
            secondaryRoutes(
                """
          - match: [{uri: {exact: /login/help}}]
            route: [{destination: {host: help.identity.svc.cluster.local}}]
          - match: [{uri: {prefix: /login}}]
            route: [{destination: {host: login.identity.svc.cluster.local}}]
        """)),
        CODE);
  }
}
