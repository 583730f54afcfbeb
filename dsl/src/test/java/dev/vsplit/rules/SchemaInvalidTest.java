package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.findings;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VS004: a resource that breaks Istio's CRD schema, so the API server refuses it. */
class SchemaInvalidTest {

  private static final String CODE = "VS004";

  private static String secondaryRoute(String route) {
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
          - match:
            - uri: {prefix: /login}
        %s"""
        .formatted(route);
  }

  @Test
  void twoFieldsOfAnAtMostOneGroupAreNamedAtTheirLine() {
    String yaml =
        secondaryRoute(
            """
            redirect: {uri: /signin, port: 8443, derivePort: FROM_REQUEST_PORT}  # <- VS004
        """);
    Report report = check(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.ERROR, "identity/login", "spec.http[0].redirect")
        .team("identity")
        .at(yaml, "# <- VS004")
        .message(
            "breaks Istio's VirtualService schema",
            "sets port and derivePort, but only one of port, derivePort may be set",
            "never stored",
            "default/bookinfo spec.http[0]")
        .hint("fix the field");
    assertThat(report.effective().get(0).routes()).isEmpty();
  }

  @Test
  void eachBrokenFieldIsOneFinding() {
    String yaml =
        secondaryRoute(
            """
            fault:
              abort: {httpStatus: 503, grpcStatus: UNAVAILABLE, percentage: {value: 5}}  # <- abort
            route:
            - destination: {host: login.identity.svc.cluster.local}
          - timeout: 500us  # <- timeout
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """);
    List<Finding> found = findings(check(yaml), CODE);
    assertThat(found).hasSize(2);
    assertThatFinding(found.get(0))
        .is(CODE, Severity.ERROR, "identity/login", "spec.http[0].fault.abort")
        .at(yaml, "# <- abort")
        .message("sets httpStatus and grpcStatus");
    assertThatFinding(found.get(1))
        .is(CODE, Severity.ERROR, "identity/login", "spec.http[1].timeout")
        .at(yaml, "# <- timeout")
        .message("1ms", "500us");
  }

  @Test
  void oneFieldOfEachGroupIsSilent() {
    assertSilent(
        check(
            secondaryRoute(
                """
            redirect: {uri: /signin, derivePort: FROM_REQUEST_PORT}
          - fault:
              abort: {httpStatus: 503, percentage: {value: 5}}
            timeout: 2ms
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """)),
        CODE);
  }
}
