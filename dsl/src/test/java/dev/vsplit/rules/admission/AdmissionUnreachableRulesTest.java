package dev.vsplit.rules.admission;

import static dev.vsplit.rules.admission.AdmissionFixtures.admits;
import static dev.vsplit.rules.admission.AdmissionFixtures.rejects;
import static dev.vsplit.rules.admission.AdmissionFixtures.validate;
import static dev.vsplit.rules.admission.AdmissionFixtures.warning;
import static dev.vsplit.rules.admission.AdmissionFixtures.withHttp;
import static dev.vsplit.rules.admission.AdmissionFixtures.withSpec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.rules.admission.AdmissionFixtures.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The warnings of Istio's {@code analyzeUnreachableHTTPRules} (and its tcp and tls twins): run per
 * VirtualService, knowing nothing of delegation. All are admitted.
 */
class AdmissionUnreachableRulesTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void http(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  static Stream<Case> http() {
    return Stream.of(
        rejects(
            "two catch-alls",
            withHttp(
                """
                - route:
                  - destination: {host: reviews, subset: v1}
                - route:
                  - destination: {host: reviews, subset: v2}
                """),
            warning(
                "spec.http[1]",
                "virtualService rule #1 not used (only the last rule can have no matches)")),
        rejects(
            "a rule after the catch-all, once per match",
            withHttp(
                """
                - route:
                  - destination: {host: reviews, subset: v1}
                - name: jason
                  match:
                  - headers: {end-user: {exact: jason}}
                  - headers: {end-user: {exact: json}}
                  route:
                  - destination: {host: reviews, subset: v2}
                """),
            warning(
                "spec.http[1]",
                "virtualService rule \"jason\" not used (route without matches defined before)"),
            warning(
                "spec.http[1]",
                "virtualService rule \"jason\" not used (route without matches defined before)")),
        rejects(
            "a root whose catch-all delegate route comes first",
            withHttp(
                """
                - delegate: {name: everything}
                - match:
                  - uri: {prefix: /reviews}
                  delegate: {name: reviews}
                """),
            warning(
                "spec.http[1]",
                "virtualService rule #1 not used (route without matches defined before)")),
        rejects(
            "a match seen before (match names do not count)",
            withHttp(
                """
                - match:
                  - name: first
                    uri: {exact: /a}
                  route:
                  - destination: {host: reviews}
                - name: again
                  match:
                  - name: second
                    uri: {exact: /a}
                  route:
                  - destination: {host: ratings}
                """),
            warning(
                "spec.http[1].match[0]",
                "virtualService rule \"again\" match \"second\" is not used (duplicate/overlapping match in rule #0)"),
            warning(
                "spec.http[1]",
                "virtualService rule \"again\" not used (all matches used by prior rules)")),
        rejects(
            "a longer prefix after a shorter one",
            withHttp(
                """
                - name: a
                  match:
                  - uri: {prefix: /a}
                  route:
                  - destination: {host: reviews}
                - match:
                  - uri: {prefix: /ab}
                  route:
                  - destination: {host: ratings}
                """),
            warning(
                "spec.http[1].match[0]",
                "virtualService rule #1 match #0 of prefix /ab is not used (duplicate/overlapping match in rule #0 of prefix /a on \"a\")")),
        rejects(
            "a match seen before among others of the same uri value",
            withHttp(
                """
                - match:
                  - uri: {prefix: /a}
                  route:
                  - destination: {host: reviews}
                - match:
                  - uri: {exact: /a}
                  route:
                  - destination: {host: reviews}
                - name: dup
                  match:
                  - uri: {exact: /a}
                  route:
                  - destination: {host: ratings}
                """),
            warning(
                "spec.http[2].match[0]",
                "virtualService rule \"dup\" match #0 is not used (duplicate/overlapping match in rule #1)"),
            warning(
                "spec.http[2]",
                "virtualService rule \"dup\" not used (all matches used by prior rules)")),
        admits(
            "a longer prefix first",
            withHttp(
                """
                - match:
                  - uri: {prefix: /ab}
                  route:
                  - destination: {host: ratings}
                - match:
                  - uri: {prefix: /a}
                  route:
                  - destination: {host: reviews}
                """)),
        admits(
            "a longer prefix with a header the shorter one lacks",
            withHttp(
                """
                - match:
                  - uri: {prefix: /a}
                  route:
                  - destination: {host: reviews}
                - match:
                  - uri: {prefix: /ab}
                    headers: {x-user: {exact: bob}}
                  route:
                  - destination: {host: ratings}
                """)),
        admits(
            "the same prefix with another method",
            withHttp(
                """
                - match:
                  - uri: {prefix: /a}
                  route:
                  - destination: {host: reviews}
                - match:
                  - uri: {prefix: /a}
                    method: {exact: POST}
                  route:
                  - destination: {host: ratings}
                """)),
        admits(
            "{} and no uri are different matches; exact \"\" and {} too",
            withHttp(
                """
                - match:
                  - uri: {}
                  route:
                  - destination: {host: reviews}
                - match:
                  - uri: {exact: ""}
                  route:
                  - destination: {host: reviews}
                - match:
                  - ignoreUriCase: false
                  route:
                  - destination: {host: reviews}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void tcpAndTls(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  static Stream<Case> tcpAndTls() {
    return Stream.of(
        rejects(
            "two tcp catch-alls",
            withSpec(
                """
                hosts: [db.example.com]
                tcp:
                - route:
                  - destination: {host: db1.example.com}
                - route:
                  - destination: {host: db2.example.com}
                """),
            warning(
                "spec.tcp[1]",
                "virtualService rule #1 not used (only the last rule can have no matches)")),
        rejects(
            "the same tls match twice",
            withSpec(
                """
                hosts: [a.example.com]
                gateways: [istio-system/gw]
                tls:
                - match:
                  - sniHosts: [a.example.com]
                    port: 443
                  route:
                  - destination: {host: a.example.com}
                - match:
                  - port: 443
                    sniHosts: [a.example.com]
                  route:
                  - destination: {host: b.example.com}
                """),
            warning(
                "spec.tls[1].match[0]",
                "virtualService rule #1 match #0 is not used (duplicate/overlapping match in rule #0)"),
            warning(
                "spec.tls[1]",
                "virtualService rule #1 not used (all matches used by prior rules)")),
        admits(
            "distinct tcp matches",
            withSpec(
                """
                hosts: [db.example.com]
                tcp:
                - match:
                  - port: 27017
                  route:
                  - destination: {host: db1.example.com}
                - match:
                  - port: 27018
                  route:
                  - destination: {host: db2.example.com}
                """)));
  }
}
