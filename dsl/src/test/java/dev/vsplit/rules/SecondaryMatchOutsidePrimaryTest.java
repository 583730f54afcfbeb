package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.effective;
import static dev.vsplit.rules.RuleFixtures.findings;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VS102: a secondary's match that fits no match of the primary route delegating to it. One case per
 * field of Istio's {@code hasConflict} table ({@code istio/delegation.md} (b)), each asserting the
 * path ends with the field and the message names both values.
 */
class SecondaryMatchOutsidePrimaryTest {

  private static final String CODE = "VS102";

  /**
   * A primary {@code default/bookinfo} (team platform) whose one route has the match {@code root}
   * and delegates to {@code identity/login} (team identity), whose one route has the match {@code
   * leaf} (both written as YAML flow mappings), on the line marked {@code # <- leaf}.
   */
  static String delegation(String root, String leaf) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          gateways: [istio-system/ingressgateway]
          http:
          - match:
            - %s
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
            - %s  # <- leaf
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """
        .formatted(root, leaf);
  }

  /**
   * Asserts the one VS102 finding of {@code yaml}: on the leaf match, at {@code field}, naming
   * {@code words}.
   */
  private static Finding assertDropped(String yaml, String field, String... words) {
    Report report = check(yaml);
    Finding f = only(report, CODE);
    assertThatFinding(f)
        .is(CODE, Severity.ERROR, "identity/login", "spec.http[0].match[0]." + field)
        .team("identity")
        .at(yaml, "# <- leaf")
        .message(words)
        .message("default/bookinfo", "drops this whole route");
    assertThat(report.effective())
        .singleElement()
        .satisfies(
            vs -> assertThat(vs.routes()).as("effective routes of default/bookinfo").isEmpty());
    return f;
  }

  @Nested
  class Uri {

    @Test
    void shorterPrefixUnderPrefixIsDropped() {
      Finding f =
          assertDropped(
              delegation("{uri: {prefix: /log}}", "{uri: {prefix: /lo}}"),
              "uri",
              "prefix \"/lo\"",
              "prefix \"/log\"");
      assertThatFinding(f).hint("keep the match inside prefix \"/log\"");
    }

    @Test
    void exactOutsidePrefixIsDropped() {
      assertDropped(
          delegation("{uri: {prefix: /log}}", "{uri: {exact: /profile}}"),
          "uri",
          "exact \"/profile\"",
          "prefix \"/log\"");
    }

    @Test
    void otherExactUnderExactIsDropped() {
      assertDropped(
          delegation("{uri: {exact: /login}}", "{uri: {exact: /logout}}"),
          "uri",
          "exact \"/logout\"",
          "exact \"/login\"");
    }

    @Test
    void prefixUnderExactIsDroppedEvenWhenEqual() {
      assertDropped(
          delegation("{uri: {exact: /login}}", "{uri: {prefix: /login}}"),
          "uri",
          "prefix \"/login\"",
          "exact \"/login\"");
    }

    @Test
    void regexUnderPrefixIsDropped() {
      assertDropped(
          delegation("{uri: {prefix: /log}}", "{uri: {regex: /log(in|out)}}"),
          "uri",
          "regex \"/log(in|out)\"",
          "prefix \"/log\"");
    }

    @Test
    void identicalRegexIsDropped() {
      assertDropped(
          delegation("{uri: {regex: /log.*}}", "{uri: {regex: /log.*}}"),
          "uri",
          "regex \"/log.*\"",
          "repeats",
          "identical");
    }

    @Test
    void rootRegexWithLeafPrefixIsDropped() {
      assertDropped(
          delegation("{uri: {regex: /log.*}}", "{uri: {prefix: /login}}"),
          "uri",
          "prefix \"/login\"",
          "regex \"/log.*\"");
    }

    @Test
    void rootRegexWithLeafExactIsDropped() {
      assertDropped(
          delegation("{uri: {regex: /log.*}}", "{uri: {exact: /login}}"),
          "uri",
          "exact \"/login\"",
          "regex \"/log.*\"");
    }

    @Test
    void prefixIsComparedCaseSensitivelyEvenWithIgnoreUriCase() {
      Finding f =
          assertDropped(
              delegation(
                  "{uri: {prefix: /log}, ignoreUriCase: true}",
                  "{uri: {prefix: /LOGIN}, ignoreUriCase: true}"),
              "uri",
              "prefix \"/LOGIN\"",
              "prefix \"/log\"");
      assertThatFinding(f).message("case-sensitively");
    }

    @Test
    void rootEmptyPrefixDropsEveryLeafUri() {
      Finding f =
          assertDropped(
              delegation("{uri: {prefix: \"\"}}", "{uri: {prefix: /login}}"),
              "uri",
              "prefix \"/login\"",
              "prefix \"\"",
              "empty");
      assertThatFinding(f).message("no value");
    }

    @Test
    void leafEmptyUriObjectUnderPrefixIsDropped() {
      assertDropped(
          delegation("{uri: {prefix: /log}}", "{uri: {}}"), "uri", "uri {}", "prefix \"/log\"");
    }
  }

  @Nested
  class OtherStringFields {

    @Test
    void schemeIsDropped() {
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, scheme: {exact: https}}",
              "{uri: {prefix: /login}, scheme: {exact: http}}"),
          "scheme",
          "exact \"http\"",
          "exact \"https\"");
    }

    @Test
    void methodIsDropped() {
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, method: {exact: GET}}",
              "{uri: {prefix: /login}, method: {exact: POST}}"),
          "method",
          "exact \"POST\"",
          "exact \"GET\"");
    }

    @Test
    void authorityIsDropped() {
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, authority: {exact: a.example.com}}",
              "{uri: {prefix: /login}, authority: {prefix: b.example}}"),
          "authority",
          "prefix \"b.example\"",
          "exact \"a.example.com\"");
    }
  }

  @Nested
  class KeyedFields {

    @Test
    void headerIsDropped() {
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, headers: {x-env: {exact: prod}}}",
              "{uri: {prefix: /login}, headers: {x-env: {exact: dev}}}"),
          "headers.x-env",
          "exact \"dev\"",
          "exact \"prod\"");
    }

    @Test
    void withoutHeaderIsDroppedByTheSameSubsetRuleNotAnInvertedOne() {
      // the leaf excludes less than the root (a longer prefix), yet Istio only asks "starts with"
      assertSilent(
          check(
              delegation(
                  "{uri: {prefix: /log}, withoutHeaders: {x-debug: {prefix: \"on\"}}}",
                  "{uri: {prefix: /login}, withoutHeaders: {x-debug: {prefix: \"only\"}}}")),
          CODE);
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, withoutHeaders: {x-debug: {exact: \"1\"}}}",
              "{uri: {prefix: /login}, withoutHeaders: {x-debug: {exact: \"2\"}}}"),
          "withoutHeaders.x-debug",
          "exact \"2\"",
          "exact \"1\"");
    }

    @Test
    void queryParamIsDropped() {
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, queryParams: {v: {exact: \"1\"}}}",
              "{uri: {prefix: /login}, queryParams: {v: {regex: \"[0-9]\"}}}"),
          "queryParams.v",
          "regex \"[0-9]\"",
          "exact \"1\"");
    }

    @Test
    void sourceLabelIsDropped() {
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, sourceLabels: {app: web}}",
              "{uri: {prefix: /login}, sourceLabels: {app: api}}"),
          "sourceLabels.app",
          "app=api",
          "app=web");
    }
  }

  @Nested
  class NonStringFields {

    @Test
    void ignoreUriCaseDiffersIsDropped() {
      assertDropped(
          delegation("{uri: {prefix: /log}, ignoreUriCase: true}", "{uri: {prefix: /login}}"),
          "ignoreUriCase",
          "false",
          "true");
    }

    @Test
    void ignoreUriCaseDiffersEvenWithoutLeafUri() {
      Finding f =
          assertDropped(
              delegation(
                  "{uri: {prefix: /log}, ignoreUriCase: true}",
                  "{headers: {x-beta: {exact: \"1\"}}}"),
              "ignoreUriCase",
              "false",
              "true",
              "even when");
      assertThatFinding(f).hint("ignoreUriCase");
    }

    @Test
    void otherPortIsDropped() {
      assertDropped(
          delegation("{uri: {prefix: /log}, port: 80}", "{uri: {prefix: /login}, port: 8080}"),
          "port",
          "8080",
          "80");
    }

    @Test
    void sourceNamespaceNotRepeatedIsDropped() {
      Finding f =
          assertDropped(
              delegation(
                  "{uri: {prefix: /log}, sourceNamespace: frontend}", "{uri: {prefix: /login}}"),
              "sourceNamespace",
              "not repeated",
              "\"frontend\"");
      assertThatFinding(f).hint("repeat the primary's sourceNamespace");
    }

    @Test
    void otherSourceNamespaceIsDropped() {
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, sourceNamespace: frontend}",
              "{uri: {prefix: /login}, sourceNamespace: backend}"),
          "sourceNamespace",
          "\"backend\"",
          "\"frontend\"");
    }

    @Test
    void shortGatewayMeansTheSecondarysNamespace() {
      // both write "ingressgateway": default/ingressgateway for the primary,
      // identity/ingressgateway for the secondary
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, gateways: [ingressgateway]}",
              "{uri: {prefix: /login}, gateways: [ingressgateway]}"),
          "gateways",
          "identity/ingressgateway",
          "default/ingressgateway");
    }

    @Test
    void moreGatewaysThanTheRootIsDropped() {
      assertDropped(
          delegation(
              "{uri: {prefix: /log}, gateways: [istio-system/a]}",
              "{uri: {prefix: /login}, gateways: [istio-system/a, istio-system/b]}"),
          "gateways",
          "istio-system/b",
          "[istio-system/a]");
    }
  }

  @Nested
  class WholeRoute {

    @Test
    void oneConflictingMatchDropsTheWholeRoute() {
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
              - uri: {prefix: /logout}
              route:
              - destination: {host: logout.identity.svc.cluster.local}
            - match:
              - uri: {prefix: /login}
              - uri: {exact: /profile}  # <- VS102
              route:
              - destination: {host: login.identity.svc.cluster.local}
          """;
      Report report = check(yaml);
      assertThatFinding(only(report, CODE))
          .is(CODE, Severity.ERROR, "identity/login", "spec.http[1].match[1].uri")
          .team("identity")
          .at(yaml, "# <- VS102")
          .message("exact \"/profile\"", "prefix \"/log\"", "all of its matches");
      // /login fitted, but the route is gone: only /logout is left
      assertThat(effective(report))
          .isEqualTo(
              effective(
                  """
          - name: bookinfo
            namespace: default
            http:
            - match:
              - uri: {prefix: /logout}
              route:
              - destination: {host: logout.identity.svc.cluster.local}
          """));
    }

    @Test
    void fittingNoneOfSeveralRootMatchesNamesEach() {
      String yaml =
          delegation(
              "{uri: {prefix: /log}}\n    - {uri: {prefix: /account}}", "{uri: {exact: /profile}}");
      Finding f = only(check(yaml), CODE);
      assertThatFinding(f)
          .is(CODE, Severity.ERROR, "identity/login", "spec.http[0].match[0].uri")
          .at(yaml, "# <- leaf")
          .message(
              "none of the primary route's 2 matches",
              "against its match[0], uri exact \"/profile\" is outside the primary's prefix \"/log\"",
              "against its match[1], uri exact \"/profile\" is outside the primary's prefix \"/account\"");
    }

    @Test
    void differentFieldsAgainstEachRootMatchPointAtTheMatch() {
      String yaml =
          delegation(
              "{uri: {prefix: /log}}\n    - {uri: {prefix: /account}, headers: {x-env: {exact: prod}}}",
              "{uri: {prefix: /account}, headers: {x-env: {exact: dev}}}");
      assertThatFinding(only(check(yaml), CODE))
          .is(CODE, Severity.ERROR, "identity/login", "spec.http[0].match[0]")
          .message(
              "against its match[0], uri prefix \"/account\"",
              "against its match[1], headers.x-env exact \"dev\"");
    }

    @Test
    void everyMisfitMatchOfOneRouteIsReported() {
      String yaml =
          delegation(
              "{uri: {prefix: /log}}", "{uri: {prefix: /lo}}\n    - {uri: {exact: /profile}}");
      List<Finding> found = findings(check(yaml), CODE);
      assertThat(found)
          .extracting(Finding::path)
          .containsExactly("spec.http[0].match[0].uri", "spec.http[0].match[1].uri");
    }
  }

  @Nested
  class Fits {

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        {uri: {prefix: /logout}}                                  | {uri: {prefix: /log}}
        {uri: {prefix: /log}}                                     | {uri: {prefix: /log}}
        {uri: {exact: /login}}                                    | {uri: {prefix: /log}}
        {uri: {exact: /login}}                                    | {uri: {exact: /login}}
        {uri: {regex: "/log[a-z]+"}}                              | {headers: {x-beta: {exact: "1"}}}
        {headers: {x-beta: {exact: "1"}}}                         | {uri: {prefix: /log}}
        {uri: {prefix: /login}, headers: {x-env: {exact: prod}}}  | {uri: {prefix: /log}, headers: {x-env: {prefix: pr}}}
        {uri: {prefix: /login}, queryParams: {v: {exact: "2"}}}   | {uri: {prefix: /log}}
        {uri: {prefix: /login}, port: 80}                         | {uri: {prefix: /log}, port: 80}
        {uri: {prefix: /login}, port: 8080}                       | {uri: {prefix: /log}}
        {uri: {prefix: /login}, ignoreUriCase: true}              | {uri: {prefix: /log}, ignoreUriCase: true}
        {uri: {prefix: /login}, sourceNamespace: frontend}        | {uri: {prefix: /log}, sourceNamespace: frontend}
        {uri: {prefix: /login}, sourceNamespace: frontend}        | {uri: {prefix: /log}}
        {uri: {prefix: /login}, sourceLabels: {tier: web}}        | {uri: {prefix: /log}, sourceLabels: {app: web}}
        {uri: {prefix: /login}, gateways: [default/ingressgateway]} | {uri: {prefix: /log}, gateways: [ingressgateway, mesh]}
        {uri: {prefix: /login}, gateways: [mesh]}                 | {uri: {prefix: /log}, gateways: [mesh]}
        {}                                                        | {uri: {prefix: /log}}
        """)
    void leafInsideRootIsKept(String leaf, String root) {
      Report report = check(delegation(root, leaf));
      assertSilent(report, CODE);
      assertThat(report.effective().get(0).routes()).hasSize(1);
    }

    @Test
    void leafWithoutMatchTakesTheRootsMatch() {
      String yaml =
          delegation("{uri: {prefix: /log}}", "{}")
              .replace("- match:\n    - {}  # <- leaf\n    route:", "- route:");
      Report report = check(yaml);
      assertSilent(report, CODE);
      assertThat(effective(report))
          .isEqualTo(
              effective(
                  """
          - name: bookinfo
            namespace: default
            http:
            - match:
              - uri: {prefix: /log}
              route:
              - destination: {host: login.identity.svc.cluster.local}
          """));
    }
  }
}
