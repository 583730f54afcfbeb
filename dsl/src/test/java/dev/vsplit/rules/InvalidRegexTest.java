package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/** VS008: a regex RE2 (Envoy's engine) rejects; the webhook refuses the resource. */
class InvalidRegexTest {

  private static final String CODE = "VS008";

  private static String secondaryWithUri(String uri) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
        spec:
          hosts: [bookinfo.example.com]
          http:
          - delegate: {name: login, namespace: identity}
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
            - uri: %s  # <- VS008
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """
        .formatted(uri);
  }

  @Test
  void lookaheadIsRefused() {
    String yaml = secondaryWithUri("{regex: \"/log(?!out).*\"}");
    Report report = check(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.ERROR, "identity/login", "spec.http[0].match[0].uri")
        .team("identity")
        .at(yaml, "# <- VS008")
        .message(
            "error parsing regexp", "(?!", "RE2", "never stored", "default/bookinfo spec.http[0]")
        .hint("RE2 syntax", "lookahead");
    assertThat(report.rejected())
        .extracting(r -> r.resource().toString())
        .containsExactly("identity/login");
  }

  @Test
  void backreferenceIsRefused() {
    assertThatFinding(only(check(secondaryWithUri("{regex: \"/(a)\\\\1\"}")), CODE))
        .is(CODE, Severity.ERROR, "identity/login", "spec.http[0].match[0].uri");
  }

  @Test
  void re2RegexIsSilent() {
    assertSilent(check(secondaryWithUri("{regex: \"/log(in|out)/[0-9]+\"}")), CODE);
  }
}
