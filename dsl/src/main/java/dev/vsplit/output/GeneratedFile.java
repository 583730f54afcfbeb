package dev.vsplit.output;

import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file vsplit generates into the output folder: its path, the spec it came from, and its body,
 * held or {@linkplain #rendered rendered on demand}. A folder of a large mesh holds hundreds of
 * megabytes of text; files rendered on demand let the folder be compared, staged and written one
 * file at a time, never all of it at once.
 *
 * <p>Two files are equal when their path, body, source and words for regenerating are.
 */
public final class GeneratedFile {

  /**
   * How much of a body is encoded to UTF-8 at a time when it is hashed or written: more than a
   * piece of the emitter's text (about 128 Ki characters, ended at a line), so that a piece is
   * encoded whole, without copying it into a substring first; its bytes (256 KiB for ASCII) stay
   * below G1's humongous-object threshold.
   */
  static final int CHUNK = 1 << 18;

  private final String path;

  /** Renders the body in pieces, whose concatenation is the body: one piece for most files. */
  private final Supplier<List<String>> pieces;

  private final String source;
  private final String regenerate;

  /**
   * A file with its body.
   *
   * @param path where it goes, relative to the output folder, folders separated by {@code /}, e.g.
   *     {@code ns1/virtualservice-vs-1.yaml} (see {@link OutputLayout#pathOf}); checked for safety
   *     by {@link OutputDirectory}, which refuses paths that are absolute or lead outside the
   *     folder
   * @param body the file's content without the {@link Header} line
   * @param source the spec class (or classes, comma-separated) it came from, e.g. {@code
   *     dev.example.IdentityRoutes}; one line
   * @param regenerate how its header says to regenerate it, in the front end's words ({@link
   *     Fix#regenerate()}), e.g. {@code regenerate}; one line
   */
  public GeneratedFile(String path, String body, String source, String regenerate) {
    this(path, onePiece(List.of(Objects.requireNonNull(body, "body"))), source, regenerate);
  }

  /**
   * A file whose header says to regenerate it in the engine's own words ({@link Wording#NEUTRAL}).
   *
   * @param path where it goes, relative to the output folder
   * @param body the file's content without the {@link Header} line
   * @param source the spec class (or classes) it came from
   */
  public GeneratedFile(String path, String body, String source) {
    this(path, body, source, Wording.NEUTRAL.word(Fix.regenerate()));
  }

  private GeneratedFile(
      String path, Supplier<List<String>> pieces, String source, String regenerate) {
    this.path = Objects.requireNonNull(path, "path");
    this.pieces = Objects.requireNonNull(pieces, "body");
    this.source = Header.checkSource(source);
    this.regenerate = Header.checkRegenerate(regenerate);
  }

  private static Supplier<List<String>> onePiece(List<String> body) {
    return () -> body;
  }

  /**
   * A file whose body is rendered each time it is asked for and never kept: what the file holds
   * costs memory only while one caller reads it.
   *
   * @param path where it goes, relative to the output folder
   * @param body renders the file's content without the {@link Header} line; the same text on every
   *     call
   * @param source the spec class (or classes) it came from
   * @param regenerate how its header says to regenerate it, in the front end's words
   * @return the file
   */
  public static GeneratedFile rendered(
      String path, Supplier<String> body, String source, String regenerate) {
    Objects.requireNonNull(body, "body");
    return new GeneratedFile(
        path, () -> List.of(Objects.requireNonNull(body.get(), "body")), source, regenerate);
  }

  /**
   * A file {@linkplain #rendered rendered on demand} in pieces, as the effective routes of a large
   * mesh are: hashed and written piece by piece, never joined, so that its text is held once.
   *
   * @param path where it goes, relative to the output folder
   * @param pieces renders the file's content without the {@link Header} line, in pieces whose
   *     concatenation is the body; the same text on every call
   * @param source the spec class (or classes) it came from
   * @param regenerate how its header says to regenerate it, in the front end's words
   * @return the file
   */
  public static GeneratedFile renderedInPieces(
      String path, Supplier<List<String>> pieces, String source, String regenerate) {
    return new GeneratedFile(path, pieces, source, regenerate);
  }

  /**
   * Where the file goes.
   *
   * @return its path relative to the output folder, folders separated by {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * The file's content without its header line; rendered anew on each call for a file {@linkplain
   * #rendered rendered on demand}.
   *
   * @return the body
   */
  public String body() {
    List<String> body = pieces();
    return body.size() == 1 ? body.get(0) : String.join("", body);
  }

  /**
   * The body's pieces, rendered now; joined into one when a piece ends in the first half of a
   * surrogate pair, so that each piece encodes on its own as it does within the body.
   */
  private List<String> pieces() {
    List<String> body = Objects.requireNonNull(pieces.get(), "body");
    body.forEach(p -> Objects.requireNonNull(p, "body"));
    for (int i = 0; i < body.size() - 1; i++) {
      String p = body.get(i);
      if (!p.isEmpty() && Character.isHighSurrogate(p.charAt(p.length() - 1))) {
        return List.of(String.join("", body));
      }
    }
    return body;
  }

  /**
   * The spec class (or classes) the file came from.
   *
   * @return as its header names it
   */
  public String source() {
    return source;
  }

  /**
   * How its header says to regenerate it.
   *
   * @return the front end's words
   */
  public String regenerate() {
    return regenerate;
  }

  /**
   * The file as written: the header line naming {@link #source} and hashing {@link #body}, then the
   * body.
   *
   * @return the whole text
   */
  public String content() {
    return Header.file(source, body(), regenerate);
  }

  /**
   * Writes the file as {@link #content} reads, in UTF-8, without ever holding its text more than
   * once: the body is rendered, hashed for the header and written a slice at a time.
   *
   * @param out where the bytes go; not closed
   * @return the number of bytes written
   * @throws IOException when {@code out} fails
   */
  public long writeTo(OutputStream out) throws IOException {
    List<String> body = pieces();
    if (body.size() == 1 && body.get(0).length() <= CHUNK && body.get(0).indexOf('\r') < 0) {
      // Most files (a resource each): encoded once, for the header's hash and for the writing.
      byte[] bytes = body.get(0).getBytes(StandardCharsets.UTF_8);
      byte[] header =
          (Header.render(source, bytes, regenerate) + "\n").getBytes(StandardCharsets.UTF_8);
      out.write(header);
      out.write(bytes);
      return (long) header.length + bytes.length;
    }
    byte[] header = header(body);
    out.write(header);
    long[] written = {header.length};
    encode(
        body,
        slice -> {
          out.write(slice);
          written[0] += slice.length;
        });
    return written[0];
  }

  /**
   * The file as written, in UTF-8, whole: for comparing it with what a folder holds. Filled a slice
   * at a time into an array of the exact size, so that a large body is held twice at most (its text
   * and these bytes), never as the copies of a growing buffer.
   */
  byte[] bytes() {
    List<String> body = pieces();
    byte[] header = header(body);
    long length = header.length;
    for (String piece : body) {
      length += utf8Length(piece);
    }
    byte[] all = new byte[Math.toIntExact(length)];
    System.arraycopy(header, 0, all, 0, header.length);
    int[] at = {header.length};
    try {
      encode(
          body,
          slice -> {
            System.arraycopy(slice, 0, all, at[0], slice.length); // sized by utf8Length
            at[0] += slice.length;
          });
    } catch (IOException e) {
      throw new IllegalStateException("copying into an array does not fail", e);
    }
    return all;
  }

  /** The header line and its line break, in UTF-8, hashing the body. */
  private byte[] header(List<String> body) {
    return (Header.render(source, body, regenerate) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** What receives a text's UTF-8 bytes, one slice after another. */
  interface Slices {
    void accept(byte[] slice) throws IOException;
  }

  /**
   * The UTF-8 bytes of the pieces, in order, a slice of at most {@link #CHUNK} characters at a
   * time, never between the two halves of a surrogate pair: together exactly what {@link
   * String#getBytes} gives for their concatenation, when no piece ends in the first half of a pair
   * (the emitter's pieces end at line breaks).
   */
  static void encode(List<String> pieces, Slices sink) throws IOException {
    for (String text : pieces) {
      for (int from = 0; from < text.length(); ) {
        int to = Math.min(text.length(), from + CHUNK);
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
          to--;
        }
        sink.accept(text.substring(from, to).getBytes(StandardCharsets.UTF_8));
        from = to;
      }
    }
  }

  /**
   * The length of {@code text} in UTF-8 as {@link String#getBytes} encodes it: a surrogate without
   * its other half as one byte ({@code ?}).
   */
  static int utf8Length(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratedFile f
        && path.equals(f.path)
        && source.equals(f.source)
        && regenerate.equals(f.regenerate)
        && body().equals(f.body());
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, source, regenerate, body());
  }

  @Override
  public String toString() {
    return "GeneratedFile[path=" + path + ", source=" + source + ", regenerate=" + regenerate + "]";
  }
}
