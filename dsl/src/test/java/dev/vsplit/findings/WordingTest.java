package dev.vsplit.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's own words for a fix, and what a fix may name. */
class WordingTest {

  @Test
  void theEngineNamesEveryKindOfFixInItsOwnTerms() {
    Map<Fix, String> words = new LinkedHashMap<>();
    words.put(Fix.regenerate(), "regenerate");
    words.put(Fix.compile(), "");
    words.put(Fix.compileThen("scaffold"), "");
    words.put(Fix.run("scaffold"), "Vsplit.scaffold");
    words.put(Fix.operation("split"), "Vsplit.split");
    words.put(Fix.setting("allowPartial", "true"), "allowPartial=true");
    words.put(Fix.setting("input", ""), "input=");
    words.put(Fix.setting("package"), "package");
    words.put(Fix.parameter("specs"), "specs");
    words.put(Fix.configuration("specs"), "specs");
    words.put(Fix.raiseReadLimit("maxFileBytes"), "raise the read limit maxFileBytes");
    words.put(Fix.launcher(), "vsplit");

    assertThat(words.keySet()).extracting(Fix::kind).containsAll(Arrays.asList(Fix.Kind.values()));
    words.forEach(
        (fix, expected) -> assertThat(Wording.NEUTRAL.word(fix)).as("%s", fix).isEqualTo(expected));
  }

  @Test
  void anAsideIsTheWordsInParenthesesOrNothing() {
    assertThat(Wording.NEUTRAL.aside(Fix.run("scaffold"))).isEqualTo(" (Vsplit.scaffold)");
    assertThat(Wording.NEUTRAL.aside(Fix.compile())).isEmpty();
  }

  @Test
  void aFixNamesOnlyVsplitsOperationsAndSettings() {
    assertThatThrownBy(() -> Fix.run("deploy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RUN needs one of vsplit's operations [generate, check, analyze, explain, plan, split, scaffold], not deploy");
    assertThatThrownBy(() -> Fix.operation(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fix.setting("-Dvsplit.allowPartial"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SETTING needs a setting's name, e.g. allowPartial, not -Dvsplit.allowPartial");
    assertThatThrownBy(() -> new Fix(Fix.Kind.REGENERATE, "split", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fix(Fix.Kind.PARAMETER, "specs", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PARAMETER takes no value, not x");
  }
}
