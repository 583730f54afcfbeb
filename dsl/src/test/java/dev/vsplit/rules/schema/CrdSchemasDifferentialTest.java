package dev.vsplit.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.fuzz.Corpus;
import dev.vsplit.model.IstioResource;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CrdSchemas} finds what it found when it validated Jackson's tree of each resource with
 * networknt ({@link NetworkntCrdSchemas}): the same problems, in the same order, worded the same,
 * whether the compiled check alone answers (a valid resource) or the validator (one that may not
 * be). On every resource the tests have, and on {@value #RANDOM} seeded nearly valid ones.
 */
class CrdSchemasDifferentialTest {

  static final int RANDOM = 10_000;

  static Stream<Corpus.Entry> corpus() {
    return Corpus.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyResourceTheTestsHaveHasTheSameProblems(Corpus.Entry entry) {
    ReadResult read = new ManifestReader().readString(entry.origin(), entry.text());
    for (LoadedResource r : read.resources()) {
      assertSameProblems(r.resource(), entry.origin());
    }
  }

  @Test
  void nearlyValidResourcesHaveTheSameProblems() {
    long seed = Long.getLong("vsplit.seed", 4_000L);
    int certain = 0;
    int invalid = 0;
    for (int i = 0; i < RANDOM; i++) {
      IstioResource resource = new NearlyValidManifests(seed + i).resource();
      assertSameProblems(resource, "seed " + (seed + i));
      if (CrdSchemas.certainlyValid(resource)) {
        certain++;
      }
      if (!NetworkntCrdSchemas.validate(resource).isEmpty()) {
        invalid++;
      }
    }
    // Both ways are taken, often: the check alone, and the validator, for valid and invalid ones.
    assertThat(certain).isGreaterThan(RANDOM / 4);
    assertThat(invalid).isGreaterThan(RANDOM / 4);
    assertThat(RANDOM - certain - invalid).as("valid, but left to the validator").isPositive();
  }

  private static void assertSameProblems(IstioResource resource, String what) {
    assertThat(CrdSchemas.validate(resource))
        .as("%s: %s", what, resource.ref())
        .isEqualTo(NetworkntCrdSchemas.validate(resource));
  }
}
