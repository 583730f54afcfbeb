package dev.vsplit.routing;

import static dev.vsplit.model.StringMatch.exact;
import static dev.vsplit.model.StringMatch.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The indexed search for an earlier covering route ({@link CoveringRoutes}, used by VS114 and
 * VS115) against the reference it replaces: ask {@link Coverage#routeCovers} of every earlier
 * route, in order. On seeded random route lists both must give the same answer for every route; and
 * the index under it must offer every match that covers the one asked about. Replay a failing case
 * with {@code -Dvsplit.seed=<seed> -Dvsplit.cases=1}.
 */
class CoveringRoutesTest {

  static final long FIRST_SEED = Long.getLong("vsplit.seed", 61_000L);
  static final int CASES = Integer.getInteger("vsplit.cases", 200);

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> FIRST_SEED + i);
  }

  /** The reference: the first earlier route that covers {@code k}, comparing it with every one. */
  static int firstCoveringPairwise(List<List<HTTPMatchRequest>> routes, int k) {
    for (int j = 0; j < k; j++) {
      if (Coverage.routeCovers(routes.get(j), routes.get(k))) {
        return j;
      }
    }
    return -1;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void indexedAnswersAsEveryPairWould(long seed) {
    RandomMatches random = new RandomMatches(seed);
    int n = 1 + random.random().nextInt(60);
    List<List<HTTPMatchRequest>> routes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      routes.add(random.matches());
    }
    CoveringRoutes index = new CoveringRoutes();
    for (int k = 0; k < n; k++) {
      int expected = firstCoveringPairwise(routes, k);
      int actual = index.firstCovering(routes.get(k));
      int route = k;
      assertThat(actual)
          .as(
              () ->
                  "seed "
                      + seed
                      + " (replay: -Dvsplit.seed="
                      + seed
                      + " -Dvsplit.cases=1), route "
                      + route
                      + " "
                      + routes.get(route)
                      + "\nearlier: "
                      + routes.subList(0, route))
          .isEqualTo(expected);
      index.add(routes.get(k));
    }
    assertThat(index.size()).isEqualTo(n);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void indexOffersEveryCoveringMatch(long seed) {
    RandomMatches random = new RandomMatches(seed);
    List<HTTPMatchRequest> indexed = new ArrayList<>();
    MatchIndex<Integer> index = new MatchIndex<>();
    for (int i = 0; i < 40; i++) {
      HTTPMatchRequest m = random.match();
      indexed.add(m);
      index.add(m, i);
    }
    for (int q = 0; q < 40; q++) {
      HTTPMatchRequest query = random.match();
      Set<Integer> offered = new HashSet<>();
      index.forEachPossibleContainer(query, (m, owner) -> offered.add(owner));
      for (int i = 0; i < indexed.size(); i++) {
        if (Coverage.covers(indexed.get(i), query)) {
          int covering = i;
          assertThat(offered)
              .as(
                  () ->
                      "seed "
                          + seed
                          + ": "
                          + indexed.get(covering)
                          + " covers "
                          + query
                          + " but the index does not offer it")
              .contains(covering);
        }
      }
    }
  }

  @Test
  void theFirstCoveringRouteIsFound() {
    CoveringRoutes routes = new CoveringRoutes();
    routes.add(List.of(HTTPMatchRequest.uri(prefix("/api/v1"))));
    routes.add(List.of(HTTPMatchRequest.uri(prefix("/api"))));
    routes.add(List.of(HTTPMatchRequest.uri(prefix("/"))));

    assertThat(routes.firstCovering(List.of(HTTPMatchRequest.uri(exact("/api/v1/users")))))
        .isZero();
    assertThat(routes.firstCovering(List.of(HTTPMatchRequest.uri(exact("/api/v2"))))).isEqualTo(1);
    assertThat(routes.firstCovering(List.of(HTTPMatchRequest.uri(exact("/login"))))).isEqualTo(2);
    assertThat(routes.firstCovering(List.of()))
        .as("a route without match: only a catch-all covers it")
        .isEqualTo(2);
  }

  @Test
  void everyMatchOfTheRouteMustBeCovered() {
    CoveringRoutes routes = new CoveringRoutes();
    routes.add(List.of(HTTPMatchRequest.uri(prefix("/a"))));
    routes.add(List.of(HTTPMatchRequest.uri(prefix("/b")), HTTPMatchRequest.uri(prefix("/a"))));

    assertThat(
            routes.firstCovering(
                List.of(HTTPMatchRequest.uri(exact("/a/1")), HTTPMatchRequest.uri(exact("/b/1")))))
        .isEqualTo(1);
    assertThat(routes.firstCovering(List.of(HTTPMatchRequest.uri(exact("/c"))))).isEqualTo(-1);
  }

  @Test
  void aPathWithoutLeadingSlashIsCoveredByPrefixSlash() {
    CoveringRoutes routes = new CoveringRoutes();
    routes.add(List.of(HTTPMatchRequest.uri(prefix("/"))));

    assertThat(routes.firstCovering(List.of(HTTPMatchRequest.uri(exact("api"))))).isZero();
    assertThat(routes.firstCovering(List.of(HTTPMatchRequest.EMPTY))).isZero();
  }
}
