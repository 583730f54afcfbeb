package dev.vsplit.rules;

import static dev.vsplit.rules.DelegationShadowedTest.primary;
import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.only;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * VS116: a delegation after a broader delegation ({@code /} before {@code /log}): fragile, not yet
 * broken.
 */
class DelegationAfterBroaderDelegationTest {

  private static final String CODE = "VS116";

  @Test
  void catchAllDelegationBeforeAMoreSpecificOne() {
    String yaml =
        primary(
            "{match: [{uri: {prefix: /}}], delegate: {name: web, namespace: web}}",
            "{match: [{uri: {prefix: /log}}], delegate: {name: identity, namespace: identity}}  # <- VS116");
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.WARNING, "default/bookinfo", "spec.http[1]")
        .team("platform")
        .at(yaml, "# <- VS116")
        .message(
            "delegation of prefix \"/log\" to identity/identity comes after spec.http[0] (prefix \"/\" to web/web)",
            "offered to web/web's routes first",
            "a catch-all added there later would take them all")
        .hint("most specific first", "move spec.http[1] before spec.http[0]");
  }

  @Test
  void mostSpecificFirstIsSilent() {
    assertSilent(
        check(
            primary(
                "{match: [{uri: {prefix: /log}}], delegate: {name: identity, namespace: identity}}",
                "{match: [{uri: {prefix: /}}], delegate: {name: web, namespace: web}}")),
        CODE);
  }

  @Test
  void aPlainCoveringRouteIsVs114NotThis() {
    assertSilent(
        check(
            primary(
                "{match: [{uri: {prefix: /}}], route: [{destination: {host: web.default.svc.cluster.local}}]}",
                "{match: [{uri: {prefix: /log}}], delegate: {name: identity, namespace: identity}}")),
        CODE);
  }
}
