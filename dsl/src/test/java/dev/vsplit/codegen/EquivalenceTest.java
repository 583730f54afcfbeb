package dev.vsplit.codegen;

import static dev.vsplit.codegen.Fixtures.monolith;
import static dev.vsplit.codegen.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Code;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.rules.Checker;
import dev.vsplit.yaml.ManifestReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The proof is not vacuous: every kind of difference is caught and names the first differing route.
 */
class EquivalenceTest {

  private static List<EffectiveVirtualService> effective(String yaml) {
    return new Checker(MeshOptions.DEFAULTS)
        .check(new ManifestReader().readString("vs.yaml", yaml))
        .effective();
  }

  private static final String BEFORE =
      monolith(
          route("prefix", "/a", "a") + route("prefix", "/b", "b") + route("prefix", "/", "web"));

  @Test
  void theSameRoutesProve() {
    Equivalence.Proof proof = Equivalence.compare(effective(BEFORE), Map.of(), effective(BEFORE));

    assertThat(proof.holds()).isTrue();
    assertThat(proof.summary())
        .containsExactly(
            "default/shop: 3 route(s), 3 Envoy route(s) (one per match); each found equal, field by field, in the split; 0 pair(s)"
                + " now evaluated in another order, none of which one request can match both",
            "routing is unchanged: every request takes an equal route in the split as in the monolith");
  }

  @Test
  void disjointRoutesInAnotherOrderProve() {
    String after =
        monolith(
            route("prefix", "/b", "b") + route("prefix", "/a", "a") + route("prefix", "/", "web"));

    Equivalence.Proof proof = Equivalence.compare(effective(BEFORE), Map.of(), effective(after));

    assertThat(proof.holds()).isTrue();
    assertThat(proof.summary().get(0)).contains("1 pair(s) now evaluated in another order");
  }

  @Test
  void aChangedDestinationIsTheFirstDifference() {
    String after =
        monolith(
            route("prefix", "/a", "a") + route("prefix", "/b", "b2") + route("prefix", "/", "web"));

    Equivalence.Proof proof = Equivalence.compare(effective(BEFORE), Map.of(), effective(after));

    assertThat(proof.holds()).isFalse();
    assertThat(proof.difference().code()).isEqualTo(Code.VS308);
    assertThat(proof.difference().message())
        .startsWith(
            "the split does not route as the monolith: effective route #2 of"
                + " the split (default/shop spec.http[1]) equals no route of the monolith:")
        .contains("host: b2.default.svc.cluster.local")
        .contains("the monolith's route at that place (default/shop spec.http[1])");
  }

  @Test
  void aMissingRouteIsNamed() {
    String after = monolith(route("prefix", "/a", "a") + route("prefix", "/", "web"));

    Equivalence.Proof proof = Equivalence.compare(effective(BEFORE), Map.of(), effective(after));

    assertThat(proof.difference().message())
        .contains("the monolith's route default/shop spec.http[1] is missing from the split");
    Equivalence.Proof partial =
        Equivalence.compare(
            effective(BEFORE),
            Map.of(
                "default/shop", new Planner.Excluded(new java.util.TreeSet<>(Set.of(1)), Map.of())),
            effective(after));
    assertThat(partial.holds()).isTrue();
    assertThat(partial.summary())
        .noneMatch(line -> line.contains("unchanged"))
        .anyMatch(line -> line.contains("routing is CHANGED for the 1 route(s) left out"));
  }

  @Test
  void aDeadMatchDroppedStillProvesUnchanged() {
    String before = monolith(route("prefix", "/a", "a") + route("prefix", "/", "web"));
    String withDead =
        monolith(
            route("prefix", "/a", "a") + route("prefix", "/", "web") + route("prefix", "/b", "b"));

    Equivalence.Proof proof =
        Equivalence.compare(
            effective(withDead),
            Map.of(
                "default/shop",
                new Planner.Excluded(new java.util.TreeSet<>(), Map.of(2, Set.of(0)))),
            effective(before));

    assertThat(proof.holds()).isTrue();
    assertThat(proof.summary().get(proof.summary().size() - 1))
        .startsWith("routing is unchanged")
        .contains("the 1 match(es) dropped never took a request");
  }

  @Test
  void overlappingRoutesInAnotherOrderAreADifference() {
    String after =
        monolith(
            route("prefix", "/", "web") + route("prefix", "/a", "a") + route("prefix", "/b", "b"));

    Equivalence.Proof proof = Equivalence.compare(effective(BEFORE), Map.of(), effective(after));

    assertThat(proof.difference().message())
        .endsWith(
            "the split evaluates default/shop spec.http[0] ({} (any request)) before"
                + " default/shop spec.http[1] (prefix \"/a\"), the monolith the other way round, and one request can match both: it"
                + " would take another route");
  }

  @Test
  void prefixSlashIsNoUriCondition() {
    String withSlash = monolith(route("prefix", "/", "web"));
    String catchAll = monolith("- route:\n  - destination: {host: web}\n");

    assertThat(Equivalence.compare(effective(catchAll), Map.of(), effective(withSlash)).holds())
        .isTrue();
  }
}
