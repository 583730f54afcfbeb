package dev.vsplit.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * The text {@link YamlEmitter} writes, collected in pieces of about {@link #PIECE} characters and
 * joined once, into a string of the exact length. One growing {@link StringBuilder} would hold its
 * old and new arrays at once while it doubles and copy everything again in {@code toString()}: for
 * the 90 million characters of a 250 000-route effective-routes file, over 300 MB of contiguous
 * arrays at the moment of the copy.
 */
final class YamlText {

  /**
   * Below G1's humongous-object threshold at any heap size, even for a piece that holds characters
   * beyond Latin-1 (two bytes each), so that pieces never fragment the heap.
   */
  static final int PIECE = 1 << 17;

  private static final String SPACES = " ".repeat(64);

  private final List<String> pieces = new ArrayList<>();
  private final StringBuilder current;

  YamlText() {
    this(256);
  }

  /**
   * @param expected about how many characters will be written: the buffer starts that large (up to
   *     a piece), so that it does not grow by copying
   */
  YamlText(int expected) {
    current = new StringBuilder(Math.max(256, Math.min(expected, PIECE)));
  }

  /**
   * @param reused a buffer to write into, emptied first: one kept from text to text, so that a text
   *     costs only its string
   */
  YamlText(StringBuilder reused) {
    current = reused;
    current.setLength(0);
  }

  void append(char c) {
    current.append(c);
  }

  void append(String s) {
    current.append(s);
  }

  void append(String s, int from, int to) {
    current.append(s, from, to);
  }

  void appendSpaces(int n) {
    while (n > SPACES.length()) {
      current.append(SPACES);
      n -= SPACES.length();
    }
    current.append(SPACES, 0, n);
  }

  /** At the end of each line: where a full piece is set aside. */
  void lineEnded() {
    if (current.length() >= PIECE) {
      pieces.add(current.toString());
      current.setLength(0);
    }
  }

  int length() {
    long n = current.length();
    for (String p : pieces) {
      n += p.length();
    }
    return Math.toIntExact(n);
  }

  /**
   * The text as the pieces it was collected in, none longer than about {@link #PIECE} characters:
   * for a caller that hashes or writes it piece by piece and need never hold it joined.
   */
  List<String> pieces() {
    List<String> all = new ArrayList<>(pieces.size() + 1);
    all.addAll(pieces);
    all.add(current.toString());
    return all;
  }

  /** The text, allocated once at its exact length ({@link String#join} sizes before it copies). */
  @Override
  public String toString() {
    if (pieces.isEmpty()) {
      return current.toString();
    }
    List<String> all = new ArrayList<>(pieces.size() + 1);
    all.addAll(pieces);
    all.add(current.toString());
    return String.join("", all);
  }
}
