package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts reading a file takes give what the general way gives: a file's bytes read into an
 * array of its size ({@link ManifestReader#readUpTo}) are {@code readNBytes(limit)}'s, whether the
 * file kept, lost or gained bytes since its size was read; ASCII text made without the decoder
 * ({@link SourceText#decode}) is the strict decoder's text.
 */
class FileBytesTest {

  @Test
  void readsTheBytesReadNBytesReads() throws IOException {
    Random random = new Random(16);
    for (int length : new int[] {0, 1, 2, 100, 8191, 8192, 8193, 20_000}) {
      byte[] content = new byte[length];
      random.nextBytes(content);
      for (long size : new long[] {0, 1, length - 1, length, length + 1, 2L * length + 5}) {
        for (int limit : new int[] {1, length, length + 1, length + 10, 1 << 20}) {
          byte[] expected = new ByteArrayInputStream(content).readNBytes(limit);
          byte[] got = ManifestReader.readUpTo(new ByteArrayInputStream(content), size, limit);
          assertThat(got)
              .as("length %d, size %d, limit %d", length, size, limit)
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void decodesAsciiAsTheStrictDecoderDoes() throws CharacterCodingException {
    Random random = new Random(4);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int j = 0; j < bytes.length; j++) {
        // mostly ASCII (control characters included), now and then a byte that is not
        bytes[j] = (byte) (random.nextInt(10) == 0 ? random.nextInt(256) : random.nextInt(128));
      }
      List<YamlProblem> problems = new ArrayList<>();
      String text = SourceText.decode("f.yaml", bytes, problems);
      if (!problems.isEmpty()) {
        assertThat(text).isNull();
        continue;
      }
      int bom =
          bytes.length >= 3
                  && (bytes[0] & 0xff) == 0xEF
                  && (bytes[1] & 0xff) == 0xBB
                  && (bytes[2] & 0xff) == 0xBF
              ? 3
              : 0;
      if (bom == 0
          && bytes.length >= 2
          && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF)) {
        continue; // a UTF-16 byte-order mark: not the shortcut's case
      }
      String strict =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom))
              .toString();
      assertThat(text).isEqualTo(strict);
    }
  }
}
