package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.lineOf;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * VS119: requests inside one team's delegation that its routes do not take fall through to a later
 * team's route that reaches into it (issue 12's identity / storefront example).
 */
class FallThroughTest {

  private static final String CODE = "VS119";

  /** identity gets /log first, storefront / after it; each with the routes given. */
  private static String mesh(String identityRoutes, String storefrontRoutes) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          http:
          - {match: [{uri: {prefix: /log}}], delegate: {name: vs-1, namespace: ns1}}  # <- VS119
          - {match: [{uri: {prefix: /}}], delegate: {name: vs-2, namespace: ns2}}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: vs-1
          namespace: ns1
          labels: {vsplit.dev/team: identity}
        spec:
          http:
        %s
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: vs-2
          namespace: ns2
          labels: {vsplit.dev/team: storefront}
        spec:
          http:
        %s
        """
        .formatted(
            identityRoutes.indent(2).stripTrailing(), storefrontRoutes.indent(2).stripTrailing());
  }

  private static final String IDENTITY_GETS =
      """
      - {match: [{uri: {exact: /login}, method: {exact: GET}}], route: [{destination: {host: login.ns1.svc.cluster.local}}]}
      - {match: [{uri: {exact: /logout}, method: {exact: GET}}], route: [{destination: {host: login.ns1.svc.cluster.local}}]}
      """;

  private static final String STOREFRONT_POST_LO =
      """
      - {match: [{uri: {prefix: /lo}, method: {exact: POST}}], route: [{destination: {host: shop.ns2.svc.cluster.local}}]}  # <- storefront
      - {route: [{destination: {host: productpage.ns2.svc.cluster.local}}]}
      """;

  @Test
  void aLaterTeamsRouteReachingIntoTheDelegationGetsWhatTheTeamLeaves() {
    String yaml = mesh(IDENTITY_GETS, STOREFRONT_POST_LO);
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.WARNING, "default/bookinfo", "spec.http[0]")
        .at(yaml, "# <- VS119")
        .message(
            "requests matching prefix \"/log\"",
            "POST",
            "lie inside team identity's delegation (prefix \"/log\" to ns1/vs-1)",
            "fall through to team storefront's route ns2/vs-2 spec.http[0] (test.yaml:"
                + lineOf(yaml, "# <- storefront")
                + ":")
        .hint("seal ns1/vs-1 (Secondary.sealed()");
  }

  @Test
  void aSealedDelegationLeavesNothing() {
    String sealed =
        IDENTITY_GETS + "- {directResponse: {status: 404}}\n"; // the seal: a catch-all at the end
    assertSilent(check(mesh(sealed, STOREFRONT_POST_LO)), CODE);
  }

  @Test
  void routesOfTheTeamThatTakeTheSharedRequestsLeaveNothing() {
    String identity =
        IDENTITY_GETS
            + "- {match: [{uri: {prefix: /log}, method: {exact: POST}}], route: [{destination: {host: login.ns1.svc.cluster.local}}]}\n";
    assertSilent(check(mesh(identity, STOREFRONT_POST_LO)), CODE);
  }

  @Test
  void fallingThroughToTheLaterTeamsCatchAllIsNestingAsDesigned() {
    String catchAllOnly = "- {route: [{destination: {host: productpage.ns2.svc.cluster.local}}]}\n";
    assertSilent(check(mesh(IDENTITY_GETS, catchAllOnly)), CODE);
  }

  @Test
  void aLaterRouteThatSharesNoRequestIsSilent() {
    String getOnly =
        """
        - {match: [{uri: {prefix: /lo}, method: {exact: DELETE}}, {uri: {prefix: /static}}], route: [{destination: {host: shop.ns2.svc.cluster.local}}]}
        - {route: [{destination: {host: productpage.ns2.svc.cluster.local}}]}
        """;
    String identity =
        IDENTITY_GETS
            + "- {match: [{uri: {prefix: /log}, method: {exact: DELETE}}], route: [{destination: {host: login.ns1.svc.cluster.local}}]}\n";
    assertSilent(check(mesh(identity, getOnly)), CODE);
  }

  @Test
  void theSharedRequestsAreTheNarrowerPathWithBothConditions() {
    var a =
        dev.vsplit.model.HTTPMatchRequest.uri(dev.vsplit.model.StringMatch.prefix("/log"))
            .withHeaders(java.util.Map.of("x-a", dev.vsplit.model.StringMatch.exact("1")));
    var b =
        dev.vsplit.model.HTTPMatchRequest.uri(dev.vsplit.model.StringMatch.prefix("/lo"))
            .withMethod(dev.vsplit.model.StringMatch.exact("POST"));
    var shared = FallThrough.intersect(a, b);
    assertThat(shared.uri()).isEqualTo(dev.vsplit.model.StringMatch.prefix("/log"));
    assertThat(shared.method()).isEqualTo(dev.vsplit.model.StringMatch.exact("POST"));
    assertThat(shared.headers()).containsKey("x-a");
    assertThat(
            FallThrough.intersect(
                a, a.withHeaders(java.util.Map.of("x-a", dev.vsplit.model.StringMatch.exact("2")))))
        .as("two values of one header")
        .isNull();
  }
}
