package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VS111: a secondary route plus fields inherited from the primary route form a combination the
 * webhook refuses on one route ({@code istio/delegation.md} (c)).
 */
class InheritedCombinationTest {

  private static final String CODE = "VS111";

  /**
   * A primary route with {@code rootFields} delegating to a secondary route with {@code ownFields}
   * (flow-mapping entries).
   */
  private static String merge(String rootFields, String ownFields) {
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
          - {match: [{uri: {prefix: /log}}], delegate: {name: login, namespace: identity}, %s}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          http:
          - {match: [{uri: {prefix: /login}}], %s}  # <- VS111
        """
        .formatted(rootFields, ownFields);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      rewrite: {uri: /signin}                | redirect: {uri: /sso}                                        | its redirect with the primary's rewrite         | remove rewrite from the primary route default/bookinfo spec.http[0], or redirect from this route
      fault: {abort: {httpStatus: 500, percentage: {value: 1}}} | redirect: {uri: /sso}                   | its redirect with the primary's fault           | remove fault from the primary route
      directResponse: {status: 503}          | redirect: {uri: /sso}                                        | its redirect with the primary's directResponse  | remove directResponse from the primary route
      directResponse: {status: 503}          | route: [{destination: {host: login.identity.svc.cluster.local}}] | its route with the primary's directResponse | remove directResponse from the primary route
      fault: {abort: {httpStatus: 500, percentage: {value: 1}}} | directResponse: {status: 200}           | its directResponse with the primary's fault     | remove fault from the primary route
      rewrite: {uri: /signin}                | directResponse: {status: 200}                                | its directResponse with the primary's rewrite   | remove rewrite from the primary route
      mirrors: [{destination: {host: shadow.identity.svc.cluster.local}}] | mirror: {host: copy.identity.svc.cluster.local}, route: [{destination: {host: login.identity.svc.cluster.local}}] | its mirror with the primary's mirrors | remove mirrors from the primary route
      mirror: {host: copy.identity.svc.cluster.local} | mirrors: [{destination: {host: shadow.identity.svc.cluster.local}}], route: [{destination: {host: login.identity.svc.cluster.local}}] | its mirrors with the primary's mirror | remove mirror from the primary route
      mirror: {host: copy.identity.svc.cluster.local}, mirrors: [{destination: {host: shadow.identity.svc.cluster.local}}] | route: [{destination: {host: login.identity.svc.cluster.local}}] | the primary's mirror with the primary's mirrors | remove mirror or mirrors from the primary route default/bookinfo spec.http[0]
      """)
  void combinationTheWebhookRefusesOnOneRouteIsReported(
      String rootFields, String ownFields, String combination, String fix) {
    String yaml = merge(rootFields, ownFields);
    Report report = check(yaml);
    assertThat(report.rejected()).as("both are admitted one by one").isEmpty();
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.WARNING, "identity/login", "spec.http[0]")
        .team("identity")
        .at(yaml, "# <- VS111")
        .message(
            "merged into default/bookinfo spec.http[0]",
            combination,
            "does not check merged routes")
        .hint(fix);
  }

  @Test
  void inheritedFieldsThatGoTogetherAreSilent() {
    Report report =
        check(
            merge(
                "timeout: 5s, retries: {attempts: 2}, rewrite: {uri: /signin}, mirror: {host: copy.identity.svc.cluster.local}",
                "route: [{destination: {host: login.identity.svc.cluster.local}}], fault: {delay: {fixedDelay: 1s, percentage: {value: 1}}}"));
    assertSilent(report, CODE);
  }

  @Test
  void ownDirectResponseReplacesTheRootsAndIsSilent() {
    assertSilent(
        check(
            merge(
                "directResponse: {status: 503}",
                "directResponse: {status: 200}, headers: {response: {set: {x-a: b}}}")),
        CODE);
  }
}
