package dev.vsplit.rules.admission;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.vsplit.model.StringMatch;
import dev.vsplit.rules.admission.Messages.Problem;

/**
 * Istio's {@code validateStringMatch}, {@code validateStringMatchRegexp} and {@code
 * validateStringRegexp}. Envoy and Istio read regular expressions as RE2; re2j is a port of Go's
 * {@code regexp/syntax}, so its messages are Go's.
 */
final class StringMatchValidation {
  private StringMatchValidation() {}

  private static final String RE2_HINT =
      "; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)";

  /**
   * {@code validateStringMatch}: an empty prefix or regex is refused, and the regex must compile.
   */
  static Problem validate(StringMatch match, String where) {
    if (match instanceof StringMatch.Prefix p && p.value().isEmpty()) {
      return Problem.of(GoText.quote(where) + ": prefix string match should not be empty");
    }
    return validateRegexOnly(match, where);
  }

  /**
   * {@code validateStringMatchRegexp}: only a regex is checked (used for {@code uri}, where an
   * empty prefix is fine).
   */
  static Problem validateRegexOnly(StringMatch match, String where) {
    if (!(match instanceof StringMatch.Regex r)) {
      return null;
    }
    if (r.value().isEmpty()) {
      return Problem.of(GoText.quote(where) + ": regex string match should not be empty");
    }
    return validateRegex(r.value(), where);
  }

  /** {@code validateStringRegexp}: at most 1024 bytes, and RE2 syntax. */
  static Problem validateRegex(String re, String where) {
    if (GoText.byteLength(re) > 1024) {
      return Problem.of(GoText.quote(where) + ": regex is too large, max length allowed is 1024");
    }
    String error = compileError(re);
    if (error == null) {
      return null;
    }
    return new Problem(Messages.REGEX, GoText.quote(where) + ": " + error + RE2_HINT);
  }

  /** Go's {@code regexp.Compile} error text, or {@code null} when RE2 accepts the expression. */
  static String compileError(String re) {
    try {
      Pattern.compile(re);
      return null;
    } catch (PatternSyntaxException e) {
      if (e.getDescription().startsWith("regexp/syntax: internal error")) {
        // re2j reports a ')' without '(' as an internal error; Go says "unexpected )" and quotes
        // the whole expression.
        return "error parsing regexp: unexpected ): `" + re + "`";
      }
      return "error parsing regexp: " + e.getDescription() + ": `" + e.getPattern() + "`";
    }
  }
}
