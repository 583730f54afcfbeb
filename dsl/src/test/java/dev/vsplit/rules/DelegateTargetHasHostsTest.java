package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * VS104: the delegate target has hosts, so it is no delegate (the seed's rule 4; see also {@link
 * SeedRulesTest}).
 */
class DelegateTargetHasHostsTest {

  private static final String CODE = "VS104";

  private static String primaryAnd(String secondarySpec) {
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
          - match:
            - uri: {prefix: /log}
            delegate: {name: login}  # <- VS104
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: default
        spec:
        %s
          http:
          - route:
            - destination: {host: login.identity.svc.cluster.local}
        """
        .formatted(secondarySpec);
  }

  @Test
  void targetWithHostsIsReportedOnThePrimary() {
    String yaml = primaryAnd("  hosts: [login.example.com]");
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[0].delegate")
        .team("platform")
        .at(yaml, "# <- VS104")
        .message(
            "delegate default/login has hosts [login.example.com]",
            "does not treat it as a delegate",
            "drops this route",
            "independent VirtualService")
        .hint("remove hosts", "default/login");
  }

  @Test
  void targetWithoutHostsIsSilent() {
    assertSilent(check(primaryAnd("  exportTo: [\".\"]")), CODE);
  }
}
