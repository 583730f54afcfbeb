package dev.vsplit.rules.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.routing.RandomMatches;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Istio's webhook compares every prefix match of a VirtualService with every later one ({@code
 * coveredValidation}); {@link UnreachableRules} looks up only the prefixes that can cover each one.
 * On seeded random route lists both must report the same pairs, in Istio's order. Replay a failing
 * case with {@code -Dvsplit.seed=<seed> -Dvsplit.cases=1}.
 */
class UnreachablePrefixPairsTest {

  static final long FIRST_SEED = Long.getLong("vsplit.seed", 62_000L);
  static final int CASES = Integer.getInteger("vsplit.cases", 200);

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> FIRST_SEED + i);
  }

  /** The reference: Istio's loop over every former and every later prefix match. */
  static List<Long> pairwise(List<UnreachableRules.PrefixMatch> matches) {
    List<Long> out = new ArrayList<>();
    for (int a = 0; a < matches.size(); a++) {
      for (int b = a + 1; b < matches.size(); b++) {
        if (!matches.get(b).prefix().equals(matches.get(a).prefix())
            && UnreachableRules.covers(matches.get(a), matches.get(b))) {
          out.add(((long) a << 32) | b);
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void indexedFindsThePairsEveryComparisonWould(long seed) {
    RandomMatches random = new RandomMatches(seed);
    List<UnreachableRules.PrefixMatch> prefixMatches = new ArrayList<>();
    int routes = 1 + random.random().nextInt(40);
    for (int r = 0; r < routes; r++) {
      List<HTTPMatchRequest> matches = random.matches();
      HTTPRoute route =
          HTTPRoute.EMPTY.withMatch(matches).withName(random.chance(30) ? "r" + r : null);
      for (int m = 0; m < matches.size(); m++) {
        UnreachableRules.PrefixMatch p =
            UnreachableRules.prefixMatch(route, r, matches.get(m), m, At.of("spec.http"));
        if (p != null) {
          prefixMatches.add(p);
        }
      }
    }
    assertThat(UnreachableRules.coveredPrefixPairs(prefixMatches))
        .as(
            () ->
                "seed "
                    + seed
                    + " (replay: -Dvsplit.seed="
                    + seed
                    + " -Dvsplit.cases=1): "
                    + prefixMatches)
        .isEqualTo(pairwise(prefixMatches));
  }
}
