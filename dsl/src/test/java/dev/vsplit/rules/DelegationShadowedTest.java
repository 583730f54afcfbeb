package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * VS114: a primary delegation placed after an earlier route that covers it ({@code /} before {@code
 * /log}).
 */
class DelegationShadowedTest {

  private static final String CODE = "VS114";

  /**
   * A primary {@code default/bookinfo} with the given routes, one flow mapping a line, and the
   * secondaries they name.
   */
  static String primary(String... routes) {
    StringBuilder out =
        new StringBuilder(
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
        """);
    for (String r : routes) {
      out.append("  - ").append(r).append('\n');
    }
    for (String team : new String[] {"web", "identity", "api"}) {
      out.append(
          """
          ---
          apiVersion: networking.istio.io/v1
          kind: VirtualService
          metadata:
            name: %1$s
            namespace: %1$s
          spec:
            http:
            - route:
              - destination: {host: %1$s.%1$s.svc.cluster.local}
          """
              .formatted(team));
    }
    return out.toString();
  }

  @Test
  void anEarlierDelegationAloneIsLeftToVs116() {
    String yaml =
        primary(
            "{match: [{uri: {prefix: /}}], delegate: {name: web, namespace: web}}",
            "{match: [{uri: {prefix: /log}}], delegate: {name: identity, namespace: identity}}");
    assertSilent(check(yaml), CODE);
  }

  @Test
  void plainRouteThatCoversADelegationIsNamedRatherThanAnEarlierDelegation() {
    String yaml =
        primary(
            "{match: [{uri: {prefix: /}}], delegate: {name: web, namespace: web}}",
            "{match: [{uri: {prefix: /api}}], route: [{destination: {host: api.default.svc.cluster.local}}]}",
            "{match: [{uri: {prefix: /api/v2}}], delegate: {name: api, namespace: api}}  # <- VS114");
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[2]")
        .at(yaml, "# <- VS114")
        .message(
            "comes after spec.http[1] (prefix \"/api\")",
            "the earlier route answers all of them",
            "api/api never receives a request")
        .hint("move spec.http[2] before spec.http[0]");
  }

  @Test
  void matchlessRouteCoversEveryLaterDelegation() {
    String yaml =
        primary(
            "{route: [{destination: {host: web.default.svc.cluster.local}}]}",
            "{match: [{uri: {exact: /login}, method: {exact: POST}}], delegate: {name: identity, namespace: identity}}  # <- VS114");
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[1]")
        .message("everything (no match)", "never receives a request");
  }

  @Test
  void mergedRouteBroaderThanThePrimaryMatchIsNotCalledUnreachable() {
    // withoutHeaders merge by the positive subset rule: the secondary's "not 12..." replaces the
    // primary's "not 1...", so x-debug: 13 passes the plain route and reaches login
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
          - match: [{uri: {prefix: /log}, withoutHeaders: {x-debug: {prefix: "1"}}}]
            route: [{destination: {host: web.default.svc.cluster.local}}]
          - match: [{uri: {prefix: /log}, withoutHeaders: {x-debug: {prefix: "1"}}}]
            delegate: {name: login, namespace: identity}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
        spec:
          http:
          - match: [{uri: {prefix: /login}, withoutHeaders: {x-debug: {prefix: "12"}}}]
            route: [{destination: {host: login.identity.svc.cluster.local}}]
        """;
    Report report = check(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[1]")
        .message(
            "comes after spec.http[0]",
            "identity/login receives only what its merged routes admit beyond that match");
    assertThat(report.findings()).extracting(Finding::code).doesNotContain(Code.VS115);
  }

  @Test
  void specificDelegationBeforeABroaderOneIsSilent() {
    assertSilent(
        check(
            primary(
                "{match: [{uri: {prefix: /log}}], delegate: {name: identity, namespace: identity}}",
                "{match: [{uri: {prefix: /}}], delegate: {name: web, namespace: web}}")),
        CODE);
  }

  @Test
  void earlierRouteThatCoversOnlyPartIsSilent() {
    // /log-archive does not cover /log; a header-refined /log does not cover plain /log
    assertSilent(
        check(
            primary(
                "{match: [{uri: {prefix: /log-archive}}], delegate: {name: web, namespace: web}}",
                "{match: [{uri: {prefix: /log}, headers: {x-beta: {exact: \"1\"}}}], delegate: {name: api, namespace: api}}",
                "{match: [{uri: {prefix: /log}}], delegate: {name: identity, namespace: identity}}")),
        CODE);
  }
}
