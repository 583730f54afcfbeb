package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.testing.Gen;
import dev.vsplit.testing.Property;
import dev.vsplit.testing.Request;
import dev.vsplit.testing.RequestMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Coverage} and {@link Overlap} are sound: checked on random matches and concrete requests
 * with {@link RequestMatcher}, which is written from Envoy's semantics, not from vsplit's code.
 */
class CoveragePropertiesTest {

  @Test
  void coversIsSound() {
    AtomicInteger witnessed = new AtomicInteger();
    Property.forAll(
        "coversIsSound",
        500,
        rnd -> {
          Gen g = new Gen(rnd);
          HTTPMatchRequest a = g.match(true);
          HTTPMatchRequest b =
              switch (g.between(0, 9)) {
                case 0, 1, 2, 3, 4 -> g.extension(a);
                case 5, 6 -> g.caseVariant(g.chance(0.5) ? a : g.extension(a));
                default -> g.match(true);
              };
          if (g.chance(0.2)) {
            a = g.caseVariant(a);
          }
          if (!Coverage.covers(a, b)) {
            return;
          }
          for (Request q : g.requests(List.of(a, b), 40)) {
            if (RequestMatcher.matches(b, q)) {
              witnessed.incrementAndGet();
              assertThat(RequestMatcher.matches(a, q))
                  .as("%s covers %s, yet %s matches only the inner one", a, b, q)
                  .isTrue();
            }
          }
        });
    assertThat(witnessed.get())
        .as("requests matching a covered match (the property must not be vacuous)")
        .isGreaterThan(500);
  }

  @Test
  void routeCoversIsSound() {
    Property.forAll(
        "routeCoversIsSound",
        400,
        rnd -> {
          Gen g = new Gen(rnd);
          List<HTTPMatchRequest> outer = g.matches(2, true);
          List<HTTPMatchRequest> inner = new ArrayList<>();
          int n = g.between(0, 2);
          for (int i = 0; i < n; i++) {
            inner.add(
                !outer.isEmpty() && g.chance(0.7) ? g.extension(g.pick(outer)) : g.match(true));
          }
          if (!Coverage.routeCovers(outer, inner)) {
            return;
          }
          List<HTTPMatchRequest> targets = new ArrayList<>(outer);
          targets.addAll(inner);
          for (Request q : g.requests(targets, 40)) {
            if (RequestMatcher.matchesRoute(inner, q)) {
              assertThat(RequestMatcher.matchesRoute(outer, q))
                  .as("%s covers %s, yet not %s", outer, inner, q)
                  .isTrue();
            }
          }
        });
  }

  /**
   * {@link MatchIndex} may return too many candidates, never too few: every match that covers the
   * query is among them.
   */
  @Test
  void matchIndexOffersEveryContainer() {
    Property.forAll(
        "matchIndexOffersEveryContainer",
        300,
        rnd -> {
          Gen g = new Gen(rnd);
          List<HTTPMatchRequest> indexed = new ArrayList<>();
          MatchIndex<Integer> index = new MatchIndex<>();
          int n = g.between(1, 12);
          for (int i = 0; i < n; i++) {
            HTTPMatchRequest m = g.match(g.chance(0.3));
            indexed.add(m);
            index.add(m, i);
          }
          assertThat(index.size()).isEqualTo(n);
          HTTPMatchRequest query = g.chance(0.6) ? g.extension(g.pick(indexed)) : g.match(true);
          java.util.Set<Integer> offered = new java.util.HashSet<>();
          index.forEachPossibleContainer(query, (m, owner) -> offered.add(owner));
          for (int i = 0; i < n; i++) {
            if (Coverage.covers(indexed.get(i), query)) {
              assertThat(offered)
                  .as("%s covers %s but is not offered", indexed.get(i), query)
                  .contains(i);
            }
          }
        });
  }

  @Test
  void disjointMeansNoRequestMatchesBoth() {
    AtomicInteger disjoint = new AtomicInteger();
    Property.forAll(
        "disjointMeansNoRequestMatchesBoth",
        500,
        rnd -> {
          Gen g = new Gen(rnd);
          HTTPMatchRequest a = g.match(true);
          HTTPMatchRequest b =
              switch (g.between(0, 9)) {
                case 0, 1, 2 -> g.extension(a);
                case 3, 4 -> g.caseVariant(g.chance(0.5) ? a : g.extension(a));
                default -> g.match(true);
              };
          if (Overlap.mayOverlap(a, b)) {
            return;
          }
          disjoint.incrementAndGet();
          for (Request q : g.requests(List.of(a, b), 40)) {
            assertThat(RequestMatcher.matches(a, q) && RequestMatcher.matches(b, q))
                .as("%s and %s said disjoint, yet both match %s", a, b, q)
                .isFalse();
          }
        });
    assertThat(disjoint.get()).as("disjoint pairs seen").isGreaterThan(50);
  }
}
