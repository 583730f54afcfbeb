package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MatchIndex}: candidates are a superset of the containers (see also {@link
 * CoveragePropertiesTest}).
 */
class MatchIndexTest {

  private static List<String> offered(HTTPMatchRequest query, String... prefixes) {
    MatchIndex<String> index = new MatchIndex<>();
    for (String p : prefixes) {
      index.add(HTTPMatchRequest.uri(StringMatch.prefix(p)), p);
    }
    List<String> out = new ArrayList<>();
    index.forEachPossibleContainer(query, (m, owner) -> out.add(owner));
    return out;
  }

  @Test
  void shorterPrefixesAreOfferedOthersAreNot() {
    assertThat(
            offered(
                HTTPMatchRequest.uri(StringMatch.exact("/api/v1")),
                "/",
                "/api",
                "/api/v1",
                "/api/v2",
                "/log"))
        .containsExactlyInAnyOrder("/", "/api", "/api/v1");
  }

  @Test
  void slashIsOfferedForAnEmptyPrefixWhichItCovers() {
    // prefix "/" covers every path, so it covers prefix "" too; looking up the prefixes of "" found
    // only ""
    HTTPMatchRequest everything = HTTPMatchRequest.uri(StringMatch.prefix(""));
    assertThat(Coverage.covers(HTTPMatchRequest.uri(StringMatch.prefix("/")), everything)).isTrue();
    assertThat(offered(everything, "/", "/api")).contains("/");
  }

  @Test
  void emptyPrefixIsOfferedForEverything() {
    assertThat(offered(HTTPMatchRequest.uri(StringMatch.exact("/api")), "", "/log"))
        .containsExactly("");
  }

  @Test
  void aPathsIndexedPrefixesAreOfferedShortestFirstAmongManyAndCollidingOnes() {
    // "Aa" and "BB" have the same String.hashCode: a lookup by hash must still compare the text
    Random random = new Random(16);
    String[] parts = {"/", "a", "Aa", "BB", "api", "-", "v1"};
    List<String> prefixes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder p = new StringBuilder("/");
      for (int j = random.nextInt(5); j > 0; j--) {
        p.append(parts[random.nextInt(parts.length)]);
      }
      if (!prefixes.contains(p.toString())) {
        prefixes.add(p.toString());
      }
    }
    for (int i = 0; i < 2_000; i++) {
      StringBuilder path = new StringBuilder("/");
      for (int j = random.nextInt(7); j > 0; j--) {
        path.append(parts[random.nextInt(parts.length)]);
      }
      String query = path.toString();
      List<String> expected =
          prefixes.stream()
              .filter(query::startsWith)
              .sorted(Comparator.comparingInt(String::length))
              .toList();
      assertThat(
              offered(
                  HTTPMatchRequest.uri(StringMatch.prefix(query)), prefixes.toArray(String[]::new)))
          .as(query)
          .containsExactlyElementsOf(expected);
    }
  }

  private static <T> List<String> handed(MatchIndex<T> index, HTTPMatchRequest probe) {
    List<String> out = new ArrayList<>();
    index.forEachPossibleContainer(probe, (m, owner) -> out.add(owner + " " + m));
    return out;
  }

  @Test
  void anIndexOfOnlyTheMatchesTheProbesReachAnswersThemAsTheWholeIndexDoes() {
    // same candidates in the same order, for every probe the reach was built from, with regexes,
    // ignoreUriCase, no path and paths without the slash among both sides
    for (long seed = 0; seed < 40; seed++) {
      RandomMatches random = new RandomMatches(seed);
      List<HTTPMatchRequest> probes = new ArrayList<>();
      for (int i = random.random().nextInt(6); i >= 0; i--) {
        probes.add(random.match());
      }
      MatchIndex.Reach reach = new MatchIndex.Reach(probes);
      MatchIndex<Integer> whole = new MatchIndex<>();
      MatchIndex<Integer> reached = new MatchIndex<>();
      for (int i = 0; i < 200; i++) {
        HTTPMatchRequest m = random.match();
        whole.add(m, i);
        if (reach.reaches(m)) {
          reached.add(m, i);
        }
      }
      for (HTTPMatchRequest probe : probes) {
        assertThat(handed(reached, probe))
            .as("seed %d, probe %s", seed, probe)
            .containsExactlyElementsOf(handed(whole, probe));
      }
    }
  }

  @Test
  void theReachOfPathsLeavesOutWhatLiesUnderThemAndKeepsWhatHoldsThem() {
    MatchIndex.Reach reach =
        new MatchIndex.Reach(
            List.of(
                HTTPMatchRequest.uri(StringMatch.prefix("/api/v1")),
                HTTPMatchRequest.uri(StringMatch.exact("/login"))));
    assertThat(reach.reaches(HTTPMatchRequest.uri(StringMatch.prefix("/api")))).isTrue();
    assertThat(reach.reaches(HTTPMatchRequest.uri(StringMatch.prefix("/api/v1")))).isTrue();
    assertThat(reach.reaches(HTTPMatchRequest.uri(StringMatch.prefix("/lo")))).isTrue();
    assertThat(reach.reaches(HTTPMatchRequest.uri(StringMatch.exact("/login")))).isTrue();
    assertThat(reach.reaches(HTTPMatchRequest.uri(StringMatch.regex("/a.*")))).isTrue();
    assertThat(reach.reaches(HTTPMatchRequest.uri(StringMatch.prefix("/api/v1/users")))).isFalse();
    assertThat(reach.reaches(HTTPMatchRequest.uri(StringMatch.exact("/api/v1")))).isFalse();
    assertThat(reach.reaches(HTTPMatchRequest.uri(StringMatch.prefix("/b")))).isFalse();
    // a probe the index answers with everything reaches everything
    MatchIndex.Reach all =
        new MatchIndex.Reach(List.of(HTTPMatchRequest.uri(StringMatch.regex("/a.*"))));
    assertThat(all.reaches(HTTPMatchRequest.uri(StringMatch.prefix("/api/v1/users")))).isTrue();
  }
}
