package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VS108: exportTo with {@code ~}, or {@code *} with other entries. */
class InvalidExportToTest {

  private static final String CODE = "VS108";

  private static String secondaryExportedTo(String exportTo) {
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
          exportTo: %s  # <- VS108
          http:
          - route:
            - destination: {host: login.identity.svc.cluster.local}
        """
        .formatted(exportTo);
  }

  @Test
  void noneIsRefused() {
    String yaml = secondaryExportedTo("[\"~\"]");
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "identity/login", "spec.exportTo[0]")
        .team("identity")
        .at(yaml, "# <- VS108")
        .message(
            "exportTo ~ (none) is not allowed", "never stored", "default/bookinfo spec.http[0]")
        .hint("'*' alone");
  }

  @Test
  void publicWithOthersIsRefused() {
    String yaml = secondaryExportedTo("[\"*\", default]");
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "identity/login", "spec.exportTo")
        .at(yaml, "# <- VS108")
        .message("cannot have both public (*) and non-public exportTo values");
  }

  @ParameterizedTest(name = "exportTo: {0}")
  @ValueSource(strings = {"[\"*\"]", "[\".\", default]", "[default, web]", "[]"})
  void validExportToIsSilent(String exportTo) {
    assertSilent(check(secondaryExportedTo(exportTo)), CODE);
  }
}
