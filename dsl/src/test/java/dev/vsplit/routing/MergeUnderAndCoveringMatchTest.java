package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One secondary match under a primary route's matches, as Istio merges it, and which primary match
 * covers a request.
 */
class MergeUnderAndCoveringMatchTest {

  static HTTPMatchRequest prefix(String path) {
    return HTTPMatchRequest.uri(StringMatch.prefix(path));
  }

  static final HTTPMatchRequest CANARY =
      HTTPMatchRequest.EMPTY.withHeaders(Map.of("x-canary", StringMatch.exact("1")));

  @Test
  void aMatchIsMergedWithEveryRootMatchItFitsInTheRootsOrder() {
    List<HTTPMatchRequest> merged =
        Merger.mergeUnder(List.of(prefix("/shop"), prefix("/store")), CANARY, null);

    assertThat(merged)
        .containsExactly(
            prefix("/shop").withHeaders(CANARY.headers()),
            prefix("/store").withHeaders(CANARY.headers()));
    assertThat(
            Merger.mergeRoute(
                    HTTPRoute.EMPTY.withMatch(List.of(prefix("/shop"), prefix("/store"))),
                    HTTPRoute.EMPTY.withMatch(List.of(CANARY)))
                .match())
        .as("what the route merge keeps")
        .isEqualTo(merged);
  }

  @Test
  void aMatchThatFitsNoRootMatchIsMergedWithNoneAndEachConflictIsGiven() {
    List<Conflict> conflicts = new ArrayList<>();

    List<HTTPMatchRequest> merged =
        Merger.mergeUnder(List.of(prefix("/shop"), prefix("/store")), prefix("/admin"), conflicts);

    assertThat(merged).isEmpty();
    assertThat(conflicts).extracting(Conflict::field).containsExactly("uri", "uri");
    assertThat(conflicts.get(0).reason())
        .isEqualTo("uri prefix \"/admin\" is outside the primary's prefix \"/shop\"");
  }

  @Test
  void theCoveringMatchIsTheFirstOfTheRouteThatCoversTheRequests() {
    HTTPMatchRequest login = prefix("/login");

    assertThat(Coverage.coveringMatch(List.of(prefix("/api"), prefix("/log"), prefix("/")), login))
        .isEqualTo(prefix("/log"));
    assertThat(Coverage.coveringMatch(List.of(prefix("/api"), CANARY), login)).isNull();
    assertThat(Coverage.coveringMatch(List.of(), login))
        .as("a route without match takes every request")
        .isEqualTo(HTTPMatchRequest.EMPTY);
  }
}
