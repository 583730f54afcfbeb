package dev.vsplit;

import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.line;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.withCode;
import static dev.vsplit.Match.any;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.base.Describe;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The order of a primary's delegations: most specific first whatever the order written; ties and
 * ambiguous overlaps are findings; {@code keepDeclaredOrder()} keeps the order written.
 */
class OrderingTest {

  static final Secondary A = Team.named("team-a").namespace("a").secondary("a").failClosed();
  static final Secondary B = Team.named("team-b").namespace("b").secondary("b").failClosed();
  static final Secondary C = Team.named("team-c").namespace("c").secondary("c").failClosed();

  static Generation primary(Consumer<Mesh.PrimaryBuilder> delegations) {
    return Vsplit.load(
        mesh(m -> delegations.accept(m.primary("shop", "default").hosts("shop.example.com"))));
  }

  /** Each emitted delegation as {@code <matches> -> <secondary>}. */
  static List<String> order(Generation g) {
    VirtualService vs = (VirtualService) g.resource("VirtualService", "default", "shop");
    return vs.spec().http().stream().map(OrderingTest::describeRoute).toList();
  }

  static String describeRoute(HTTPRoute r) {
    return Describe.matches(r.match()) + " -> " + r.delegate().name();
  }

  @Test
  void slashDeclaredBeforeLogIsEmittedAfterIt() {
    Generation g = Vsplit.load(new BookinfoMesh());

    VirtualService vs = (VirtualService) g.resource("VirtualService", "default", "bookinfo");
    assertThat(vs.spec().http())
        .extracting(OrderingTest::describeRoute)
        .containsExactly("prefix \"/log\" -> vs-1", "prefix \"/\" -> vs-2");
  }

  @Test
  void nestedPrefixesDeclaredBroadestFirstAreEmittedDeepestFirst() {
    Generation g =
        primary(
            p ->
                p.delegate(prefix("/"), A)
                    .delegate(prefix("/api"), B)
                    .delegate(prefix("/api/v2"), C));

    assertThat(g.findings()).as(describe(g)).isEmpty();
    assertThat(order(g))
        .containsExactly("prefix \"/api/v2\" -> c", "prefix \"/api\" -> b", "prefix \"/\" -> a");
  }

  @Test
  void exactBeforePrefixOfTheSamePath() {
    Generation g = primary(p -> p.delegate(prefix("/login"), A).delegate(exact("/login"), B));

    assertThat(g.findings()).as(describe(g)).isEmpty();
    assertThat(order(g)).containsExactly("exact \"/login\" -> b", "prefix \"/login\" -> a");
  }

  @Test
  void headerRefinedDelegationBeforeThePlainOne() {
    Generation g =
        primary(
            p ->
                p.delegate(prefix("/api"), A)
                    .delegate(prefix("/api").header("x-canary", "true"), B));

    assertThat(g.findings()).as(describe(g)).isEmpty();
    assertThat(order(g))
        .containsExactly(
            "prefix \"/api\" + header x-canary exact \"true\" -> b", "prefix \"/api\" -> a");
  }

  @Test
  void disjointDelegationsKeepTheDeclaredOrder() {
    Generation g =
        primary(
            p -> p.delegate(prefix("/b"), B).delegate(prefix("/c"), C).delegate(prefix("/a"), A));

    assertThat(g.findings()).as(describe(g)).isEmpty();
    assertThat(order(g))
        .containsExactly("prefix \"/b\" -> b", "prefix \"/c\" -> c", "prefix \"/a\" -> a");
  }

  @Test
  void onlyWhatMustMoveMoves() {
    // /c is unrelated to the others and stays where it was written, between them
    Generation g =
        primary(
            p -> p.delegate(prefix("/a"), A).delegate(prefix("/c"), C).delegate(prefix("/a/b"), B));

    assertThat(order(g))
        .containsExactly("prefix \"/a/b\" -> b", "prefix \"/a\" -> a", "prefix \"/c\" -> c");
  }

  @Test
  void aMultiMatchDelegationGoesAfterWhatItCovers() {
    Generation g =
        primary(
            p -> p.delegate(List.of(prefix("/a"), prefix("/b")), A).delegate(prefix("/b/x"), B));

    assertThat(g.findings()).as(describe(g)).isEmpty();
    assertThat(order(g))
        .containsExactly("prefix \"/b/x\" -> b", "prefix \"/a\" or prefix \"/b\" -> a");
  }

  @Test
  void aPlainPrefixBeforeAnIgnoreCasePrefixThatCoversIt() {
    Generation g =
        primary(p -> p.delegate(prefix("/API").ignoreUriCase(), A).delegate(prefix("/api/v1"), B));

    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(order(g))
        .containsExactly("prefix \"/api/v1\" -> b", "prefix \"/API\" + ignoreUriCase -> a");
  }

  @Test
  void tieIsAFinding() {
    int[] at = new int[1];
    Generation g =
        primary(
            p -> {
              p.delegate(prefix("/api"), A);
              // spotless:off (a finding must point at this line: keep the call on it)
              at[0] = line(); p.delegate(prefix("/api"), B);
              // spotless:on
            });

    List<Finding> ties = withCode(g, "VS202");
    assertThat(ties).as(describe(g)).hasSize(1);
    Finding f = ties.get(0);
    assertThat(f.resource()).isEqualTo("default/shop");
    assertThat(f.path()).isEqualTo("spec.http");
    assertThat(f.team()).isEqualTo("team-b");
    assertThat(f.source()).isEqualTo(Location.of("dev/vsplit/OrderingTest.java", at[0]));
    assertThat(f.message())
        .isEqualTo(
            "delegations prefix \"/api\" -> a/a and prefix \"/api\" -> b/b have the same scope, so only"
                + " the first would ever receive requests");
    assertThat(f.hint())
        .isEqualTo(
            "give the scope to one secondary, or add a condition (a header, a method) that tells them apart");
    assertThat(withCode(g, "VS203")).isEmpty();
  }

  @Test
  void twoHeadersOnOnePathAreAmbiguous() {
    int[] at = new int[1];
    Generation g =
        primary(
            p -> {
              p.delegate(prefix("/api").header("a", "1"), A);
              // spotless:off (a finding must point at this line: keep the call on it)
              at[0] = line(); p.delegate(prefix("/api").header("b", "1"), B);
              // spotless:on
            });

    List<Finding> ambiguous = withCode(g, "VS203");
    assertThat(ambiguous).as(describe(g)).hasSize(1);
    Finding f = ambiguous.get(0);
    assertThat(f.resource()).isEqualTo("default/shop");
    assertThat(f.team()).isEqualTo("team-b");
    assertThat(f.source()).isEqualTo(Location.of("dev/vsplit/OrderingTest.java", at[0]));
    assertThat(f.message())
        .isEqualTo(
            "delegations prefix \"/api\" + header a exact \"1\" -> a/a and prefix \"/api\" + header b"
                + " exact \"1\" -> b/b overlap without one containing the other: a request can match both, and which team gets it"
                + " depends on the order, which vsplit will not guess");
    assertThat(f.hint())
        .isEqualTo(
            "make one contain the other (e.g. add the condition to the narrower path), make them disjoint,"
                + " or call keepDeclaredOrder() on the primary to say that the order written is the order meant");
  }

  @Test
  void aHeaderOnlyDelegationAndAPathDelegationAreAmbiguous() {
    Generation g =
        primary(p -> p.delegate(any().header("x-beta", "1"), A).delegate(prefix("/api"), B));

    assertThat(withCode(g, "VS203")).as(describe(g)).hasSize(1);
    assertThat(withCode(g, "VS203").get(0).message())
        .startsWith(
            "delegations header x-beta exact \"1\" -> a/a and prefix \"/api\" -> b/b overlap");
  }

  @Test
  void aDelegationThatCoversOnlyPartOfAnotherIsAmbiguous() {
    // /a/x of b lies in a's /a, but b's /c does not: neither covers the other, and a before b
    // would hand b's /a/x requests to a's routes first
    Generation g =
        primary(
            p -> p.delegate(prefix("/a"), A).delegate(List.of(prefix("/a/x"), prefix("/c")), B));

    assertThat(withCode(g, "VS203"))
        .as(describe(g))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "delegations prefix \"/a\" -> a/a and prefix \"/a/x\" or prefix \"/c\" -> b/b overlap without one"
                            + " containing the other"));
  }

  @Test
  void delegationsThatEachCoverPartOfTheOtherAreAmbiguous() {
    // /a/x must come before /a, /b/x before /b: no order of the two delegations does both
    Generation g =
        primary(
            p ->
                p.delegate(List.of(prefix("/a"), prefix("/b/x")), A)
                    .delegate(List.of(prefix("/a/x"), prefix("/b")), B));

    assertThat(withCode(g, "VS203")).as(describe(g)).hasSize(1);
  }

  @Test
  void differentValuesOfOneHeaderAreDisjoint() {
    Generation g =
        primary(
            p ->
                p.delegate(prefix("/api").header("x-tenant", "acme"), A)
                    .delegate(prefix("/api").header("x-tenant", "zeta"), B));

    assertThat(g.findings()).as(describe(g)).isEmpty();
  }

  @Test
  void keepDeclaredOrderKeepsTheWrittenOrderAndReportsNothing() {
    Generation g =
        primary(
            p ->
                p.keepDeclaredOrder()
                    .delegate(prefix("/api").header("b", "1"), B)
                    .delegate(prefix("/api").header("a", "1"), A)
                    .delegate(any().header("x-beta", "1"), C));

    assertThat(g.findings()).as(describe(g)).isEmpty();
    assertThat(order(g))
        .containsExactly(
            "prefix \"/api\" + header b exact \"1\" -> b",
            "prefix \"/api\" + header a exact \"1\" -> a",
            "header x-beta exact \"1\" -> c");
  }

  @Test
  void keepDeclaredOrderDoesNotReorderNestedPrefixes() {
    // the administrator asked for the written order: the engine, not the DSL, says what that costs
    Generation g =
        primary(p -> p.keepDeclaredOrder().delegate(prefix("/"), A).delegate(prefix("/log"), B));

    assertThat(order(g)).containsExactly("prefix \"/\" -> a", "prefix \"/log\" -> b");
    assertThat(g.findings())
        .extracting(Finding::code)
        .doesNotContain(Code.VS202, Code.VS203)
        .contains(Code.VS116);
  }
}
