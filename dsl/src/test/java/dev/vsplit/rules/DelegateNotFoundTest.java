package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.effective;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * VS105: a primary delegates to a VirtualService that does not exist (or that the webhook refuses).
 */
class DelegateNotFoundTest {

  private static final String CODE = "VS105";

  private static final String SECONDARY =
      """
      ---
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: login
        namespace: identity
        labels: {vsplit.dev/team: identity}
      spec:
        http:
        - route:
          - destination: {host: login.identity.svc.cluster.local}
      """;

  private static String primaryDelegatingTo(String delegate) {
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
            delegate: %s  # <- VS105
          - route:
            - destination: {host: web.default.svc.cluster.local}
        """
        .formatted(delegate);
  }

  @Test
  void omittedNamespaceLooksInThePrimarysNamespaceAndTheHintNamesTheRightOne() {
    String yaml = primaryDelegatingTo("{name: login}") + SECONDARY;
    Report report = check(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[0].delegate")
        .team("platform")
        .at(yaml, "# <- VS105")
        .message(
            "delegate default/login does not exist",
            "delegate.namespace is empty",
            "primary's namespace default",
            "drops this route")
        .hint("exists in namespace identity", "set delegate.namespace");
    assertThat(effective(report))
        .isEqualTo(
            effective(
                """
        - name: bookinfo
          namespace: default
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
        """));
  }

  @Test
  void missingEverywhereAsksToCreateIt() {
    String yaml = primaryDelegatingTo("{name: accounts, namespace: identity}") + SECONDARY;
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[0].delegate")
        .message("delegate identity/accounts does not exist")
        .hint("create the secondary identity/accounts", "or fix the delegate's name and namespace");
  }

  @Test
  void aTypoIsShownAsTheLikelyName() {
    String yaml = primaryDelegatingTo("{name: logon, namespace: identity}") + SECONDARY;
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[0].delegate")
        .message("delegate identity/logon does not exist")
        .hint("did you mean identity/login?");
  }

  @Test
  void emptyNameIsReported() {
    String yaml = primaryDelegatingTo("{namespace: identity}") + SECONDARY;
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[0].delegate")
        .at(yaml, "# <- VS105")
        .message("delegate has no name")
        .hint("set delegate.name");
  }

  @Test
  void refusedTargetIsAttributedToItsTeamAndQuotesTheWebhook() {
    String yaml =
        primaryDelegatingTo("{name: login, namespace: identity}")
            + SECONDARY.replace("  http:\n", "  gateways: [ingressgateway]\n  http:\n");
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.ERROR, "default/bookinfo", "spec.http[0].delegate")
        .team("identity")
        .message(
            "identity/login exists but Istio's admission webhook refuses it",
            "delegate virtual service must have no gateways specified")
        .hint("fix identity/login");
  }

  @Test
  void existingTargetIsSilent() {
    assertSilent(
        check(primaryDelegatingTo("{name: login, namespace: identity}") + SECONDARY), CODE);
  }
}
