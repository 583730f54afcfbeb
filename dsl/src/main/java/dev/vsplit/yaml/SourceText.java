package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A file's bytes as the text YAML is parsed from: the charset told by a byte-order mark (UTF-8
 * without one), decoded strictly so that a byte that is not text is reported at its line, and line
 * ends written as a lone {@code \r} read as {@code \n}.
 */
final class SourceText {

  private SourceText() {}

  /**
   * The text of the file, or {@code null} with the problem in {@code problems} when it is not text.
   */
  static String decode(String file, byte[] bytes, List<YamlProblem> problems) {
    int offset = 0;
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      offset = 3; // UTF-8 byte-order mark: allowed by YAML, dropped here.
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      offset = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      offset = 2;
      charset = StandardCharsets.UTF_16LE;
    }
    if (charset.equals(StandardCharsets.UTF_8) && isAscii(bytes, offset)) {
      // What the strict decoder returns for ASCII, each byte one character, without its char[]
      // and CharBuffer: nearly every manifest is ASCII.
      return new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      int bad = in.position();
      int line = 1;
      for (int i = offset; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n'
            || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
          line++; // \n, \r\n or a lone \r, as the lines of a readable file are counted
        }
      }
      problems.add(
          new YamlProblem(
              Location.of(file, line),
              "",
              "invalid "
                  + charset.name()
                  + ": byte 0x"
                  + String.format("%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xff)
                  + " at offset "
                  + bad
                  + " is not valid text; save the file as UTF-8"));
      return null;
    } catch (CharacterCodingException e) {
      problems.add(
          new YamlProblem(
              Location.of(file, 0), "", "cannot decode the file as " + charset.name() + ": " + e));
      return null;
    }
  }

  private static boolean isAscii(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line break written as a lone {@code \r} (old Mac files) as {@code \n}. YAML reads all three
   * forms as one line break and folds them to {@code \n} in values, so nothing read changes; but
   * the document splitting and every line count here go by {@code \n}, and without this a file of
   * CR line ends was one line of many documents, its problems reported at lines of the YAML
   * parser's count, twice for one mistake. {@code \r\n} stays as written.
   */
  static String loneCarriageReturnsAsNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n') ? '\n' : c);
    }
    return out.toString();
  }
}
