package dev.vsplit.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.assembly.DelegationOrder.Kind;
import dev.vsplit.assembly.DelegationOrder.Problem;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.RandomMatches;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * How an administrator groups matches into delegations changes nothing about what vsplit reports:
 * random grants (a match given to a secondary), grouped at random into multi-match delegations
 * (only grants of one secondary together), are compared with the same grants as single-match
 * delegations. Ties (VS202) and ambiguous overlaps (VS203) are the same pairs once each single
 * delegation is named by its group; the only thing grouping may add is a pair of groups that must
 * each go before the other (also VS203), and only on a cycle of groups, each holding a match
 * strictly inside a match of the next (by {@link Coverage}, not by the code under test). Without
 * problems, every match comes before every match that strictly covers it. Seeded: {@code
 * -Dvsplit.seed=N} replays one case; a failure names its seed.
 */
class DelegationGroupingPropertyTest {

  private static final int CASES = Integer.getInteger("vsplit.cases", 600);

  /** A match granted to a secondary (by index). */
  private record Grant(HTTPMatchRequest match, int secondary) {}

  @Test
  void groupingMatchesIntoDelegationsReportsWhatSingleMatchesReport() {
    int ties = 0;
    int cycles = 0;
    int clean = 0;
    for (long seed : seeds()) {
      try {
        int[] counts = check(seed);
        ties += counts[0];
        cycles += counts[1];
        clean += counts[2];
      } catch (AssertionError e) {
        throw new AssertionError(
            "seed " + seed + " (replay: -Dvsplit.seed=" + seed + "): " + e.getMessage(), e);
      }
    }
    // the generator reaches every branch: grouped ties, grouping-only cycles, clean orders
    if (System.getProperty("vsplit.seed") == null) {
      assertThat(ties).as("cases with a tie across groups").isGreaterThan(CASES / 20);
      assertThat(cycles).as("cases with a grouping-only cycle").isGreaterThan(0);
      assertThat(clean).as("cases without problems").isGreaterThan(CASES / 20);
    }
  }

  private static List<Long> seeds() {
    Long one = Long.getLong("vsplit.seed");
    if (one != null) {
      return List.of(one);
    }
    List<Long> out = new ArrayList<>();
    for (long s = 0; s < CASES; s++) {
      out.add(s * 0x9E3779B97F4A7C15L);
    }
    return out;
  }

  /** One case; returns {has a tie, has a cycle, has no problem} as 0/1. */
  private static int[] check(long seed) {
    RandomMatches gen = new RandomMatches(seed);
    Random random = gen.random();
    int secondaries = 2 + random.nextInt(3);
    int n = 2 + random.nextInt(9);
    List<Grant> grants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // a few shared matches, so that one scope is often granted twice
      HTTPMatchRequest m =
          !grants.isEmpty() && random.nextInt(4) == 0
              ? grants.get(random.nextInt(grants.size())).match()
              : gen.match();
      grants.add(new Grant(m, random.nextInt(secondaries)));
    }
    // groups: each grant joins an open group of its secondary or opens one; declared in the order
    // the groups were opened, each group's matches in grant order
    List<List<Integer>> groups = new ArrayList<>();
    List<Integer> groupSecondary = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Integer> candidates = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        if (groupSecondary.get(g) == grants.get(i).secondary()) {
          candidates.add(g);
        }
      }
      if (candidates.isEmpty() || random.nextInt(3) == 0) {
        groups.add(new ArrayList<>(List.of(i)));
        groupSecondary.add(grants.get(i).secondary());
      } else {
        groups.get(candidates.get(random.nextInt(candidates.size()))).add(i);
      }
    }
    // the single-match form lists the grants group by group, so that both forms declare the
    // matches in the same order
    List<Integer> singleOrder = new ArrayList<>();
    int[] groupOf = new int[n];
    for (int g = 0; g < groups.size(); g++) {
      for (int i : groups.get(g)) {
        groupOf[singleOrder.size()] = g;
        singleOrder.add(i);
      }
    }
    List<List<HTTPMatchRequest>> singles = new ArrayList<>();
    for (int i : singleOrder) {
      singles.add(List.of(grants.get(i).match()));
    }
    List<List<HTTPMatchRequest>> grouped = new ArrayList<>();
    for (List<Integer> g : groups) {
      List<HTTPMatchRequest> ms = new ArrayList<>();
      g.forEach(i -> ms.add(grants.get(i).match()));
      grouped.add(ms);
    }

    DelegationOrder.Result single = DelegationOrder.of(singles, false);
    DelegationOrder.Result group = DelegationOrder.of(grouped, false);

    Set<String> expected = new TreeSet<>();
    for (Problem p : single.problems()) {
      assertThat(p.kind())
          .as("single-match delegations never form a cycle")
          .isNotEqualTo(Kind.CYCLE);
      int a = groupOf[p.first()];
      int b = groupOf[p.second()];
      if (a != b) { // one delegation: one route, Istio tries its matches together
        expected.add(p.kind() + " " + Math.min(a, b) + "-" + Math.max(a, b));
      }
    }
    Set<String> actual = new TreeSet<>();
    List<Problem> groupCycles = new ArrayList<>();
    for (Problem p : group.problems()) {
      assertThat(p.first()).isLessThan(p.second());
      if (p.kind() == Kind.CYCLE) {
        groupCycles.add(p);
      } else {
        actual.add(p.kind() + " " + p.first() + "-" + p.second());
      }
    }
    assertThat(actual).as("ties and overlaps of the grouped form, by group").isEqualTo(expected);

    // a cycle: by Coverage alone, each group holds a match strictly inside a match of the next,
    // round to the first
    boolean[][] inside = new boolean[groups.size()][groups.size()];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        HTTPMatchRequest inner = singles.get(i).get(0);
        HTTPMatchRequest outer = singles.get(j).get(0);
        if (groupOf[i] != groupOf[j]
            && Coverage.covers(outer, inner)
            && !Coverage.covers(inner, outer)) {
          inside[groupOf[i]][groupOf[j]] = true;
        }
      }
    }
    for (Problem p : groupCycles) {
      assertThat(reaches(inside, p.first(), p.second()) && reaches(inside, p.second(), p.first()))
          .as("groups %d and %d reported as unorderable but on no cycle", p.first(), p.second())
          .isTrue();
    }

    // most specific first, match by match, whenever nothing was reported
    if (group.problems().isEmpty()) {
      int[] groupPosition = positions(group.order());
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          HTTPMatchRequest inner = singles.get(i).get(0);
          HTTPMatchRequest outer = singles.get(j).get(0);
          if (groupOf[i] != groupOf[j]
              && Coverage.covers(outer, inner)
              && !Coverage.covers(inner, outer)) {
            assertThat(groupPosition[groupOf[i]])
                .as(
                    "%s (group %d) inside %s (group %d), emitted %s",
                    inner, groupOf[i], outer, groupOf[j], group.order())
                .isLessThan(groupPosition[groupOf[j]]);
          }
        }
      }
    }
    boolean tie = actual.stream().anyMatch(s -> s.startsWith("TIE"));
    return new int[] {
      tie ? 1 : 0, groupCycles.isEmpty() ? 0 : 1, group.problems().isEmpty() ? 1 : 0
    };
  }

  private static int[] positions(List<Integer> order) {
    int[] out = new int[order.size()];
    for (int p = 0; p < order.size(); p++) {
      out[order.get(p)] = p;
    }
    return out;
  }

  /** Whether {@code to} is reachable from {@code from} along {@code edges}. */
  private static boolean reaches(boolean[][] edges, int from, int to) {
    boolean[] seen = new boolean[edges.length];
    List<Integer> todo = new ArrayList<>(List.of(from));
    while (!todo.isEmpty()) {
      int x = todo.remove(todo.size() - 1);
      for (int y = 0; y < edges.length; y++) {
        if (edges[x][y] && !seen[y]) {
          if (y == to) {
            return true;
          }
          seen[y] = true;
          todo.add(y);
        }
      }
    }
    return false;
  }
}
