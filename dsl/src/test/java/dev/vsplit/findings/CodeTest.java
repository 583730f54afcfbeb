package dev.vsplit.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The registry of finding codes, and the README's rule table that users read: the same codes, in
 * the same order, with the same severities and summaries, each row an anchor that links resolve to.
 */
class CodeTest {

  private static final Path README = Path.of("..", "README.md");

  @Test
  void codesAreStableIdsInOrderWithOneLineSummaries() {
    List<String> ids = Arrays.stream(Code.values()).map(Code::id).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted().allMatch(id -> id.matches("VS[0-3]\\d\\d"));
    for (Code code : Code.values()) {
      assertThat(code.toString()).isEqualTo(code.id());
      assertThat(code.summary())
          .as("summary of %s", code)
          .isNotBlank()
          .endsWith(".")
          .doesNotContain("\n")
          .doesNotContain("|");
      assertThat(code.anchor())
          .as("anchor of %s", code)
          .isEqualTo(code.id().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void ofFindsACodeByItsIdAndNamesTheKnownOnesOtherwise() {
    assertThat(Code.of("VS102")).isSameAs(Code.VS102);
    assertThat(Code.of("VS310")).isSameAs(Code.VS310);
    assertThatThrownBy(() -> Code.of("VS999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("vsplit has no finding code \"VS999\"; the codes are VS001, VS002,")
        .hasMessageEndingWith(", VS312");
  }

  /** A finding prints and reports its code as the id, e.g. {@code VS102}. */
  @Test
  void aFindingShowsItsCodeAsTheId() {
    Finding f =
        new Finding(
            Code.VS102,
            Severity.ERROR,
            "ns1/vs-1",
            "spec.http[0]",
            "identity",
            "outside",
            "move it",
            null);
    assertThat(f.format())
        .isEqualTo("VS102 ns1/vs-1 spec.http[0]: outside [team identity] — move it");
  }

  /**
   * The README's rule table is what users read: it must be the registry, row for row, all series.
   */
  @Test
  void theReadmeRuleTableIsTheRegistry() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Code code : Code.values()) {
      expected.add(
          "| <a name=\"%s\"></a>%s | %s | %s |"
              .formatted(code.anchor(), code.id(), code.severity().label(), code.summary()));
    }
    assertThat(ruleTableRows(Files.readString(README))).isEqualTo(expected);
  }

  @Test
  void everyCodesAnchorIsDefinedOnceAndEveryLinkInTheReadmeResolves() throws IOException {
    String readme = Files.readString(README);
    Map<String, Integer> anchors = anchors(readme);
    for (Code code : Code.values()) {
      assertThat(anchors.get(code.anchor()))
          .as("definitions of #%s in README.md", code.anchor())
          .isEqualTo(1);
    }
    Matcher link = Pattern.compile("\\]\\(#([^)\\s]+)\\)").matcher(readme);
    List<String> broken = new ArrayList<>();
    while (link.find()) {
      if (!anchors.containsKey(link.group(1))) {
        broken.add("#" + link.group(1));
      }
    }
    assertThat(broken).as("links in README.md to anchors it does not define").isEmpty();
  }

  /** The check above can fail: a heading's anchor is GitHub's, a row's is its {@code <a name>}. */
  @Test
  void anchorsAreTheOnesGitHubMakes() {
    String text =
        """
        # vsplit
        ## Checking YAML you already have: `vsplit:analyze`
        ## A team's first spec
        ## Rules
        ## Rules
        | <a name="vs102"></a>VS102 | error | x |
        ```
        ## not a heading in a code block
        ```
        """;
    assertThat(anchors(text))
        .containsOnlyKeys(
            "vsplit",
            "checking-yaml-you-already-have-vsplitanalyze",
            "a-teams-first-spec",
            "rules",
            "rules-1",
            "vs102");
  }

  private static List<String> ruleTableRows(String readme) {
    int section = readme.indexOf("\n## Rules\n");
    assertThat(section).as("README.md has a \"## Rules\" section").isPositive();
    int end = readme.indexOf("\n## ", section + 1);
    List<String> rows = new ArrayList<>();
    boolean table = false;
    for (String line : readme.substring(section, end < 0 ? readme.length() : end).split("\n")) {
      if (line.startsWith("| code |")) {
        table = true;
      } else if (table && line.startsWith("|") && !line.startsWith("| ---")) {
        rows.add(line);
      } else if (table && !line.startsWith("|")) {
        break;
      }
    }
    return rows;
  }

  /**
   * Anchors as GitHub renders the README: one per heading (deduplicated with -1, -2...) and per
   * {@code <a name>}.
   */
  private static Map<String, Integer> anchors(String markdown) {
    Map<String, Integer> out = new HashMap<>();
    Map<String, Integer> headings = new HashMap<>();
    boolean fenced = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      if (line.matches("#{1,6} .*")) {
        String slug =
            line.replaceFirst("^#+ ", "")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
        int seen = headings.merge(slug, 1, Integer::sum) - 1;
        out.merge(seen == 0 ? slug : slug + "-" + seen, 1, Integer::sum);
      }
      Matcher named = Pattern.compile("<a name=\"([^\"]+)\"></a>").matcher(line);
      while (named.find()) {
        out.merge(named.group(1), 1, Integer::sum);
      }
    }
    return out;
  }
}
