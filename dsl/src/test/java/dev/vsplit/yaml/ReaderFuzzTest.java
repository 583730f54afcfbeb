package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vsplit.model.IstioResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mangled manifests (byte flips, truncations, random Unicode, YAML punctuation) never make {@link
 * ManifestReader} throw or hang: every input gives resources, notes and problems. What it does read
 * survives a write and a read unchanged.
 *
 * <p>Seeded: a failure prints the seed and the case; run again with {@code -Dvsplit.fuzz.seed=N}.
 */
class ReaderFuzzTest {

  private static final long SEED = Long.getLong("vsplit.fuzz.seed", 20261127L);
  private static final int BATCHES = 20;

  /**
   * 2 000 cases in all; {@code -Dvsplit.fuzz.factor=N} (the {@code fuzz} profile: 10) runs N times
   * as many.
   */
  private static final int CASES_PER_BATCH = 100 * Integer.getInteger("vsplit.fuzz.factor", 1);

  /** Generous for a loaded build machine; a batch takes well under a second. */
  private static final Duration BATCH_LIMIT = Duration.ofSeconds(30);

  private static final List<byte[]> CORPUS =
      TestFiles.yamlFiles(TestFiles.ISTIO_SAMPLES, TestFiles.REAL_WORLD, TestFiles.ROUND_TRIP)
          .stream()
          .map(p -> TestFiles.read(p).getBytes(StandardCharsets.UTF_8))
          .toList();

  private static final String[] PUNCTUATION = {
    "---\n",
    "...\n",
    "--- ",
    ": ",
    "- ",
    "? ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "&a ",
    "*a",
    "&b [",
    "*b",
    "<<: ",
    "!!str ",
    "!!binary ",
    "!foo ",
    "|",
    ">-",
    "'",
    "\"",
    "\\",
    "#",
    "%YAML 1.2\n",
    "\t",
    "\r",
    "\n",
    "~",
    "\uFEFF",
    "\u0085",
    "\u2028",
    "\u0000",
    "0x1F",
    ".inf",
    "yes",
    "True",
    "\"\\u",
    "\"\\x",
    "kind: List\nitems:\n- "
  };

  @TempDir static Path dir;

  static IntStream batches() {
    return IntStream.range(0, BATCHES);
  }

  @ParameterizedTest(name = "batch {0}")
  @MethodSource("batches")
  void manglingNeverThrowsNorHangs(int batch) {
    long seed = SEED + batch;
    Random random = new Random(seed);
    assertTimeoutPreemptively(
        BATCH_LIMIT,
        () -> {
          for (int i = 0; i < CASES_PER_BATCH; i++) {
            byte[] original = CORPUS.get(random.nextInt(CORPUS.size()));
            int how = random.nextInt(5);
            byte[] mangled = mangle(original, how, random);
            try {
              check(mangled, i % 2 == 0);
            } catch (Throwable e) {
              throw new AssertionError(
                  "fuzz case failed: seed "
                      + seed
                      + " (-Dvsplit.fuzz.seed="
                      + SEED
                      + ", batch "
                      + batch
                      + "), case "
                      + i
                      + ", mangling "
                      + how
                      + ", input:\n"
                      + new String(mangled, StandardCharsets.UTF_8),
                  e);
            }
          }
        },
        () ->
            "a batch took longer than "
                + BATCH_LIMIT
                + ": seed "
                + seed
                + " (batch "
                + batch
                + ")");
  }

  private static byte[] mangle(byte[] original, int how, Random random) {
    byte[] b = original.clone();
    switch (how) {
      case 0 -> { // flip bytes
        int flips = 1 + random.nextInt(8);
        for (int f = 0; f < flips && b.length > 0; f++) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
      }
      case 1 -> { // truncate
        return Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length));
      }
      case 2 -> { // insert random Unicode
        String text = new String(b, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text);
        int inserts = 1 + random.nextInt(6);
        for (int k = 0; k < inserts; k++) {
          StringBuilder insert = new StringBuilder();
          for (int c = random.nextInt(4) + 1; c > 0; c--) {
            int cp =
                switch (random.nextInt(4)) {
                  case 0 -> random.nextInt(0x80);
                  case 1 -> random.nextInt(0x800);
                  case 2 -> random.nextInt(0xD800);
                  default -> 0x10000 + random.nextInt(0x10000);
                };
            insert.appendCodePoint(cp);
          }
          out.insert(random.nextInt(out.length() + 1), insert);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
      }
      case 3 -> { // insert YAML punctuation
        String text = new String(b, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text);
        int inserts = 1 + random.nextInt(4);
        for (int k = 0; k < inserts; k++) {
          out.insert(
              random.nextInt(out.length() + 1), PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
      }
      default -> { // move, drop or re-indent lines
        String[] lines = new String(b, StandardCharsets.UTF_8).split("\n", -1);
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits && lines.length > 1; k++) {
          int at = random.nextInt(lines.length);
          switch (random.nextInt(3)) {
            case 0 -> lines[at] = " ".repeat(random.nextInt(5)) + lines[at].stripLeading();
            case 1 -> lines[at] = "";
            default -> {
              int other = random.nextInt(lines.length);
              String tmp = lines[at];
              lines[at] = lines[other];
              lines[other] = tmp;
            }
          }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  /**
   * Reads the input (from a file or a string), checks the result is sound, and round-trips what was
   * read.
   */
  private static void check(byte[] input, boolean asFile) {
    ReadResult result;
    if (asFile) {
      Path file = dir.resolve("fuzz.yaml");
      try {
        Files.write(file, input);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      result = new ManifestReader().read(List.of(file));
    } else {
      result =
          new ManifestReader().readString("fuzz.yaml", new String(input, StandardCharsets.UTF_8));
    }
    for (YamlProblem p : result.problems()) {
      assertThat(p.location()).isNotNull();
      assertThat(p.location().file()).endsWith("fuzz.yaml");
      assertThat(p.message()).isNotBlank();
      assertThat(p.path()).isNotNull();
    }
    for (LoadedResource loaded : result.resources()) {
      IstioResource resource = loaded.resource();
      String written = YamlWriter.write(resource);
      ReadResult back = new ManifestReader().readString("written", written);
      assertThat(back.problems()).as("reading back\n%s", written).isEmpty();
      assertThat(back.resources())
          .singleElement()
          .extracting(LoadedResource::resource)
          .as("reading back\n%s", written)
          .isEqualTo(resource);
      assertThat(YamlWriter.write(back.resources().get(0).resource())).isEqualTo(written);
    }
  }
}
