package dev.vsplit.assembly;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.MatchIndex;
import dev.vsplit.routing.Overlap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order a primary's delegations are emitted in: most specific first.
 *
 * <p>The rule: a delegation goes before every delegation that covers it (covers: every request it
 * matches, the other matches too: {@code /log} before {@code /}, {@code exact /login} before {@code
 * prefix /login}, {@code /api + header x-canary} before {@code /api}), and moves up no further than
 * that: just before the first delegation that covers it, so that the others, and delegations that
 * share no request (whose order Istio does not care about), keep the order written. Two delegations
 * with the same scope are a tie, and two that overlap without one covering the other (a request can
 * match both, and which one wins depends on the order) are ambiguous: both are reported, not
 * guessed, unless the primary keeps its declared order. Uses a {@link MatchIndex}, so ordering
 * costs about the length of the paths, not the square of the number of delegations.
 */
public final class DelegationOrder {

  /** Two delegations vsplit cannot order by itself. */
  public record Problem(int first, int second, boolean tie) {}

  /**
   * The order {@link #of} computes, and what it could not decide.
   *
   * @param order the delegations' indexes in emitted order
   * @param problems ties and ambiguous pairs (none when the declared order is kept)
   * @param related for each delegation, the others that a request may match together with it (one
   *     covers the other, or they overlap)
   */
  public record Result(List<Integer> order, List<Problem> problems, List<Set<Integer>> related) {}

  private DelegationOrder() {}

  /**
   * Orders a primary's delegations, most specific first.
   *
   * @param delegations each delegation's matches, in declared order (no match: every request)
   * @param keepDeclaredOrder keep the declared order and report nothing (the related sets are still
   *     computed)
   */
  public static Result of(List<List<HTTPMatchRequest>> delegations, boolean keepDeclaredOrder) {
    int n = delegations.size();
    List<Integer> declared = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      declared.add(i);
    }
    if (n < 2) {
      List<Set<Integer>> none = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        none.add(Set.of());
      }
      return new Result(declared, List.of(), none);
    }
    // A delegation without matches delegates everything: index it as one empty match.
    List<List<HTTPMatchRequest>> matches = new ArrayList<>(n);
    for (List<HTTPMatchRequest> d : delegations) {
      matches.add(d.isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : d);
    }
    MatchIndex<int[]> index = new MatchIndex<>();
    for (int d = 0; d < n; d++) {
      for (int m = 0; m < matches.get(d).size(); m++) {
        index.add(matches.get(d).get(m), new int[] {d, m});
      }
    }
    // covers.get(a) = delegations that cover every match of a
    List<Set<Integer>> coveredBy = new ArrayList<>(n);
    // pairs that may share a request: one of them covers the other (nested), or not (a problem)
    Set<Long> overlapping = new HashSet<>();
    for (int a = 0; a < n; a++) {
      Set<Integer> common = null;
      for (HTTPMatchRequest am : matches.get(a)) {
        Set<Integer> coveringThis = new HashSet<>();
        final int self = a;
        index.forEachPossibleContainer(
            am,
            (bm, owner) -> {
              int b = owner[0];
              if (b == self) {
                return;
              }
              boolean covers = Coverage.covers(bm, am);
              if (covers) {
                coveringThis.add(b);
              }
              // a match of b that covers am shares its requests too: /a and {/a/x, /c} overlap, and
              // unless one delegation covers the other as a whole, no order keeps both teams'
              // requests
              if (covers || Overlap.mayOverlap(bm, am)) {
                overlapping.add(pair(self, b));
              }
            });
        if (common == null) {
          common = coveringThis;
        } else {
          common.retainAll(coveringThis);
        }
      }
      coveredBy.add(common == null ? Set.of() : common);
    }
    List<Set<Integer>> related = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      related.add(new HashSet<>());
    }
    for (int a = 0; a < n; a++) {
      for (int b : coveredBy.get(a)) {
        related.get(a).add(b);
        related.get(b).add(a);
      }
    }
    for (long p : overlapping) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      related.get(a).add(b);
      related.get(b).add(a);
    }
    if (keepDeclaredOrder) {
      return new Result(declared, List.of(), related);
    }
    List<Problem> problems = new ArrayList<>();
    Map<Integer, List<Integer>> before = new HashMap<>(); // edge a -> b: a must come before b
    BitSet tied = new BitSet();
    for (int a = 0; a < n; a++) {
      for (int b : coveredBy.get(a)) {
        if (coveredBy.get(b).contains(a)) {
          if (a < b) {
            problems.add(new Problem(a, b, true));
            tied.set(a);
            tied.set(b);
          }
          continue; // same scope: keep declared order between them
        }
        before.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
      }
    }
    for (long p : overlapping) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      boolean nested = coveredBy.get(a).contains(b) || coveredBy.get(b).contains(a);
      if (!nested) {
        problems.add(new Problem(Math.min(a, b), Math.max(a, b), false));
      }
    }
    problems.sort(
        (x, y) ->
            x.first() != y.first()
                ? Integer.compare(x.first(), y.first())
                : Integer.compare(x.second(), y.second()));
    List<Problem> unique = new ArrayList<>();
    for (Problem p : problems) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(p)) {
        unique.add(p);
      }
    }
    // In declared order; before each delegation, the not yet emitted ones it covers (recursively,
    // in declared order). A delegation moves only as far up as it must, just before the first one
    // that covers it, so delegations unrelated to it keep their written order around it.
    List<List<Integer>> covered = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      covered.add(new ArrayList<>());
    }
    for (var edge : before.entrySet()) {
      for (int b : edge.getValue()) {
        covered.get(b).add(edge.getKey());
      }
    }
    covered.forEach(list -> list.sort(null));
    List<Integer> order = new ArrayList<>(n);
    BitSet emitted = new BitSet(n);
    BitSet visiting = new BitSet(n);
    for (int i = 0; i < n; i++) {
      emit(i, covered, emitted, visiting, order);
    }
    return new Result(order, unique, related);
  }

  private static void emit(
      int d, List<List<Integer>> covered, BitSet emitted, BitSet visiting, List<Integer> order) {
    if (emitted.get(d) || visiting.get(d)) {
      return; // visiting: a cycle, which coverage never makes; each delegation is still emitted
      // once
    }
    visiting.set(d);
    for (int inner : covered.get(d)) {
      emit(inner, covered, emitted, visiting, order);
    }
    visiting.clear(d);
    emitted.set(d);
    order.add(d);
  }

  private static long pair(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) | (hi & 0xffffffffL);
  }
}
