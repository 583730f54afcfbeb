package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import dev.vsplit.testing.Gen;
import dev.vsplit.testing.IstioSpec;
import dev.vsplit.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MatchConflicts} against {@link IstioSpec}, a re-implementation written straight from the
 * tables of {@code istio/delegation.md}.
 */
class MatchConflictsPropertiesTest {

  private static final List<StringMatch> VALUES =
      List.of(
          StringMatch.exact("/a"),
          StringMatch.exact("/ab"),
          StringMatch.exact("/b"),
          StringMatch.exact(""),
          StringMatch.prefix("/a"),
          StringMatch.prefix("/ab"),
          StringMatch.prefix("/"),
          StringMatch.prefix(""),
          StringMatch.regex("/a.*"),
          StringMatch.regex("/ab"),
          StringMatch.regex(""),
          StringMatch.empty());

  /** Every pair of a small set of values (and absent), both ways: the whole table, not a sample. */
  @Test
  void stringMatchConflictFollowsTheTableForEveryPair() {
    List<StringMatch> all = new java.util.ArrayList<>(VALUES);
    all.add(null);
    for (StringMatch root : all) {
      for (StringMatch leaf : all) {
        assertThat(MatchConflicts.stringMatchConflict(root, leaf))
            .as("stringMatchConflict(root %s, leaf %s)", root, leaf)
            .isEqualTo(IstioSpec.stringMatchConflict(root, leaf));
      }
    }
  }

  @Test
  void findIsNullExactlyWhenTheMatchesDoNotConflict() {
    Property.forAll(
        "findIsNullExactlyWhenTheMatchesDoNotConflict",
        600,
        rnd -> {
          Gen g = new Gen(rnd);
          HTTPMatchRequest root = g.match(true);
          HTTPMatchRequest leaf = g.chance(0.5) ? g.extension(root) : g.match(true);
          Conflict found = MatchConflicts.find(root, leaf);
          boolean conflicts = MatchConflicts.conflicts(root, leaf);
          assertThat(found == null)
              .as("find %s vs conflicts %s", found, conflicts)
              .isEqualTo(!conflicts);
          assertThat(conflicts)
              .as("hasConflict(%s, %s)", root, leaf)
              .isEqualTo(IstioSpec.hasConflict(root, leaf));
          if (found != null) {
            assertThat(IstioSpec.firstConflict(root, leaf))
                .as("first conflicting field of %s under %s", leaf, root)
                .contains(found.field());
            assertThat(found.reason()).isNotBlank();
          }
        });
  }

  @Test
  void stringMatchConflictAgreesWithTheSpecOnGeneratedValues() {
    Property.forAll(
        "stringMatchConflictAgreesWithTheSpecOnGeneratedValues",
        600,
        rnd -> {
          Gen g = new Gen(rnd);
          HTTPMatchRequest a = g.match(true);
          HTTPMatchRequest b = g.chance(0.5) ? g.extension(a) : g.match(true);
          for (StringMatch[] pair :
              new StringMatch[][] {
                {a.uri(), b.uri()},
                {a.method(), b.method()},
                {a.headers().get("x-a"), b.headers().get("x-a")},
                {a.queryParams().get("q"), b.queryParams().get("q")}
              }) {
            assertThat(MatchConflicts.stringMatchConflict(pair[0], pair[1]))
                .as("stringMatchConflict(%s, %s)", pair[0], pair[1])
                .isEqualTo(IstioSpec.stringMatchConflict(pair[0], pair[1]));
          }
        });
  }
}
