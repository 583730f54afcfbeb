package dev.vsplit.yaml;

import dev.vsplit.base.Location;

/**
 * Finds the first character YAML does not allow in a document (a control character, a NUL of a
 * UTF-16 file read as UTF-8) and places it at its line and column, before parsing: snakeyaml
 * reports these at line 1 whatever their place.
 */
final class ForbiddenCharacters {

  private ForbiddenCharacters() {}

  /**
   * The problem of the first forbidden character of the document; {@code null} when there is none.
   */
  static YamlProblem first(String file, DocumentSplitter.Chunk chunk) {
    String text = chunk.text();
    int line = chunk.firstLine();
    int lineStart = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (!isPrintable(c)) {
        String what = String.format("U+%04X", c);
        String hint =
            c == 0
                ? "; a file with NUL characters is not text, or is UTF-16 without a byte-order mark: save it as UTF-8"
                : "; write it as an escape in a double-quoted string (\"\\u"
                    + String.format("%04X", c)
                    + "\") or remove it";
        return new YamlProblem(
            new Location(file, line, i - lineStart + 1),
            "",
            "the character " + what + " is not allowed in YAML" + hint);
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /** YAML 1.2's c-printable, plus the byte-order mark. */
  private static boolean isPrintable(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
