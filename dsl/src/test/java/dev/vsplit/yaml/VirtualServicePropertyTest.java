package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.VirtualService;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random VirtualServices built from the records survive write → read unchanged, and write the same
 * bytes again. A failure names its seed: {@code new RandomManifests(seed).virtualService()}
 * rebuilds the case; {@code -Dvsplit.property.seed=N} moves the whole range.
 */
class VirtualServicePropertyTest {

  private static final long FIRST_SEED = Long.getLong("vsplit.property.seed", 1L);
  private static final int CASES = 500;
  private static final ManifestReader READER = new ManifestReader(ReadLimits.DEFAULTS, null);

  static LongStream seeds() {
    return LongStream.range(FIRST_SEED, FIRST_SEED + CASES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writeThenReadGivesTheSameVirtualService(long seed) {
    VirtualService vs = new RandomManifests(seed).virtualService();
    String written = YamlWriter.write(vs);
    ReadResult back = READER.readString("seed-" + seed + ".yaml", written);
    assertThat(back.problems()).as("seed %d, written:%n%s", seed, written).isEmpty();
    assertThat(back.resources()).as("seed %d, written:%n%s", seed, written).hasSize(1);
    assertThat(back.resources().get(0).resource())
        .as("seed %d, written:%n%s", seed, written)
        .isEqualTo(vs);
    assertThat(YamlWriter.write(back.resources().get(0).resource()))
        .as("seed %d", seed)
        .isEqualTo(written);
  }
}
