package dev.vsplit.yaml;

/**
 * Lays out YAML text, node by node, for {@link YamlWriter}: block mappings and sequences with a
 * 2-space indent, a sequence inside a mapping not indented (kubectl's style), empty collections as
 * {@code []} and {@code {}}, a key of 128 characters or more, or with a line break, as {@code ?
 * key}, strings plain, single-quoted, double-quoted or as a literal block ({@code |}), never
 * folded.
 *
 * <p>Until issue 16 vsplit wrote YAML through Jackson's YAML generator, which hands events to
 * snakeyaml-engine's {@code Emitter}; vsplit's files are in that layout, and must stay byte for
 * byte what they were (a regenerated folder must not change). This class keeps the emitter's layout
 * state ({@code column}, {@code whitespace}, {@code indention}, the indent stack) and its scalar
 * analysis and writers, for exactly the subset vsplit writes (no flow collections beyond empty
 * ones, no tags, anchors or comments, no line splitting), as plain method calls instead of an event
 * queue. {@code YamlWriterDifferentialTest} checks it against Jackson's output.
 */
final class YamlEmitter extends YamlEvents {

  /** No indent yet (snakeyaml's {@code null}): the document's root. */
  private static final int NONE = -1;

  private static final int INDENT = 2;

  /** Keys this long or longer are written as {@code ? key} (snakeyaml's maxSimpleKeyLength). */
  private static final int MAX_SIMPLE_KEY = 128;

  static final int PLAIN = 0;
  static final int SINGLE_QUOTED = 1;
  static final int DOUBLE_QUOTED = 2;
  static final int LITERAL = 3;

  private final YamlText out;

  private int column;
  private boolean whitespace = true;
  private boolean indention = true;
  private int indent = NONE;
  private int[] indents = new int[32];
  private int depth;

  /** Whether the next node is a key or value of a block mapping (snakeyaml's mappingContext). */
  private boolean mappingContext;

  /** A mapping was started and has no key yet: its first key or its end decides block or {}. */
  private boolean pendingMapping;

  YamlEmitter(YamlText out) {
    this.out = out;
  }

  // ---------------------------------------------------------------------------------------------
  // documents

  /**
   * Starts a document. Only a document whose root is the empty string starts with {@code ---}:
   * snakeyaml's "empty document" check.
   */
  void startDocument(boolean rootIsEmptyString) {
    column = 0;
    whitespace = true;
    indention = true;
    indent = NONE;
    depth = 0;
    mappingContext = false;
    pendingMapping = false;
    if (rootIsEmptyString) {
      writeIndent();
      writeIndicator("---", true, false, false);
    }
  }

  void endDocument() {
    indent = NONE;
    writeIndent();
  }

  // ---------------------------------------------------------------------------------------------
  // collections

  /** Starts a mapping whose emptiness is not known yet (see {@link #pendingMapping}). */
  @Override
  public void startMapping() {
    pendingMapping = true;
  }

  @Override
  public void endMapping() {
    if (pendingMapping) {
      pendingMapping = false;
      emptyFlow("{", "}");
    } else {
      indent = pop();
    }
  }

  @Override
  public void emptyMapping() {
    emptyFlow("{", "}");
  }

  @Override
  public void emptySequence() {
    emptyFlow("[", "]");
  }

  /** Starts a sequence that has at least one item. */
  @Override
  public void startSequence() {
    boolean indentless = mappingContext && !indention;
    push(indent);
    indent = indent == NONE ? 0 : indentless ? indent : indent + INDENT;
  }

  /** Before each item of a sequence. */
  @Override
  public void item() {
    writeIndent();
    writeIndicator("-", true, false, true);
    mappingContext = false;
  }

  @Override
  public void endSequence() {
    indent = pop();
  }

  private void emptyFlow(String open, String close) {
    writeIndicator(open, true, true, false);
    writeIndicator(close, false, false, false);
  }

  private void openMapping() {
    pendingMapping = false;
    push(indent);
    indent = indent == NONE ? 0 : indent + INDENT;
  }

  private void push(int value) {
    if (depth == indents.length) {
      indents = java.util.Arrays.copyOf(indents, depth * 2);
    }
    indents[depth++] = value;
  }

  private int pop() {
    return indents[--depth];
  }

  // ---------------------------------------------------------------------------------------------
  // keys

  /**
   * A map key as it is written, worked out once for keys written again and again (a record's
   * fields).
   */
  static final class Key {
    final String name;

    /** {@code name:} as written after the indent, or null for a key written as {@code ? name}. */
    final String simpleText;

    Key(String name) {
      this.name = name;
      if (isSimpleKey(name)) {
        YamlText text = new YamlText();
        YamlEmitter e = new YamlEmitter(text);
        e.scalar(name, keyStyle(name, true));
        this.simpleText = text + ":";
      } else {
        this.simpleText = null;
      }
    }
  }

  private static boolean isSimpleKey(String name) {
    return name.length() < MAX_SIMPLE_KEY && !name.isEmpty() && name.indexOf('\n') < 0;
  }

  /** Writes a key; its value follows. */
  @Override
  void key(Key key) {
    if (key.simpleText == null) {
      key(key.name);
      return;
    }
    if (pendingMapping) {
      openMapping();
    }
    writeIndent();
    if (!whitespace) {
      out.append(' ');
    }
    out.append(key.simpleText);
    column += key.simpleText.length();
    whitespace = false;
    indention = false;
    mappingContext = true;
  }

  /** Writes a key; its value follows. */
  @Override
  public void key(String name) {
    if (pendingMapping) {
      openMapping();
    }
    writeIndent();
    if (isSimpleKey(name)) {
      scalar(name, keyStyle(name, true));
      writeIndicator(":", false, false, false);
    } else {
      writeIndicator("?", true, false, true);
      scalar(name, keyStyle(name, false));
      writeIndent();
      writeIndicator(":", true, false, true);
    }
    mappingContext = true;
  }

  // ---------------------------------------------------------------------------------------------
  // scalars

  /** A string value. */
  @Override
  public void string(String value) {
    scalar(value, valueStyle(value));
  }

  /**
   * A number, boolean or null: always plain, as no such text (digits, signs, {@code .}, {@code e},
   * {@code .nan}, {@code true}, {@code null}) keeps a plain scalar from holding it.
   */
  @Override
  public void plain(String text) {
    writePlain(text);
  }

  private void scalar(String text, int style) {
    switch (style) {
      case PLAIN -> writePlain(text);
      case SINGLE_QUOTED -> writeSingleQuoted(text);
      case DOUBLE_QUOTED -> writeDoubleQuoted(text);
      default -> writeLiteral(text, indent == NONE ? INDENT : indent + INDENT);
    }
  }

  /**
   * Jackson's choice for a string value (empty: quoted; a line break: a literal block unless it
   * holds characters that must be escaped; quoted when {@link YamlQuoting} says so; else plain),
   * then snakeyaml's, which falls back to single and then double quotes where the text cannot be a
   * plain scalar or a block.
   */
  static int valueStyle(String value) {
    if (value.isEmpty()) {
      return DOUBLE_QUOTED;
    }
    if (isPlainSafe(value)) {
      return YamlQuoting.quotePlainSafe(value) ? DOUBLE_QUOTED : PLAIN;
    }
    if (value.indexOf('\n') >= 0) {
      if (YamlQuoting.hasUnsafeCharacter(value)) {
        return DOUBLE_QUOTED;
      }
      return (analyze(value) & ALLOW_BLOCK) != 0 ? LITERAL : DOUBLE_QUOTED;
    }
    if (YamlQuoting.quoteValue(value)) {
      return DOUBLE_QUOTED;
    }
    int analysis = analyze(value);
    if ((analysis & ALLOW_BLOCK_PLAIN) != 0) {
      return PLAIN;
    }
    return (analysis & ALLOW_SINGLE_QUOTED) != 0 ? SINGLE_QUOTED : DOUBLE_QUOTED;
  }

  /**
   * As {@link #valueStyle} for a key, written as a simple key ({@code name:}) or after {@code ?}.
   */
  static int keyStyle(String name, boolean simpleKey) {
    if (!name.isEmpty() && isPlainSafe(name)) {
      return YamlQuoting.quoteKey(name) ? DOUBLE_QUOTED : PLAIN;
    }
    if (YamlQuoting.quoteKey(name)) {
      return DOUBLE_QUOTED;
    }
    int analysis = analyze(name);
    boolean multiline = (analysis & MULTILINE) != 0;
    if ((analysis & ALLOW_BLOCK_PLAIN) != 0 && !(simpleKey && (name.isEmpty() || multiline))) {
      return PLAIN;
    }
    return (analysis & ALLOW_SINGLE_QUOTED) != 0 && !(simpleKey && multiline)
        ? SINGLE_QUOTED
        : DOUBLE_QUOTED;
  }

  /** Letters, digits and {@code . / _ - +}: characters that no rule cares about. */
  private static final boolean[] PLAIN_SAFE = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      PLAIN_SAFE[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      PLAIN_SAFE[c] = true;
      PLAIN_SAFE[Character.toUpperCase(c)] = true;
    }
    for (char c : "./_-+".toCharArray()) {
      PLAIN_SAFE[c] = true;
    }
  }

  /**
   * Whether the string holds only {@link #PLAIN_SAFE} characters and does not start with a document
   * marker: no blank, line break, indicator or control character, so that the analysis allows a
   * plain scalar, and only the rules about the whole string ({@link YamlQuoting#quotePlainSafe})
   * can ask for quotes. Most of what vsplit writes (names, hosts, paths, durations).
   */
  private static boolean isPlainSafe(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128 || !PLAIN_SAFE[c]) {
        return false;
      }
    }
    return !s.startsWith("---") && !s.startsWith("...");
  }

  private static final int ALLOW_BLOCK_PLAIN = 1;
  private static final int ALLOW_SINGLE_QUOTED = 2;
  private static final int ALLOW_BLOCK = 4;
  private static final int MULTILINE = 8;

  /**
   * snakeyaml's scalar analysis (what a plain, single-quoted or block scalar could hold), for block
   * context; the flow context's answers are never asked for.
   */
  static int analyze(String s) {
    int n = s.length();
    if (n == 0) {
      return ALLOW_BLOCK_PLAIN | ALLOW_SINGLE_QUOTED;
    }
    boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
    boolean lineBreaks = false;
    boolean special = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean precededByWhitespace = true;
    boolean followedByWhitespace = n == 1 || isBlankOrBreak(s.codePointAt(1));
    boolean previousSpace = false;
    boolean previousBreak = false;
    int index = 0;
    while (index < n) {
      int c = s.codePointAt(index);
      if (index == 0) {
        if ("#,[]{}&*!|>'\"%@`".indexOf(c) != -1) {
          blockIndicators = true;
        }
        if ((c == '?' || c == ':' || c == '-') && followedByWhitespace) {
          blockIndicators = true;
        }
      } else {
        if (c == ':' && followedByWhitespace) {
          blockIndicators = true;
        }
        if (c == '#' && precededByWhitespace) {
          blockIndicators = true;
        }
      }
      boolean isLineBreak = c == '\n';
      if (isLineBreak) {
        lineBreaks = true;
      }
      if (!(c == '\n' || (0x20 <= c && c <= 0x7E))
          && !(c == 0x85
              || (c >= 0xA0 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF))) {
        special = true;
      }
      if (c == ' ') {
        if (index == 0) {
          leadingSpace = true;
        }
        if (index == n - 1) {
          trailingSpace = true;
        }
        if (previousBreak) {
          breakSpace = true;
        }
        previousSpace = true;
        previousBreak = false;
      } else if (isLineBreak) {
        if (index == 0) {
          leadingBreak = true;
        }
        if (index == n - 1) {
          trailingBreak = true;
        }
        if (previousSpace) {
          spaceBreak = true;
        }
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      index += Character.charCount(c);
      precededByWhitespace = isBlank(c) || isLineBreak;
      followedByWhitespace = true;
      if (index + 1 < n) {
        int next = index + Character.charCount(s.codePointAt(index));
        if (next < n) {
          followedByWhitespace = isBlank(s.codePointAt(next)) || isLineBreak;
        }
      }
    }
    boolean blockPlain =
        !(leadingSpace || leadingBreak || trailingSpace || trailingBreak)
            && !breakSpace
            && !spaceBreak
            && !special
            && !blockIndicators;
    boolean singleQuoted = !breakSpace && !spaceBreak && !special;
    boolean block = !trailingSpace && !spaceBreak && !special;
    return (blockPlain ? ALLOW_BLOCK_PLAIN : 0)
        | (singleQuoted ? ALLOW_SINGLE_QUOTED : 0)
        | (block ? ALLOW_BLOCK : 0)
        | (lineBreaks ? MULTILINE : 0);
  }

  /** snakeyaml's NULL_BL_T: NUL, space, tab. */
  private static boolean isBlank(int c) {
    return c == 0 || c == ' ' || c == '\t';
  }

  /** snakeyaml's NULL_BL_T_LINEBR: NUL, space, tab, CR, LF. */
  private static boolean isBlankOrBreak(int c) {
    return isBlank(c) || c == '\r' || c == '\n';
  }

  // ---------------------------------------------------------------------------------------------
  // snakeyaml's writers

  private void writeIndicator(
      String indicator, boolean needWhitespace, boolean whitespaceAfter, boolean indentation) {
    if (!whitespace && needWhitespace) {
      column++;
      out.append(' ');
    }
    whitespace = whitespaceAfter;
    indention = indention && indentation;
    column += indicator.length();
    out.append(indicator);
  }

  private void writeIndent() {
    writeIndent(indent == NONE ? 0 : indent);
  }

  private void writeIndent(int to) {
    if (!indention || column > to || (column == to && !whitespace)) {
      writeLineBreak();
    }
    if (to > column) {
      whitespace = true;
      out.appendSpaces(to - column);
      column = to;
    }
  }

  private void writeLineBreak() {
    whitespace = true;
    indention = true;
    column = 0;
    out.append('\n');
    out.lineEnded();
  }

  /** A plain scalar: never holds a line break here (those are blocks or quoted). */
  private void writePlain(String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!whitespace) {
      column++;
      out.append(' ');
    }
    whitespace = false;
    indention = false;
    out.append(text);
    column += text.length();
  }

  /** A single-quoted scalar: never holds a line break here (those are blocks or double-quoted). */
  private void writeSingleQuoted(String text) {
    if (text.indexOf('\n') >= 0) {
      throw new IllegalStateException("a single-quoted scalar with a line break: " + text);
    }
    writeIndicator("'", true, false, false);
    int start = 0;
    for (int i = text.indexOf('\''); i >= 0; i = text.indexOf('\'', start)) {
      out.append(text, start, i);
      out.append("''");
      start = i + 1;
    }
    out.append(text, start, text.length());
    column += text.length();
    writeIndicator("'", false, false, false);
  }

  /** snakeyaml's double-quoted writer, without line splitting. */
  private void writeDoubleQuoted(String text) {
    writeIndicator("\"", true, false, false);
    int n = text.length();
    int start = 0;
    for (int end = 0; end < n; end++) {
      char ch = text.charAt(end);
      if (ch >= 0x20 && ch <= 0x7E && ch != '"' && ch != '\\') {
        continue; // printable ASCII other than the quote and the backslash: as it is
      }
      if (start < end) {
        out.append(text, start, end);
      }
      String data = escape(ch);
      if (data == null) {
        int codePoint =
            Character.isHighSurrogate(ch) && end + 1 < n
                ? Character.toCodePoint(ch, text.charAt(end + 1))
                : ch;
        if (isPrintable(codePoint)) {
          data = String.valueOf(Character.toChars(codePoint));
          if (Character.charCount(codePoint) == 2) {
            end++;
          }
        } else if (ch <= '\u00FF') {
          String s = "0" + Integer.toString(ch, 16);
          data = "\\x" + s.substring(s.length() - 2);
        } else if (Character.charCount(codePoint) == 2) {
          end++;
          String s = "000" + Long.toHexString(codePoint);
          data = "\\U" + s.substring(s.length() - 8);
        } else {
          String s = "000" + Integer.toString(ch, 16);
          data = "\\u" + s.substring(s.length() - 4);
        }
      }
      out.append(data);
      start = end + 1;
    }
    if (start < n) {
      out.append(text, start, n);
    }
    column += n;
    writeIndicator("\"", false, false, false);
  }

  /** snakeyaml's escape replacements. */
  private static String escape(char ch) {
    return switch (ch) {
      case '\0' -> "\\0";
      case '\u0007' -> "\\a";
      case '\u0008' -> "\\b";
      case '\u0009' -> "\\t";
      case '\n' -> "\\n";
      case '\u000B' -> "\\v";
      case '\u000C' -> "\\f";
      case '\r' -> "\\r";
      case '\u001B' -> "\\e";
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\u0085' -> "\\N";
      case '\u00A0' -> "\\_";
      default -> null;
    };
  }

  /** snakeyaml's StreamReader.isPrintable. */
  private static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || c == 0x9
        || c == 0xA
        || c == 0xD
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /**
   * snakeyaml's literal block writer: {@code |} with its hints (an explicit indent when the text
   * starts with a space or a line break; {@code -} strip or {@code +} keep for the final line
   * breaks), then each line at {@code lineIndent}, empty lines without spaces.
   */
  private void writeLiteral(String text, int lineIndent) {
    int n = text.length();
    StringBuilder hints = new StringBuilder("|");
    if (text.charAt(0) == '\n' || text.charAt(0) == ' ') {
      hints.append(INDENT);
    }
    char last = text.charAt(n - 1);
    if (last != '\n') {
      hints.append('-');
    } else if (n == 1 || text.charAt(n - 2) == '\n') {
      hints.append('+');
    }
    writeIndicator(hints.toString(), true, false, false);
    writeLineBreak();
    boolean breaks = true;
    int start = 0;
    for (int end = 0; end <= n; end++) {
      char ch = end < n ? text.charAt(end) : 0;
      if (breaks) {
        if (ch == 0 || ch != '\n') {
          for (int i = start; i < end; i++) {
            writeLineBreak();
          }
          if (ch != 0) {
            writeIndent(lineIndent);
          }
          start = end;
        }
      } else if (ch == 0 || ch == '\n') {
        out.append(text, start, end);
        if (ch == 0) {
          writeLineBreak();
        }
        start = end;
      }
      if (ch != 0) {
        breaks = ch == '\n';
      }
    }
  }
}
