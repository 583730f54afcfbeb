package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.List;
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
}
