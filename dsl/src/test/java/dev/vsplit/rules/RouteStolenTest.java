package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * VS117: another owner's earlier routes take every request of a route (the seed's "/ steals
 * /login").
 */
class RouteStolenTest {

  private static final String CODE = "VS117";

  /** The seed's primary with the given delegation order, and two secondaries. */
  private static String seed(
      String firstPrefix,
      String firstTarget,
      String secondPrefix,
      String secondTarget,
      String storefrontRoutes) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
        spec:
          hosts: ["*"]
          gateways: [bookinfo-gateway]
          http:
          - match: [{uri: {prefix: %s}}]
            delegate: {name: %s, namespace: ns1}
          - match: [{uri: {prefix: %s}}]
            delegate: {name: %s, namespace: ns1}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: vs-1
          namespace: ns1
          labels: {vsplit.dev/team: identity}
        spec:
          http:
          - match: [{uri: {exact: /login}}, {uri: {exact: /logout}}]  # <- VS117
            route: [{destination: {host: productpage.default.svc.cluster.local}}]
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: vs-2
          namespace: ns1
          labels: {vsplit.dev/team: storefront}
        spec:
          http:
        %s"""
        .formatted(firstPrefix, firstTarget, secondPrefix, secondTarget, storefrontRoutes);
  }

  private static final String CATCH_ALL =
      """
          - route: [{destination: {host: productpage.default.svc.cluster.local}}]
        """;

  @Test
  void aBroaderTeamsCatchAllStealsTheMoreSpecificTeamsRoutes() {
    String yaml = seed("/", "vs-2", "/log", "vs-1", CATCH_ALL);
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "ns1/vs-1", "spec.http[0]")
        .team("identity")
        .at(yaml, "# <- VS117")
        .message(
            "this route never matches in default/bookinfo",
            "ns1/vs-2 (team storefront)",
            "Istio sends this route's requests there")
        .hint("most specific first");
  }

  @Test
  void aPlainPrimaryRouteStealsASecondarysRoute() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
        spec:
          hosts: [bookinfo.example.com]
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
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
          - route:  # <- VS117
            - destination: {host: login.identity.svc.cluster.local}
        """;
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "identity/login", "spec.http[0]")
        .at(yaml, "# <- VS117")
        .message(
            "default/bookinfo spec.http[0] (everything (no match)",
            "those routes belong to default/bookinfo");
  }

  @Test
  void theFragileOrderAloneStealsNothing() {
    // "/" before "/log", but the storefront has no route that matches /login: identity still gets
    // it (VS116 warns)
    assertSilent(
        check(
            seed(
                "/",
                "vs-2",
                "/log",
                "vs-1",
                """
          - match: [{uri: {exact: /productpage}}, {uri: {prefix: /static}}]
            route: [{destination: {host: productpage.default.svc.cluster.local}}]
        """)),
        CODE);
  }

  @Test
  void mostSpecificFirstIsSilent() {
    assertSilent(check(seed("/log", "vs-1", "/", "vs-2", CATCH_ALL)), CODE);
  }

  @Test
  void shadowingWithinOneSecondaryIsVs115NotThis() {
    String yaml =
        seed(
            "/log",
            "vs-1",
            "/",
            "vs-2",
            """
          - route: [{destination: {host: productpage.default.svc.cluster.local}}]
          - match: [{uri: {prefix: /static}}]
            route: [{destination: {host: static.default.svc.cluster.local}}]
        """);
    assertSilent(check(yaml), CODE);
  }
}
