package dev.vsplit.codegen;

/** The literal start of an RE2 expression, for a hint: a regex URI often means a prefix. */
final class RegexPrefix {

  private RegexPrefix() {}

  /**
   * {@code /reviews/[0-9]+} → {@code /reviews/}; {@code ^/a\.b} → {@code /a.b}; {@code /ab?} →
   * {@code /a}.
   */
  static String literal(String regex) {
    StringBuilder out = new StringBuilder();
    int i = regex.startsWith("^") ? 1 : 0;
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length() && "/.-_~".indexOf(regex.charAt(i + 1)) >= 0) {
        out.append(regex.charAt(++i));
        continue;
      }
      if ("\\.[](){}*+?|^$".indexOf(c) >= 0) {
        // a quantifier applies to the character before it, which is then not certain
        if ((c == '*' || c == '?' || c == '{') && out.length() > 0) {
          out.setLength(out.length() - 1);
        }
        break;
      }
      out.append(c);
    }
    return out.toString();
  }
}
