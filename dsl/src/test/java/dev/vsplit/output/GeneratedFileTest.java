package dev.vsplit.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is written, hashed and compared a slice at a time, and a file rendered on demand is never
 * held: the same bytes as its whole text, without the whole text's copies.
 */
class GeneratedFileTest {

  /**
   * Text across several slices: multi-byte characters, a surrogate pair on each side of every slice
   * boundary, a lone surrogate, {@code \r\n} line endings.
   */
  private static String awkwardText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 3 * GeneratedFile.CHUNK; i++) {
      b.append("route-").append(i).append(": é ✓ ");
      if (i % 997 == 0) {
        b.append("\uD83D\uDE00"); // a surrogate pair
      }
      if (i % 4_999 == 0) {
        b.append('\uD800'); // a lone high surrogate: encoded as '?'
      }
      b.append(i % 3 == 0 ? "\r\n" : "\n");
    }
    for (int boundary = GeneratedFile.CHUNK;
        boundary < b.length();
        boundary += GeneratedFile.CHUNK) {
      b.insert(boundary - 1, "\uD83D\uDE00"); // the pair straddles the slice's end
    }
    return b.toString();
  }

  @Test
  void writesTheBytesOfItsContentSliceBySlice() throws Exception {
    String body = awkwardText();
    GeneratedFile file = new GeneratedFile("big.yaml", body, "dev.example.BigMesh");
    byte[] whole = file.content().getBytes(StandardCharsets.UTF_8);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written = file.writeTo(out);

    assertThat(out.toByteArray()).isEqualTo(whole);
    assertThat(written).isEqualTo(whole.length);
    assertThat(file.bytes()).isEqualTo(whole);
    assertThat(GeneratedFile.utf8Length(body))
        .isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void aSmallFileIsHashedAndWrittenFromOneEncodingAsItsContentReads() throws Exception {
    for (String body :
        List.of(
            "",
            "a: é ✓ \uD83D\uDE00\n",
            "lone \uD800 surrogate\n",
            "a: 1\r\nb: 2\r\n", // \r: hashed with \n line endings, by the general path
            "x".repeat(GeneratedFile.CHUNK + 1))) {
      GeneratedFile file = new GeneratedFile("s.yaml", body, "dev.example.Small");
      byte[] whole = file.content().getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long written = file.writeTo(out);
      assertThat(out.toByteArray()).isEqualTo(whole);
      assertThat(written).isEqualTo(whole.length);
      assertThat(file.bytes()).isEqualTo(whole);
      assertThat(
              Header.parse(new String(whole, StandardCharsets.UTF_8)).orElseThrow().editedByHand())
          .isFalse();
    }
  }

  @Test
  void aFileInPiecesIsTheFileOfTheirConcatenation() throws Exception {
    String body = awkwardText();
    List<String> pieces = new ArrayList<>();
    for (int from = 0, k = 1; from < body.length(); k++) {
      int to = Math.min(body.length(), from + 7_919 * k);
      pieces.add(body.substring(from, to)); // cuts anywhere: inside "\r\n", inside a pair
      from = to;
    }
    GeneratedFile whole = new GeneratedFile("e.yaml", body, "dev.example.Mesh", "regenerate");
    GeneratedFile inPieces =
        GeneratedFile.renderedInPieces("e.yaml", () -> pieces, "dev.example.Mesh", "regenerate");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    inPieces.writeTo(out);

    assertThat(inPieces.body()).isEqualTo(body);
    assertThat(out.toByteArray()).isEqualTo(whole.content().getBytes(StandardCharsets.UTF_8));
    assertThat(inPieces.bytes()).isEqualTo(whole.bytes());
    assertThat(inPieces).isEqualTo(whole);
    assertThat(Header.sha256(pieces)).isEqualTo(Header.sha256(body));
  }

  @Test
  void theHeaderHashesTheWholeBodyWithUnixLineEndings() throws Exception {
    String body = awkwardText();
    byte[] unix = body.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(unix));

    assertThat(Header.sha256(body)).isEqualTo(expected);
    assertThat(Header.sha256(""))
        .isEqualTo(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[0])));
  }

  /** {@code a.yaml}, rendered on demand, counting its renders. */
  private static GeneratedFile countingRenders(AtomicInteger renders) {
    return GeneratedFile.rendered(
        "a.yaml",
        () -> {
          renders.incrementAndGet();
          return "a: 1\n";
        },
        "dev.example.A",
        "regenerate");
  }

  @Test
  void aRenderedFileIsRenderedOnEachReadAndKeptNowhere() {
    AtomicInteger renders = new AtomicInteger();
    GeneratedFile file = countingRenders(renders);

    assertThat(renders).hasValue(0);
    assertThat(file.body()).isEqualTo("a: 1\n");
    assertThat(file.body()).isEqualTo("a: 1\n");
    assertThat(renders).hasValue(2);
    assertThat(file).isEqualTo(new GeneratedFile("a.yaml", "a: 1\n", "dev.example.A"));
  }

  @Test
  void aFolderUpToDateKeepsNoFilesBytes(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("istio");
    List<GeneratedFile> files =
        List.of(OutputFolders.file("a.yaml", "a: 1\n"), OutputFolders.file("b.yaml", "b: 2\n"));
    OutputDirectory.write(dir, files);

    Path real = dir.toRealPath();
    OutputPlan plan = OutputPlan.scan(dir, dir, real, files);

    assertThat(plan.targets)
        .allSatisfy(
            t -> {
              assertThat(t.state()).isEqualTo(OutputPlan.State.SAME);
              assertThat(t.exists()).isTrue();
              assertThat(t.actual()).isNull();
            });
  }

  @Test
  void aMissingFileIsRenderedOnlyWhenItIsStaged(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("istio");
    AtomicInteger renders = new AtomicInteger();
    GeneratedFile file = countingRenders(renders);

    OutputDirectory.write(dir, List.of(file));

    assertThat(renders).hasValue(1);
    assertThat(Files.readString(dir.resolve("a.yaml"))).isEqualTo(file.content());
  }
}
