package dev.vsplit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rule table: stable codes in order, a summary each, and a unit test class per rule. */
class RulesTest {

  @Test
  void codesAreUniqueAndInOrder() {
    List<String> codes = Rules.all().stream().map(Rule::code).toList();
    assertThat(codes).doesNotHaveDuplicates().isSorted().allMatch(c -> c.matches("VS\\d{3}"));
  }

  @Test
  void everyRuleHasASummaryAndATestClass() {
    for (Rule rule : Rules.all()) {
      assertThat(rule.summary()).as("summary of %s", rule.code()).isNotBlank();
      String test = rule.getClass().getName() + "Test";
      assertThat(exists(test))
          .as(
              "%s (%s) has no unit test class %s",
              rule.code(), rule.getClass().getSimpleName(), test)
          .isTrue();
    }
  }

  /**
   * The README's rule table is what users read: it must say what the engine does, code for code.
   */
  @Test
  void theReadmeTableListsEveryRuleWithItsSeverityAndSummary() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (Rule rule : Rules.all()) {
      String row =
          "| %s | %s | %s |"
              .formatted(
                  rule.code(), rule.severity().name().toLowerCase(Locale.ROOT), rule.summary());
      assertThat(readme).as("README.md rule table row for %s", rule.code()).contains(row);
    }
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
