package dev.vsplit.yaml;

import java.util.Set;

/**
 * Which strings {@link YamlWriter} quotes: those that YAML 1.2 would read as something else (a
 * boolean, null, a number, an indicator), plus those a YAML 1.1 reader (kubectl's go-yaml, Helm,
 * many GitOps tools) would not read back as the same string ({@code yes}, {@code on}, {@code 0x1F},
 * {@code 0O17}, {@code 1_000}, {@code .5e3}, {@code 2025-01-01}, {@code =}, {@code <<}), and
 * strings holding characters that some readers take for line breaks or drop (NEL, LS, PS, a
 * byte-order mark, control characters).
 *
 * <p>These are the rules vsplit wrote YAML by until issue 16, through Jackson's YAML generator with
 * a quoting checker of its own: Jackson's default checker ({@code StringQuotingChecker.Default}),
 * its "looks like a number" test for values, and the YAML 1.1 look-alikes. The YAML 1.1 pattern is
 * kept as the regular expression it was ({@link #YAML11_SPECIAL}, for the tests) and matched by
 * hand here, because it ran on every key and value written.
 */
final class YamlQuoting {

  private YamlQuoting() {}

  /** The YAML 1.1 look-alikes, as a regular expression: what {@link #isYaml11Special} matches. */
  static final String YAML11_SPECIAL =
      "(?i:y|n|yes|no|true|false|on|off|null|~)"
          + "|[-+]?0[bB][0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[oO][0-7_]+"
          + "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"
          + "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
          + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
          + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt ].*)?"
          + "|<<|=|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+";

  /** Jackson's reserved words: YAML 1.1 booleans and nulls in their three spellings. */
  private static final Set<String> RESERVED =
      Set.of(
          "false", "False", "FALSE", "n", "N", "no", "No", "NO", "null", "Null", "NULL", "on", "On",
          "ON", "off", "Off", "OFF", "true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES");

  /** Whether a map key must be double-quoted. */
  static boolean quoteKey(String name) {
    if (name.isEmpty()) {
      return true;
    }
    char first = name.charAt(0);
    return isReservedWord(first, name)
        || looksLikeNumberStart(first) // Jackson quotes every key that starts like a number
        || isYaml11Special(name)
        || hasControlOrUnsafeCharacter(name, true);
  }

  /**
   * Whether a value (not empty, without a line break) must be double-quoted; those that need not be
   * may still be single-quoted by the layout ({@link YamlEmitter}) when a plain scalar cannot hold
   * them.
   */
  static boolean quoteValue(String value) {
    char first = value.charAt(0);
    return isReservedWord(first, value)
        || hasIndicator(value)
        || isYaml11Special(value)
        || hasControlOrUnsafeCharacter(value, false)
        || (looksLikeNumberStart(first) && looksLikeJsonNumber(value));
  }

  /**
   * {@link #quoteValue} for a string of letters, digits and {@code . / _ - +} alone (no indicator,
   * blank or control character to look for): a reserved word, a YAML 1.1 look-alike or a number.
   */
  static boolean quotePlainSafe(String value) {
    char first = value.charAt(0);
    return isReservedWord(first, value)
        || isYaml11Special(value)
        || (looksLikeNumberStart(first) && looksLikeJsonNumber(value));
  }

  private static boolean isReservedWord(char first, String s) {
    return switch (first) {
      case 'f', 'n', 'o', 't', 'y', 'F', 'N', 'O', 'T', 'Y' -> RESERVED.contains(s);
      case '~' -> true;
      default -> false;
    };
  }

  private static boolean looksLikeNumberStart(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
  }

  /**
   * Flow indicators anywhere, {@code #} that would start a comment, {@code :} that would end a key.
   */
  private static boolean hasIndicator(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      switch (s.charAt(i)) {
        case '[', ']', '{', '}', ',' -> {
          return true;
        }
        case '#' -> {
          if (i == 0 || isBlank(s.charAt(i - 1))) {
            return true;
          }
        }
        case ':' -> {
          if (i == n - 1 || isBlank(s.charAt(i + 1))) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Jackson's test for a string a YAML 1.2 reader would take for a number: {@code
   * [+-]?[0-9]*(\.[0-9]*)?} (even {@code -} or {@code .}) or a JSON number, {@code .nan}, {@code
   * -.inf}.
   */
  private static boolean looksLikeJsonNumber(String s) {
    int n = s.length();
    int i = 0;
    char c = s.charAt(0);
    if (c == '+' || c == '-') {
      i++;
    }
    // [+-]?[0-9]*(\.[0-9]*)?
    int j = digits(s, i);
    if (j == n) {
      return true;
    }
    if (s.charAt(j) == '.' && digits(s, j + 1) == n) {
      return true;
    }
    // -?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)? | -?\.inf | \.nan
    if (c == '+') {
      return false;
    }
    if (s.equals(".nan") || s.equals(".inf") || s.equals("-.inf")) {
      return true;
    }
    j = digits(s, i);
    if (j == i || (s.charAt(i) == '0' && j > i + 1)) {
      return false;
    }
    if (j < n && s.charAt(j) == '.') {
      j = digits(s, j + 1);
    }
    return j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E') && exponentDigits(s, j + 1) == n;
  }

  /** After {@code [eE]}: {@code [-+]?[0-9]+}, the index after it, or -1. */
  private static int exponentDigits(String s, int i) {
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int j = digits(s, i);
    return j > i ? j : -1;
  }

  private static int digits(String s, int i) {
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigitOrUnderscore(char c) {
    return (c >= '0' && c <= '9') || c == '_';
  }

  /** Whether the whole string matches {@link #YAML11_SPECIAL}. */
  static boolean isYaml11Special(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    char c = s.charAt(0);
    switch (c) {
      case '<' -> {
        return s.equals("<<");
      }
      case '=', '~' -> {
        return n == 1;
      }
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O' -> {
        return isYaml11Word(s);
      }
      default -> {
        // not special by its first character: read on
      }
    }
    if (!looksLikeNumberStart(c)) {
      return false;
    }
    if (s.equals(".nan") || s.equals(".NaN") || s.equals(".NAN") || isDate(s)) {
      return true;
    }
    int p = c == '+' || c == '-' ? 1 : 0;
    if (p == n) {
      return false;
    }
    if (s.charAt(p) == '.' && n - p == 4) {
      String inf = s.substring(p + 1);
      if (inf.equals("inf") || inf.equals("Inf") || inf.equals("INF")) {
        return true;
      }
    }
    return isYaml11Integer(s, p) || isYaml11Float(s, p) || isSexagesimal(s, p);
  }

  /**
   * {@code y|n|yes|no|true|false|on|off|null} in any case: ASCII only, as the pattern has no {@code
   * UNICODE_CASE} ({@link String#equalsIgnoreCase} alone would take {@code yeſ} for {@code yes}).
   */
  private static boolean isYaml11Word(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return switch (s.length()) {
      case 1 -> "yYnN".indexOf(s.charAt(0)) >= 0;
      case 2 -> s.equalsIgnoreCase("no") || s.equalsIgnoreCase("on");
      case 3 -> s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("off");
      case 4 -> s.equalsIgnoreCase("true") || s.equalsIgnoreCase("null");
      case 5 -> s.equalsIgnoreCase("false");
      default -> false;
    };
  }

  /**
   * After the sign at {@code p}: {@code 0[bB][0-1_]+}, {@code 0[0-7_]+}, {@code 0}, {@code
   * [1-9][0-9_]*}, {@code 0[xX][0-9a-fA-F_]+}, {@code 0[oO][0-7_]+}.
   */
  private static boolean isYaml11Integer(String s, int p) {
    int n = s.length();
    char c = s.charAt(p);
    if (c >= '1' && c <= '9') {
      return allMatch(s, p + 1, "0123456789_");
    }
    if (c != '0') {
      return false;
    }
    if (p + 1 == n) {
      return true;
    }
    char kind = s.charAt(p + 1);
    return switch (kind) {
      case 'b', 'B' -> p + 2 < n && allMatch(s, p + 2, "01_");
      case 'x', 'X' -> p + 2 < n && allMatch(s, p + 2, "0123456789abcdefABCDEF_");
      case 'o', 'O' -> p + 2 < n && allMatch(s, p + 2, "01234567_");
      default -> allMatch(s, p + 1, "01234567_");
    };
  }

  private static boolean allMatch(String s, int from, String allowed) {
    for (int i = from; i < s.length(); i++) {
      if (allowed.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * After the sign at {@code p}: {@code ([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?} or {@code
   * [0-9][0-9_]*[eE][-+]?[0-9]+}.
   */
  private static boolean isYaml11Float(String s, int p) {
    int n = s.length();
    int i = p;
    if (isDigit(s.charAt(i))) {
      i++;
      while (i < n && isDigitOrUnderscore(s.charAt(i))) {
        i++;
      }
    }
    boolean dot = i < n && s.charAt(i) == '.';
    if (dot) {
      i++;
      while (i < n && isDigitOrUnderscore(s.charAt(i))) {
        i++;
      }
    } else if (i == p) {
      return false;
    }
    if (i == n) {
      return dot;
    }
    char e = s.charAt(i);
    return (e == 'e' || e == 'E') && exponentDigits(s, i + 1) == n;
  }

  /**
   * After the sign at {@code p}: {@code [1-9][0-9_]*(:[0-5]?[0-9])+} or {@code
   * [0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*}.
   */
  private static boolean isSexagesimal(String s, int p) {
    int n = s.length();
    if (!isDigit(s.charAt(p))) {
      return false;
    }
    int i = p + 1;
    while (i < n && isDigitOrUnderscore(s.charAt(i))) {
      i++;
    }
    int groups = 0;
    while (i < n && s.charAt(i) == ':') {
      i++;
      if (i + 1 < n && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i))) {
        if (s.charAt(i) > '5') {
          return false;
        }
        i += 2;
      } else if (i < n && isDigit(s.charAt(i))) {
        i++;
      } else {
        return false;
      }
      groups++;
    }
    if (groups == 0) {
      return false;
    }
    if (i == n) {
      return s.charAt(p) != '0';
    }
    return s.charAt(i) == '.' && allMatch(s, i + 1, "0123456789_");
  }

  /** {@code [0-9]{4}-[0-9][0-9]?-[0-9][0-9]?([Tt ].*)?}, {@code .} not matching line breaks. */
  private static boolean isDate(String s) {
    int n = s.length();
    if (n < 8) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    int i = 4;
    for (int part = 0; part < 2; part++) {
      if (i >= n || s.charAt(i) != '-' || i + 1 >= n || !isDigit(s.charAt(i + 1))) {
        return false;
      }
      i += 2;
      if (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i == n) {
      return true;
    }
    char t = s.charAt(i);
    if (t != 'T' && t != 't' && t != ' ') {
      return false;
    }
    for (int j = i + 1; j < n; j++) {
      char c = s.charAt(j);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * Characters that must be escaped in double quotes: YAML 1.1 readers break lines at NEL, LS and
   * PS, snakeyaml drops a leading NEL, and control characters cannot be written plain. For a key,
   * also a line break.
   */
  static boolean hasControlOrUnsafeCharacter(String s, boolean key) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        if (c != '\n' || key) {
          return true;
        }
      } else if (c >= 0x7F
          && (c <= 0x9F
              || c == '\u2028'
              || c == '\u2029'
              || c == '\uFEFF'
              || c == '\uFFFE'
              || c == '\uFFFF')) { // printable ASCII (0x20 to 0x7E) is safe
        return true;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++; // a pair: one printable code point such as an emoji
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #hasControlOrUnsafeCharacter} for a value. */
  static boolean hasUnsafeCharacter(String s) {
    return hasControlOrUnsafeCharacter(s, false);
  }
}
