package dev.vsplit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.routing.EffectiveRoutes;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.testing.Trees;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * YAML in, report out: the plumbing of the rule tests. Inputs are read as the file {@value #FILE};
 * a test marks the line a finding must point at with a comment ({@code # <- VS102}) and asserts it
 * with {@link FindingAssert#at}.
 */
final class RuleFixtures {

  static final String FILE = "test.yaml";

  private RuleFixtures() {}

  /** Reads the YAML (which must be readable) and runs every rule over it. */
  static Report check(String yaml) {
    ReadResult read = new ManifestReader().readString(FILE, yaml);
    assertThat(read.problems()).as("YAML problems").isEmpty();
    return new Checker(MeshOptions.DEFAULTS).check(read);
  }

  /** Reads the YAML, problems and all, and runs every rule over it. */
  static Report checkUnreadable(String yaml) {
    return new Checker(MeshOptions.DEFAULTS).check(new ManifestReader().readString(FILE, yaml));
  }

  static List<Finding> findings(Report report, String code) {
    return report.findings().stream().filter(f -> f.code().id().equals(code)).toList();
  }

  /**
   * The single finding of {@code code}; fails, listing every finding, when there is not exactly
   * one.
   */
  static Finding only(Report report, String code) {
    List<Finding> found = findings(report, code);
    assertThat(found).as("%s findings among %s", code, report.findings()).hasSize(1);
    return found.get(0);
  }

  /**
   * Asserts that the report has no finding of {@code code}, and that the webhook admits every
   * resource (so that the silence is not merely that of a refused resource).
   */
  static void assertSilent(Report report, String code) {
    assertThat(findings(report, code)).as("%s findings", code).isEmpty();
    assertThat(report.rejected()).as("rejected resources").isEmpty();
  }

  /** The 1-based line of the one line of {@code yaml} that contains {@code fragment}. */
  static int lineOf(String yaml, String fragment) {
    String[] lines = yaml.split("\n", -1);
    int found = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(fragment)) {
        assertThat(found).as("%s occurs on more than one line", fragment).isEqualTo(-1);
        found = i + 1;
      }
    }
    assertThat(found).as("no line contains %s", fragment).isPositive();
    return found;
  }

  /** The effective routes as a normalized tree, items sorted by namespace and name. */
  static Object effective(Report report) {
    return sorted(Trees.parse(EffectiveRoutes.toYaml(report.effective())));
  }

  /**
   * An expected effective-routes document (the form of {@code expect.effective}) as a normalized
   * tree.
   */
  static Object effective(String yaml) {
    return sorted(Trees.parse(yaml));
  }

  @SuppressWarnings("unchecked")
  private static Object sorted(Object items) {
    if (items == null) {
      return List.of();
    }
    List<Map<String, Object>> list = new ArrayList<>((List<Map<String, Object>>) items);
    list.sort(
        Comparator.comparing((Map<String, Object> m) -> (String) m.get("namespace"))
            .thenComparing(m -> (String) m.get("name")));
    return list;
  }

  static FindingAssert assertThatFinding(Finding finding) {
    return new FindingAssert(finding);
  }

  /** Assertions on one finding, each naming the finding when it fails. */
  static final class FindingAssert {
    private final Finding f;

    FindingAssert(Finding f) {
      this.f = f;
    }

    FindingAssert is(String code, Severity severity, String resource, String path) {
      assertThat(f.code().id()).as("code of %s", f).isEqualTo(code);
      assertThat(f.severity()).as("severity of %s", f).isEqualTo(severity);
      assertThat(f.resource()).as("resource of %s", f).isEqualTo(resource);
      assertThat(f.path()).as("path of %s", f).isEqualTo(path);
      return this;
    }

    FindingAssert team(String team) {
      assertThat(f.team()).as("team of %s", f).isEqualTo(team);
      return this;
    }

    /** The finding points at the line of {@code yaml} that contains {@code marker}. */
    FindingAssert at(String yaml, String marker) {
      assertThat(f.source()).as("source of %s", f).isNotNull();
      assertThat(f.source().file()).as("file of %s", f).isEqualTo(FILE);
      assertThat(f.source().line()).as("line of %s", f).isEqualTo(lineOf(yaml, marker));
      return this;
    }

    FindingAssert message(String... words) {
      assertThat(f.message()).as("message of %s", f).contains(words);
      return this;
    }

    FindingAssert hint(String... words) {
      assertThat(f.hint()).as("hint of %s", f).contains(words);
      return this;
    }

    Finding finding() {
      return f;
    }
  }
}
