package dev.vsplit.rules.admission;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Go's fmt verbs, so that Istio's texts come out byte for byte as the Go code writes them. */
final class GoText {
  private GoText() {}

  /** {@code %q} of a string ({@code strconv.Quote}). */
  static String quote(String s) {
    if (isPlainAscii(s)) {
      return '"' + s + '"';
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 0x07 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 0x0B -> b.append("\\v");
                default -> {
                  if (isPrint(cp)) {
                    b.appendCodePoint(cp);
                  } else if (cp < ' ' || cp == 0x7F) {
                    b.append(String.format("\\x%02x", cp));
                  } else if (cp < 0x10000) {
                    b.append(String.format("\\u%04x", cp));
                  } else {
                    b.append(String.format("\\U%08x", cp));
                  }
                }
              }
            });
    return b.append('"').toString();
  }

  /**
   * Whether {@code %q} writes the text as it is: printable ASCII without a quote or a backslash
   * (the common case: hosts, paths, header names), so no code point needs looking up.
   */
  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < ' ' || c > '~' || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /**
   * Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII
   * space.
   */
  private static boolean isPrint(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }

  /** {@code %v} of a {@code []string}: {@code [a b c]}, {@code []} when empty. */
  static String list(List<String> values) {
    return "[" + String.join(" ", values) + "]";
  }

  /** {@code %f} of a float64: six decimals, rounded half to even on the exact binary value. */
  static String floatF(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    String s = new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    if (value == 0 && 1 / value < 0) {
      return "-" + s;
    }
    return s;
  }

  /**
   * {@code %v} of a float64: the shortest digits that read back as the same value, {@code %g}
   * style.
   */
  static String floatV(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    String sign = value < 0 ? "-" : "";
    BigDecimal exact = new BigDecimal(Math.abs(value));
    BigDecimal shortest = null;
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == Math.abs(value)) {
        shortest = candidate;
        break;
      }
    }
    if (shortest == null) {
      shortest = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
    String digits = shortest.unscaledValue().toString().replaceAll("0+$", "");
    if (digits.isEmpty()) {
      digits = "0";
    }
    // value = 0.digits * 10^dp
    int dp = shortest.precision() - shortest.scale();
    int nd = digits.length();
    int exp = dp - 1;
    StringBuilder b = new StringBuilder(sign);
    if (exp < -4 || exp >= 6) {
      b.append(digits.charAt(0));
      if (nd > 1) {
        b.append('.').append(digits, 1, nd);
      }
      b.append('e').append(exp < 0 ? '-' : '+');
      int abs = Math.abs(exp);
      if (abs < 10) {
        b.append('0');
      }
      b.append(abs);
      return b.toString();
    }
    if (dp <= 0) {
      b.append("0.");
      b.append("0".repeat(-dp)).append(digits);
    } else if (dp >= nd) {
      b.append(digits).append("0".repeat(dp - nd));
    } else {
      b.append(digits, 0, dp).append('.').append(digits, dp, nd);
    }
    return b.toString();
  }

  /** {@code len(s)} in Go: the number of UTF-8 bytes. */
  static int byteLength(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
