package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import org.junit.jupiter.api.Test;

/**
 * {@code ignoreUriCase} as Envoy applies it: ASCII letters only. Found by {@link
 * CoveragePropertiesTest} once the path alphabet had a Kelvin sign in it.
 */
class CaseFoldingTest {

  private static HTTPMatchRequest uri(StringMatch uri, boolean ignoreCase) {
    return HTTPMatchRequest.uri(uri).withIgnoreUriCase(ignoreCase ? Boolean.TRUE : null);
  }

  @Test
  void kelvinSignIsNotTheLetterK() {
    // Java lower-cases U+212A to "k"; Envoy's ignore_case leaves it alone, so "/k" is not under it
    assertThat(
            Coverage.covers(
                uri(StringMatch.prefix("/\u212A"), true), uri(StringMatch.exact("/k"), false)))
        .isFalse();
  }

  @Test
  void capitalSigmaFoldsToNothing() {
    // Java lower-cases a final capital sigma differently from an inner one ("/aς" vs "/aσa"); Envoy
    // compares it as is
    assertThat(
            Overlap.mayOverlap(
                uri(StringMatch.prefix("/aΣ"), true), uri(StringMatch.exact("/aΣa"), false)))
        .isTrue();
  }

  @Test
  void asciiLettersFoldBothWays() {
    assertThat(
            Coverage.covers(
                uri(StringMatch.prefix("/API"), true), uri(StringMatch.exact("/api/v1"), false)))
        .isTrue();
    assertThat(
            Coverage.covers(
                uri(StringMatch.prefix("/api"), true), uri(StringMatch.prefix("/API/v1"), true)))
        .isTrue();
    assertThat(
            Overlap.mayOverlap(
                uri(StringMatch.exact("/API"), true), uri(StringMatch.exact("/api"), false)))
        .isTrue();
    assertThat(
            Overlap.mayOverlap(
                uri(StringMatch.exact("/API"), false), uri(StringMatch.exact("/api"), false)))
        .isFalse();
  }

  @Test
  void caseInsensitiveInnerFitsUnderCaseSensitiveOuterOnlyWithoutAsciiLetters() {
    assertThat(
            Coverage.covers(
                uri(StringMatch.prefix("/1"), false), uri(StringMatch.prefix("/12"), true)))
        .isTrue();
    assertThat(
            Coverage.covers(
                uri(StringMatch.prefix("/a"), false), uri(StringMatch.prefix("/ab"), true)))
        .isFalse();
    // no ASCII letter: Envoy matches "/é" and only "/é", whatever ignoreUriCase says
    assertThat(
            Coverage.covers(
                uri(StringMatch.prefix("/é"), false), uri(StringMatch.exact("/é"), true)))
        .isTrue();
  }
}
