package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.checkUnreadable;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Severity;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VS001: a file or document that cannot be read as a manifest. */
class UnreadableInputTest {

  private static final String CODE = "VS001";

  @Test
  void yamlSyntaxErrorIsReportedAtItsLine() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
        spec:
          hosts: [bookinfo.example.com
          http: []  # <- VS001
        """;
    assertThatFinding(only(checkUnreadable(yaml), CODE))
        .is(CODE, Severity.ERROR, "", "")
        .team(null)
        .at(yaml, "# <- VS001")
        .message("YAML syntax error")
        .hint("fix the file");
  }

  /**
   * Input over one of vsplit's own read limits may be fine for Kubernetes: the hint names the limit
   * to raise.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "maxDepth,          '{a: {b: {c: {d: 1}}}}'",
    "maxScalarLength,   '\"a string of forty characters, well over\"'",
    "maxAliases,        '[&a 1, *a, *a, *a, *a]'",
    "maxAliasExpansion, '[&a [1, 2, 3, 4, 5, 6, 7, 8, 9], *a, *a]'",
  })
  void aLimitOfVsplitsNamesTheParameterNotKubectl(String limit, String value) {
    ReadLimits tight =
        switch (limit) {
          case "maxDepth" -> new ReadLimits(1 << 20, 4, 100, 10_000, 1 << 20);
          case "maxScalarLength" -> new ReadLimits(1 << 20, 64, 100, 10_000, 20);
          case "maxAliases" -> new ReadLimits(1 << 20, 64, 2, 10_000, 1 << 20);
          default -> new ReadLimits(1 << 20, 64, 100, 12, 1 << 20);
        };
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
        spec:
          x: %s
        """
            .formatted(value);
    Report report =
        new Checker(MeshOptions.DEFAULTS)
            .check(new ManifestReader(tight, "default").readString("test.yaml", yaml));
    assertThatFinding(only(report, CODE))
        .hint("a limit of vsplit's", "raise the read limit " + limit);
    assertThat(only(report, CODE).hint()).doesNotContain("kubectl");
  }

  @Test
  void valueOfTheWrongTypeNamesTheField() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: 5  # <- VS001
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
        """;
    Report report = checkUnreadable(yaml);
    assertThatFinding(only(report, CODE))
        .is(CODE, Severity.ERROR, "", "spec.hosts")
        .at(yaml, "# <- VS001")
        .message("expected a list", "the number 5");
    // a document with a problem yields no resource: the API server would refuse it too
    assertThat(report.effective()).isEmpty();
  }

  @Test
  void readableManifestsAndOtherKindsAreSilent() {
    Report report =
        checkUnreadable(
            """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 1
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
        spec:
          hosts: [bookinfo.example.com]
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
        """);
    assertSilent(report, CODE);
    assertThat(report.effective()).hasSize(1);
  }
}
