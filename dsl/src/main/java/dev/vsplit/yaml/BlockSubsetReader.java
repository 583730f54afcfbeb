package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.math.BigInteger;
import java.util.ArrayList;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the YAML that vsplit writes and that manifests are mostly written in, straight into {@link
 * Node} trees, several times faster than the general parser ({@link TreeBuilder} over snakeyaml):
 * block maps and lists, scalars written plain, in single or in double quotes on one line, empty
 * {@code {}} and {@code []}, comments and blank lines, a {@code ---} line.
 *
 * <p>It answers exactly what {@link TreeBuilder} answers for the same text (the same nodes, values,
 * lines and columns), or declines: anything outside that subset or in doubt (anchors, aliases,
 * tags, flow collections with content, block scalars, complex or merge keys, a scalar over more
 * than one line, tabs, characters YAML forbids or reads as line breaks, a duplicate key, octal,
 * hexadecimal, infinite or not-a-number values, a document near a {@link ReadLimits} limit) makes
 * it return {@code null}, and the document is read by the general parser, which reports whatever is
 * wrong with it. So it never reports a problem itself.
 */
final class BlockSubsetReader {

  /** Thrown to give a document to the general parser. */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  /** The scalar resolution of {@link YamlParsers}: the YAML 1.2 core schema. */
  private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

  /**
   * The first characters that {@link #RESOLVER} has a pattern for, beyond the letters {@link
   * #resolve} answers itself: its integers, floats, merge key and environment variables; and {@code
   * ~}, left to it as before.
   */
  private static final String RESOLVED_BY_FIRST = "-+.0123456789<$~";

  /** Longest key read here; snakeyaml allows 1024 characters for a key written without "? ". */
  private static final int MAX_KEY = 1000;

  private final String file;
  private final String text;
  private final int end;
  private final int firstLine;
  private final ReadLimits limits;

  /** Whether the text has characters that a column does not count as one ({@link #at}). */
  private final boolean irregular;

  /** The current content line: where it starts and ends (before its line break), its number. */
  private int lineStart;

  private int lineEnd;
  private int lineNo;

  /** Spaces before the current line's content. */
  private int indent;

  /** Where the next line starts. */
  private int next;

  /** Line number (0-based within the text) of the next line. */
  private int nextIndex;

  private boolean eof;
  private int depth;

  /**
   * The plain keys and values read so far, by open addressing on their hash: a key written again
   * (every route's {@code match}, {@code route}, {@code destination}) is the same {@code String},
   * its hash computed once, instead of a new substring hashed again by every map it goes into; a
   * value written again (a host, a subset, a port) is one {@code String} too, where a mesh of 250
   * 000 routes read back kept 1.8 million strings, a third of what analyze holds.
   */
  private String[] keys = new String[64];

  /**
   * What each plain scalar in {@link #keys} resolves to as a value ({@link #resolve}), worked out
   * the first time it is one, {@link #UNRESOLVED} until then: a value written again (a port, a
   * timeout, a subset) is resolved once, and a number written again is one {@code Integer}.
   */
  private Object[] resolved = new Object[64];

  private static final Object UNRESOLVED = new Object();

  private int keyCount;

  /** The strings of the whole read, or {@code null}: see {@link SharedStrings}. */
  private final SharedStrings shared;

  private BlockSubsetReader(
      String file,
      String text,
      int firstLine,
      ReadLimits limits,
      boolean irregular,
      SharedStrings shared) {
    this.file = file;
    this.shared = shared;
    this.irregular = irregular;
    this.text = text;
    this.end = text.length();
    this.firstLine = firstLine;
    this.limits = limits;
  }

  /**
   * The tree of one document as {@link TreeBuilder#build} would build it, or {@code null} when the
   * document is not in the subset read here.
   */
  static Node read(String file, DocumentSplitter.Chunk chunk, ReadLimits limits) {
    return read(file, chunk, limits, null);
  }

  /**
   * {@link #read(String, DocumentSplitter.Chunk, ReadLimits)}, its keys and short values taken from
   * {@code shared} when the read has met them before (the same values, fewer strings).
   */
  static Node read(
      String file, DocumentSplitter.Chunk chunk, ReadLimits limits, SharedStrings shared) {
    String text = chunk.text();
    int characters = text.length() < limits.maxFileBytes() ? characters(text) : DECLINED;
    if (characters == DECLINED) {
      return null;
    }
    try {
      return new BlockSubsetReader(
              file, text, chunk.firstLine(), limits, characters == IRREGULAR, shared)
          .document(chunk.markerLine());
    } catch (Decline e) {
      return null;
    }
  }

  /** {@link #characters}: a character declined, none out of the ordinary, some read specially. */
  private static final int DECLINED = -1;

  private static final int REGULAR = 0;
  private static final int IRREGULAR = 1;

  /**
   * Whether every character is one read here: no tab, no control character, no line break other
   * than {@code \n} and {@code \r\n}, no NEL, no byte-order mark, no lone surrogate ({@link
   * #DECLINED} otherwise); and whether there are surrogate pairs, each one column as snakeyaml
   * counts ({@link #IRREGULAR}).
   */
  private static int characters(String text) {
    int kind = REGULAR;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue;
      }
      if (c == '\n') {
        continue;
      }
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c < 0xA0 || c >= 0xFFFE || c == 0xFEFF) {
        return DECLINED;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return DECLINED;
        }
        i++;
        kind = IRREGULAR;
      } else if (Character.isLowSurrogate(c)) {
        return DECLINED;
      }
    }
    return kind;
  }

  private Node document(boolean markerLine) {
    // A "---" line: nothing but a comment may follow the marker here.
    if (markerLine) {
      advance();
      int after = lineStart + 3;
      int p = skipSpaces(after);
      if (!(p == lineEnd || (p > after && text.charAt(p) == '#'))) {
        throw new Decline();
      }
    }
    nextContent();
    if (eof) {
      throw new Decline();
    }
    Node root = block(indent);
    if (!eof) {
      throw new Decline(); // more after the root: YAML's error to report
    }
    return root;
  }

  /** Moves to the next line, whatever it holds. */
  private void advance() {
    if (next >= end) {
      eof = true;
      lineStart = lineEnd = end;
      return;
    }
    lineStart = next;
    int nl = text.indexOf('\n', lineStart);
    if (nl < 0) {
      lineEnd = end;
      next = end;
    } else {
      lineEnd = nl > lineStart && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
      next = nl + 1;
    }
    lineNo = firstLine + nextIndex;
    nextIndex++;
  }

  /** Moves to the next line with content (not blank, not a comment). */
  private void nextContent() {
    while (true) {
      advance();
      if (eof) {
        return;
      }
      int p = skipSpaces(lineStart);
      if (p == lineEnd || text.charAt(p) == '#') {
        continue;
      }
      if (text.charAt(lineStart) == '%') {
        throw new Decline(); // a directive
      }
      indent = p - lineStart;
      return;
    }
  }

  private int skipSpaces(int p) {
    while (p < lineEnd && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  /** Where {@code offset} on the current line is, its column counted as snakeyaml counts. */
  private Location at(int line, int offset) {
    return new Location(file, line, column(offset));
  }

  /** The column of {@code offset} on the current line, as snakeyaml counts it. */
  private int column(int offset) {
    int column = offset - lineStart + 1;
    if (irregular) {
      for (int i = lineStart; i < offset; i++) {
        char c = text.charAt(i);
        if (Character.isLowSurrogate(c)) {
          column--;
        }
      }
    }
    return column;
  }

  private boolean isItem(int p) {
    return text.charAt(p) == '-' && (p + 1 == lineEnd || text.charAt(p + 1) == ' ');
  }

  /** The map or list whose first line is the current one, at column {@code ind}. */
  private Node block(int ind) {
    return isItem(lineStart + ind) ? list(ind) : map(ind, lineStart + ind);
  }

  private void open() {
    if (++depth >= limits.maxDepth()) {
      throw new Decline();
    }
  }

  /**
   * A block map whose keys stand at column {@code ind}; its first key at {@code first} on the
   * current line (after a list's "- " or at the line's indentation).
   */
  private MapNode map(int ind, int first) {
    open();
    SmallMap<Node> entries = new SmallMap<>();
    KeyLocations keyLocations = new KeyLocations(entries, file);
    MapNode map = new MapNode(entries, keyLocations, at(lineNo, first));
    int p = first;
    while (true) {
      int keyLine = lineNo;
      int keyColumn = column(p);
      String key;
      int colon;
      char c = text.charAt(p);
      if (c == '"' || c == '\'') {
        int close = c == '"' ? doubleQuotedEnd(p) : singleQuotedEnd(p);
        key = c == '"' ? doubleQuoted(p, close) : singleQuoted(p, close);
        colon = skipSpaces(close + 1);
        if (colon == lineEnd || text.charAt(colon) != ':') {
          throw new Decline();
        }
      } else {
        if (startsNoPlainScalar(p)) {
          throw new Decline();
        }
        colon = plainEnd(p);
        if (colon == lineEnd || text.charAt(colon) != ':') {
          throw new Decline(); // no ':' (a multi-line key, a scalar) or a comment: not read here
        }
        key = known(p, trimEnd(p, colon));
        if (key.equals(MergeKeys.MERGE_KEY)) {
          throw new Decline();
        }
      }
      if (key.length() > MAX_KEY || entries.indexOf(key) >= 0) {
        throw new Decline();
      }
      int v = skipSpaces(colon + 1);
      Node value;
      if (v == lineEnd || text.charAt(v) == '#') {
        value = onLinesBelow(ind, keyLine, colon, v, true);
      } else {
        value = inlineValue(v);
        nextContent();
        if (!eof && indent > ind) {
          throw new Decline(); // a scalar over more lines, or YAML's error
        }
      }
      // Added once the value is read: the key was looked for above, so it is not looked for again.
      entries.append(key, value);
      keyLocations.add(keyLine, keyColumn);
      if (eof || indent < ind) {
        break;
      }
      if (indent > ind || isItem(lineStart + ind)) {
        throw new Decline();
      }
      p = lineStart + ind;
    }
    depth--;
    return map;
  }

  /**
   * The value of a key, or a list item, whose indicator ({@code :} or {@code -}) at {@code mark}
   * ends its line (up to a comment at {@code v}): a block on the lines below, indented deeper (or,
   * for a key, a list at the key's own indentation, {@code sameIndentList}), else an empty scalar
   * located just after the indicator. A comment right after the indicator, without a space, is
   * declined (the YAML parser's business).
   */
  private Node onLinesBelow(int ind, int line, int mark, int v, boolean sameIndentList) {
    if (v < lineEnd && v == mark + 1) {
      throw new Decline();
    }
    Location empty = at(line, mark + 1);
    nextContent();
    if (!eof && indent > ind) {
      return block(indent);
    }
    if (sameIndentList && !eof && indent == ind && isItem(lineStart + ind)) {
      return list(ind);
    }
    return new ScalarNode(null, empty);
  }

  /** A block list whose "- " stand at column {@code ind}, the first on the current line. */
  private ListNode list(int ind) {
    open();
    ListNode list = new ListNode(new ArrayList<>(), at(lineNo, lineStart + ind));
    while (true) {
      int dash = lineStart + ind;
      int v = skipSpaces(dash + 1);
      Node item;
      if (v == lineEnd || text.charAt(v) == '#') {
        item = onLinesBelow(ind, lineNo, dash, v, false);
      } else if (isItem(v)) {
        throw new Decline(); // "- - a": a list in a list, on one line
      } else if (isKey(v)) {
        item = map(v - lineStart, v);
      } else {
        item = inlineValue(v);
        nextContent();
        if (!eof && indent > ind) {
          throw new Decline();
        }
      }
      list.items().add(item);
      if (eof || indent < ind) {
        break;
      }
      if (indent > ind) {
        throw new Decline();
      }
      if (!isItem(lineStart + ind)) {
        break; // the key after a list written at its key's indentation
      }
    }
    depth--;
    return list;
  }

  /** Whether a map's key starts at {@code p}: a scalar on this line followed by ": ". */
  private boolean isKey(int p) {
    char c = text.charAt(p);
    int after;
    if (c == '"') {
      after = doubleQuotedEnd(p) + 1;
    } else if (c == '\'') {
      after = singleQuotedEnd(p) + 1;
    } else {
      if (startsNoPlainScalar(p)) {
        return false; // a value, if anything
      }
      int e = plainEnd(p);
      return e < lineEnd && text.charAt(e) == ':';
    }
    int colon = skipSpaces(after);
    return colon < lineEnd && text.charAt(colon) == ':';
  }

  /** A scalar (or an empty {@code {}}/{@code []}) at {@code p}, alone on the rest of its line. */
  private Node inlineValue(int p) {
    Location where = at(lineNo, p);
    char c = text.charAt(p);
    Object value;
    int after;
    if (c == '"') {
      int close = doubleQuotedEnd(p);
      value = doubleQuoted(p, close);
      after = close + 1;
    } else if (c == '\'') {
      int close = singleQuotedEnd(p);
      value = singleQuoted(p, close);
      after = close + 1;
    } else if ((c == '{' || c == '[') && p + 1 < lineEnd) {
      char closing = c == '{' ? '}' : ']';
      if (text.charAt(p + 1) != closing) {
        throw new Decline();
      }
      endOfLine(p + 2);
      open();
      depth--;
      return c == '{' ? new MapNode(where) : new ListNode(new ArrayList<>(), where);
    } else {
      if (startsNoPlainScalar(p)) {
        throw new Decline();
      }
      int e = plainEnd(p);
      if (e < lineEnd && text.charAt(e) == ':') {
        throw new Decline(); // a map on a value's line: YAML's error
      }
      int to = trimEnd(p, e);
      if (to - p > limits.maxScalarLength()) {
        throw new Decline();
      }
      int slot = slot(p, to, false);
      Object resolvedValue = resolved[slot];
      if (resolvedValue == UNRESOLVED) {
        resolvedValue = resolve(keys[slot]);
        resolved[slot] = resolvedValue;
      }
      return new ScalarNode(resolvedValue, where);
    }
    if (((String) value).length() > limits.maxScalarLength()) {
      throw new Decline();
    }
    endOfLine(after);
    return new ScalarNode(value, where);
  }

  /** Nothing but spaces and a comment may follow a quoted scalar or {@code {}}. */
  private void endOfLine(int p) {
    int q = skipSpaces(p);
    if (q == lineEnd || (q > p && text.charAt(q) == '#')) {
      return;
    }
    throw new Decline();
  }

  /**
   * Where the plain scalar at {@code p} ends: at a ':' followed by a space or the line's end, at a
   * " #" comment, or at the line's end (trailing spaces included).
   */
  private int plainEnd(int p) {
    int i = p;
    while (i < lineEnd) {
      char c = text.charAt(i);
      if (c == ':' && (i + 1 == lineEnd || text.charAt(i + 1) == ' ')) {
        return i;
      }
      if (c == '#' && text.charAt(i - 1) == ' ') {
        return i;
      }
      i++;
    }
    return i;
  }

  /**
   * The plain key or value written from {@code from} to {@code to}: the one read before, if any.
   */
  /** The plain key written from {@code from} to {@code to}: the one read before, if any. */
  private String known(int from, int to) {
    int slot = slot(from, to, true); // first: it may grow the table
    return keys[slot];
  }

  /**
   * The slot of {@link #keys} (and {@link #resolved}) that holds the plain scalar written from
   * {@code from} to {@code to}, taken for it if it was not read before.
   */
  private int slot(int from, int to, boolean key) {
    if ((keyCount + 1) * 2 > keys.length) {
      growKeys(); // before the probe, so that the slot found stays the scalar's
    }
    int length = to - from;
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + text.charAt(i); // String.hashCode, on the text in place
    }
    int mask = keys.length - 1;
    for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      String known = keys[slot];
      if (known == null) {
        keys[slot] =
            shared != null && (key || length <= SharedStrings.SHORT_VALUE)
                ? shared.of(text, from, to, hash)
                : text.substring(from, to);
        resolved[slot] = UNRESOLVED;
        keyCount++;
        return slot;
      }
      if (known.hashCode() == hash
          && known.length() == length
          && text.regionMatches(from, known, 0, length)) {
        return slot;
      }
    }
  }

  private void growKeys() {
    String[] old = keys;
    Object[] oldResolved = resolved;
    keys = new String[old.length * 2];
    resolved = new Object[old.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < old.length; i++) {
      String key = old[i];
      if (key != null) {
        int hash = key.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        resolved[slot] = oldResolved[i];
      }
    }
  }

  private int trimEnd(int from, int to) {
    while (to > from && text.charAt(to - 1) == ' ') {
      to--;
    }
    return to;
  }

  /**
   * Whether {@code c} cannot start a plain scalar here: YAML's indicators, but for a {@code -}
   * before a character that is not a space ({@code -1}, {@code -a}); {@code ?} and {@code :} before
   * one are declined.
   */
  private boolean startsNoPlainScalar(int p) {
    return switch (text.charAt(p)) {
      case '-' -> p + 1 == lineEnd || text.charAt(p + 1) == ' ';
      case '?',
          ':',
          ',',
          '[',
          ']',
          '{',
          '}',
          '#',
          '&',
          '*',
          '!',
          '|',
          '>',
          '\'',
          '"',
          '%',
          '@',
          '`' ->
          true;
      default -> false;
    };
  }

  /** The closing quote of the single-quoted scalar at {@code p}, on its line. */
  private int singleQuotedEnd(int p) {
    int i = p + 1;
    while (i < lineEnd) {
      if (text.charAt(i) == '\'') {
        if (i + 1 < lineEnd && text.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    throw new Decline();
  }

  private String singleQuoted(int p, int close) {
    String inner = text.substring(p + 1, close);
    return inner.indexOf('\'') < 0 ? inner : inner.replace("''", "'");
  }

  /** The closing quote of the double-quoted scalar at {@code p}, on its line. */
  private int doubleQuotedEnd(int p) {
    int i = p + 1;
    while (i < lineEnd) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '"') {
        return i;
      }
      i++;
    }
    throw new Decline();
  }

  private String doubleQuoted(int p, int close) {
    int backslash = text.indexOf('\\', p + 1);
    if (backslash < 0 || backslash > close) {
      return text.substring(p + 1, close);
    }
    StringBuilder out = new StringBuilder(close - p);
    for (int i = p + 1; i < close; i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(++i);
      switch (e) {
        case '0' -> out.append('\0');
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'v' -> out.append('\u000B');
        case 'f' -> out.append('\f');
        case 'r' -> out.append('\r');
        case 'e' -> out.append('\u001B');
        case ' ' -> out.append(' ');
        case '"' -> out.append('"');
        case '/' -> out.append('/');
        case '\\' -> out.append('\\');
        case 'N' -> out.append('\u0085');
        case '_' -> out.append('\u00A0');
        case 'x', 'u', 'U' -> {
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + digits >= close) {
            throw new Decline();
          }
          long code = 0;
          for (int d = 1; d <= digits; d++) {
            int h = Character.digit(text.charAt(i + d), 16);
            if (h < 0) {
              throw new Decline();
            }
            code = code * 16 + h;
          }
          if (code > Character.MAX_CODE_POINT) {
            throw new Decline();
          }
          out.appendCodePoint((int) code);
          i += digits;
        }
        default -> throw new Decline();
      }
    }
    return out.toString();
  }

  /**
   * A plain scalar's value as {@link TreeBuilder} takes it from Jackson's YAML parser under the
   * core schema: {@code null}, a boolean, an {@code Integer} or {@code Long} written in decimal
   * digits, or the string; anything else (floats, octal, hexadecimal, signed or long numbers)
   * declined.
   */
  private static Object resolve(String raw) {
    char c = raw.charAt(0);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      // Of the core schema's patterns only its booleans and nulls start with a letter.
      return switch (raw) {
        case "true", "True", "TRUE" -> true;
        case "false", "False", "FALSE" -> false;
        case "null", "Null", "NULL" -> null;
        default -> raw;
      };
    }
    if (c >= '1' && c <= '9' && allDigits(raw)) {
      return integer(raw); // the core schema's decimal integer
    }
    if (RESOLVED_BY_FIRST.indexOf(c) < 0) {
      // The core schema looks a scalar's patterns up by its first character; none of them starts
      // with this one (a path's "/", most punctuation): a string, without a regex's Matcher.
      return raw;
    }
    Tag tag = RESOLVER.resolve(raw, true);
    if (Tag.STR.equals(tag)) {
      return raw;
    }
    if (Tag.NULL.equals(tag)) {
      return null;
    }
    if (Tag.BOOL.equals(tag)) {
      return raw.length() == 4; // "true"/"false" in any of the core schema's cases
    }
    if (Tag.INT.equals(tag)) {
      return integer(raw);
    }
    if (Tag.FLOAT.equals(tag)) {
      return floating(raw);
    }
    return raw; // what Jackson reads as a string (a merge key's "<<", an environment variable)
  }

  private static boolean allDigits(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * An integer in decimal digits, with or without a {@code -}, as Jackson's parser gives it: an
   * {@code Integer} when it fits, a {@code Long} when that fits, a {@code BigInteger} beyond.
   */
  private static Object integer(String raw) {
    int start = raw.charAt(0) == '-' ? 1 : 0;
    int digits = raw.length() - start;
    if (digits == 0 || digits > 1000 || (raw.charAt(start) == '0' && digits > 1)) {
      throw new Decline(); // "+1", octal, hexadecimal, or past Jackson's integer length limit
    }
    for (int i = start; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        throw new Decline();
      }
    }
    if (digits <= 18) {
      long v = Long.parseLong(raw);
      return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
    }
    BigInteger v = new BigInteger(raw);
    return digits == 19 && v.bitLength() <= 63 ? (Object) v.longValue() : (Object) v;
  }

  /**
   * A float written in digits, a point and an exponent (no {@code .inf}, {@code .nan}), as
   * Jackson's parser gives it: a {@code Double}.
   */
  private static Object floating(String raw) {
    if (raw.length() > 100) {
      throw new Decline();
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
        throw new Decline();
      }
    }
    return Double.parseDouble(raw);
  }
}
