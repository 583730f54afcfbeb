package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertSilent;
import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.effective;
import static dev.vsplit.rules.RuleFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VS110: a short destination host in a secondary used by a primary in another namespace. */
class ShortHostInSecondaryTest {

  private static final String CODE = "VS110";

  private static String secondaryIn(String namespace, String host) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match:
            - uri: {prefix: /reviews}
            delegate: {name: reviews, namespace: %1$s}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: reviews
          namespace: %1$s
          labels: {vsplit.dev/team: reviews}
        spec:
          http:
          - route:
            - destination: {host: %2$s}  # <- route host
            mirror: {host: %2$s}  # <- mirror host
        """
        .formatted(namespace, host);
  }

  @Test
  void shortHostResolvesInTheSecondarysNamespace() {
    String yaml = secondaryIn("reviews", "ratings");
    Report report = check(yaml);
    List<Finding> found = findings(report, CODE);
    assertThat(found).hasSize(2);
    assertThatFinding(found.get(0))
        .is(CODE, Severity.WARNING, "reviews/reviews", "spec.http[0].route[0].destination.host")
        .team("reviews")
        .at(yaml, "# <- route host")
        .message(
            "host \"ratings\"",
            "ratings.reviews.svc.cluster.local",
            "not to ratings.default.svc.cluster.local",
            "primary's namespace default",
            "503")
        .hint("fully qualified host", "ratings.reviews.svc.cluster.local");
    assertThatFinding(found.get(1))
        .is(CODE, Severity.WARNING, "reviews/reviews", "spec.http[0].mirror.host")
        .at(yaml, "# <- mirror host");
    // what Envoy gets: the secondary's namespace
    assertThat(effective(report))
        .isEqualTo(
            effective(
                """
        - name: bookinfo
          namespace: default
          http:
          - match:
            - uri: {prefix: /reviews}
            route:
            - destination: {host: ratings.reviews.svc.cluster.local}
            mirror: {host: ratings.reviews.svc.cluster.local}
        """));
  }

  @Test
  void shortHostInTheSameNamespaceAsThePrimaryIsSilent() {
    assertSilent(check(secondaryIn("default", "ratings")), CODE);
  }

  @ParameterizedTest(name = "host: {0}")
  @ValueSource(
      strings = {"ratings.reviews.svc.cluster.local", "ratings.reviews", "\"*.example.com\""})
  void qualifiedHostsAreSilent(String host) {
    Report report = check(secondaryIn("reviews", host));
    assertThat(report.rejected()).isEmpty();
    assertSilent(report, CODE);
  }
}
