package dev.vsplit.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a file's text into its documents on the {@code ---} and {@code ...} lines, before any
 * parsing, so that a broken document is reported and the documents after it are still read. Each
 * part keeps the line it starts at, so that what is found inside it is placed at the file's line.
 */
final class DocumentSplitter {

  /**
   * The lines of one document.
   *
   * @param firstLine the file's line the text starts at
   * @param blank whether it holds nothing but blank lines, comments and directives
   * @param markerLine whether it starts with a {@code ---} line
   */
  record Chunk(String text, int firstLine, boolean blank, boolean markerLine) {}

  private DocumentSplitter() {}

  /**
   * The documents of {@code text} (line ends already {@code \n} or {@code \r\n}), blank ones
   * between markers included.
   */
  static List<Chunk> split(String text) {
    if (!mayHaveMarkers(text)) {
      // One document, as the loop below finds it: the whole text from line 1.
      return blank(text) ? List.of() : List.of(new Chunk(text, 1, false, false));
    }
    List<Chunk> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentFirst = 1;
    boolean blank = true;
    boolean explicitStart = false;
    int lineNo = 0;
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      String line = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
      // Line breaks are kept as written: "|+" keeps trailing ones, so adding one changes a value.
      String eol = nl < 0 ? "" : "\n";
      lineNo++;
      boolean start = isMarker(line, "---");
      boolean end = isMarker(line, "...");
      if (start || end) {
        if (!blank || explicitStart) {
          chunks.add(new Chunk(current.toString(), currentFirst, blank, explicitStart));
        }
        current.setLength(0);
        currentFirst = lineNo;
        blank = true;
        explicitStart = start;
        String rest = line.substring(3);
        // A "---" line stays as written: YAML decides what may follow it ("--- {a: 1}" may,
        // "--- a: 1" may not). A "..." line only ends the document before it: blanked.
        current.append(start ? line : "   " + rest).append(eol);
        if (!isBlankOrComment(rest)) {
          blank = false;
        }
      } else {
        if (current.length() == 0) {
          currentFirst = lineNo;
        }
        current.append(line).append(eol);
        if (!isBlankOrComment(line) && !line.startsWith("%")) {
          blank = false;
        }
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (!blank) {
      chunks.add(new Chunk(current.toString(), currentFirst, false, explicitStart));
    }
    return chunks;
  }

  /** Whether a line starts with {@code ---} or {@code ...}: only then is there more to split. */
  private static boolean mayHaveMarkers(String text) {
    return text.startsWith("---")
        || text.startsWith("...")
        || text.contains("\n---")
        || text.contains("\n...");
  }

  /** Whether every line is blank, a comment or a directive. */
  private static boolean blank(String text) {
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      String line = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
      if (!isBlankOrComment(line) && !line.startsWith("%")) {
        return false;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return true;
  }

  private static boolean isMarker(String line, String marker) {
    return line.startsWith(marker)
        && (line.length() == 3
            || line.charAt(3) == ' '
            || line.charAt(3) == '\t'
            || line.charAt(3) == '\r');
  }

  private static boolean isBlankOrComment(String line) {
    String t = line.strip();
    return t.isEmpty() || t.startsWith("#");
  }
}
