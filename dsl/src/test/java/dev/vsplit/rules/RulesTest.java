package dev.vsplit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Code;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules: one per VS0xx and VS1xx code, in code order, and a unit test class per rule. */
class RulesTest {

  @Test
  void theRulesAreTheRegistrysManifestAndDelegationCodesInOrder() {
    List<Code> codes = Rules.all().stream().map(Rule::code).toList();
    List<Code> series01 =
        Arrays.stream(Code.values())
            .filter(c -> c.id().startsWith("VS0") || c.id().startsWith("VS1"))
            .toList();
    assertThat(codes)
        .as("each VS0xx/VS1xx code is checked by exactly one rule, in code order")
        .isEqualTo(series01);
  }

  @Test
  void everyRuleTakesSeverityAndSummaryFromItsCodeAndHasATestClass() {
    for (Rule rule : Rules.all()) {
      assertThat(rule.severity())
          .as("severity of %s", rule.code())
          .isEqualTo(rule.code().severity());
      assertThat(rule.summary()).as("summary of %s", rule.code()).isEqualTo(rule.code().summary());
      String test = Rule.class.getPackageName() + "." + rule.name() + "Test";
      assertThat(exists(test))
          .as("%s (%s) has no unit test class %s", rule.code(), rule.name(), test)
          .isTrue();
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
