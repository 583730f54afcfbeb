package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The literal start of a regex, which VS301's hint proposes as a prefix. */
class RegexPrefixTest {

  @Test
  void theLiteralStartEndsAtTheFirstOperator() {
    assertThat(RegexPrefix.literal("/reviews/[0-9]+")).isEqualTo("/reviews/");
    assertThat(RegexPrefix.literal("^/api/v[0-9]+/users")).isEqualTo("/api/v");
    assertThat(RegexPrefix.literal("/a\\.b/.*")).isEqualTo("/a.b/");
    assertThat(RegexPrefix.literal("(/a|/b)")).isEmpty();
  }

  @Test
  void aQuantifiedCharacterIsNotPartOfIt() {
    assertThat(RegexPrefix.literal("/ab?")).isEqualTo("/a");
    assertThat(RegexPrefix.literal("/ab*")).isEqualTo("/a");
    assertThat(RegexPrefix.literal("/ab{2}")).isEqualTo("/a");
    assertThat(RegexPrefix.literal("/ab+")).isEqualTo("/ab");
  }
}
