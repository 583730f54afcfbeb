package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VS106: a secondary whose exportTo does not include the primary's namespace. */
class DelegateNotExportedTest {

  private static final String CODE = "VS106";

  private static String withExportTo(String exportTo) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: istio-system
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate: {name: login, namespace: identity}  # <- VS106
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          exportTo: %s
          http:
          - route:
            - destination: {host: login.identity.svc.cluster.local}
        """
        .formatted(exportTo);
  }

  @ParameterizedTest(name = "exportTo: {0}")
  @ValueSource(strings = {"[\".\"]", "[identity, default]"})
  void notExportedToThePrimarysNamespaceDropsTheRoute(String exportTo) {
    String yaml = withExportTo(exportTo);
    Report report = check(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.ERROR, "istio-system/bookinfo", "spec.http[0].delegate")
        .team("identity")
        .at(yaml, "# <- VS106")
        .message(
            "delegate identity/login is exported to",
            "primary's namespace istio-system",
            "drops this route")
        .hint("add \"istio-system\" to spec.exportTo of identity/login");
    assertThat(report.effective().get(0).routes()).isEmpty();
  }

  @Test
  void dotIsSpelledOutAsTheSecondarysNamespace() {
    assertThatFinding(only(check(withExportTo("[\".\"]")), CODE))
        .message("exported to [.] (\".\" is its own namespace, identity)");
  }

  @ParameterizedTest(name = "exportTo: {0}")
  @ValueSource(strings = {"[\".\", istio-system]", "[\"*\"]", "[]", "[istio-system]"})
  void exportedToThePrimarysNamespaceIsSilent(String exportTo) {
    Report report = check(withExportTo(exportTo));
    assertSilent(report, CODE);
    assertThat(report.effective().get(0).routes()).hasSize(1);
  }
}
