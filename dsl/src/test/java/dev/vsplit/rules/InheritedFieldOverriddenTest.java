package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.findings;
import static dev.vsplit.rules.RuleFixtures.lineOf;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VS118: a secondary route that sets a field the primary's delegate route sets too replaces the
 * administrator's value whole ({@code istio/delegation.md} (c)).
 */
class InheritedFieldOverriddenTest {

  private static final String CODE = "VS118";

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
          - {match: [{uri: {prefix: /log}}], delegate: {name: login, namespace: identity}, %s}  # <- primary
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          http:
          - {match: [{uri: {prefix: /login}}], route: [{destination: {host: login.identity.svc.cluster.local}}], %s}  # <- VS118
        """
        .formatted(rootFields, ownFields);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      timeout: 3s                                        | timeout: 30s                                        | timeout | "30s" | "3s"
      retries: {attempts: 3, perTryTimeout: 1s}          | retries: {attempts: 0}                              | retries | {"attempts":0} | {"attempts":3,"perTryTimeout":"1s"}
      headers: {request: {set: {x-tenant: acme}}}        | headers: {response: {remove: [server]}}             | headers | {"response":{"remove":["server"]}} | {"request":{"set":{"x-tenant":"acme"}}}
      corsPolicy: {allowOrigins: [{exact: a.example.com}]} | corsPolicy: {allowOrigins: [{exact: b.example.com}]} | corsPolicy | b.example.com | a.example.com
      rewrite: {authority: login.internal}               | rewrite: {uri: /signin}                             | rewrite | {"uri":"/signin"} | {"authority":"login.internal"}
      """)
  void aFieldTheRouteSetsOverTheDelegationsIsNamedWithBothValuesAndBothFiles(
      String rootFields, String ownFields, String field, String own, String admin) {
    String yaml = merge(rootFields, ownFields);
    assertThatFinding(only(check(yaml), CODE))
        .is(CODE, Severity.WARNING, "identity/login", "spec.http[0]." + field)
        .team("identity")
        .at(yaml, "# <- VS118")
        .message(
            "this route sets " + field + " ",
            own,
            admin,
            "the primary default/bookinfo spec.http[0] (test.yaml:"
                + lineOf(yaml, "# <- primary")
                + ":")
        .hint("leave " + field + " out of this route");
  }

  @Test
  void replacedHeadersSayNoneOfThePrimarysOperationsApply() {
    String yaml =
        merge(
            "headers: {request: {set: {x-tenant: acme}}}",
            "headers: {response: {remove: [server]}}");
    assertThat(only(check(yaml), CODE).message())
        .endsWith("(none of the primary's header operations apply to this route)");
  }

  @Test
  void theSameValueOrAFieldOnlyOneSideSetsIsSilent() {
    assertSilent(check(merge("timeout: 3s", "timeout: 3s")), CODE);
    assertSilent(check(merge("timeout: 3s", "retries: {attempts: 2}")), CODE);
    assertSilent(check(merge("name: login", "name: signin")), CODE); // names combine, no override
  }

  @Test
  void eachOverriddenFieldIsOneFinding() {
    assertThat(
            findings(
                check(
                    merge(
                        "timeout: 3s, retries: {attempts: 3}",
                        "timeout: 1s, retries: {attempts: 1}")),
                CODE))
        .extracting(f -> f.path())
        .containsExactly("spec.http[0].timeout", "spec.http[0].retries");
  }
}
