package dev.vsplit.assembly;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.MatchIndex;
import dev.vsplit.routing.Overlap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order a primary's delegations are emitted in: most specific first.
 *
 * <p>The rule, match by match, so that how the administrator groups matches into delegations
 * changes nothing: a delegation goes before every delegation holding a match that covers one of its
 * matches (covers: every request the one matches, the other matches too: {@code /log} before {@code
 * /}, {@code exact /login} before {@code prefix /login}, {@code /api + header x-canary} before
 * {@code /api}), and moves up no further than that: just before the first delegation it must
 * precede, so that the others, and delegations that share no request (whose order Istio does not
 * care about), keep the order written. Reported, not guessed, unless the primary keeps its declared
 * order: two delegations holding the same scope (a tie: one prefix granted twice, whether alone or
 * as one of several matches), two matches that overlap without one covering the other (which
 * delegation wins depends on the order), and two delegations that must each go before the other
 * (each holds a match inside a match of the other: only grouping made them unorderable). Uses a
 * {@link MatchIndex}, so ordering costs about the length of the paths, not the square of the number
 * of delegations.
 */
public final class DelegationOrder {

  /** Why two delegations cannot be ordered by vsplit. */
  public enum Kind {
    /** A match of each has the same scope: only the first delegation would receive its requests. */
    TIE,
    /** A match of each overlaps the other's without either covering it. */
    OVERLAP,
    /**
     * Each delegation must go before the other: each holds a match inside a match of the other
     * (only the grouping of the matches into delegations makes the pair unorderable).
     */
    CYCLE
  }

  /**
   * Two delegations vsplit cannot order by itself.
   *
   * @param first the delegation declared first
   * @param second the delegation declared later
   * @param kind why
   * @param firstMatch the index, among {@code first}'s matches, of the match involved
   * @param secondMatch the index, among {@code second}'s matches, of the match involved
   */
  public record Problem(int first, int second, Kind kind, int firstMatch, int secondMatch) {

    /** Whether the two hold the same scope. */
    public boolean tie() {
      return kind == Kind.TIE;
    }
  }

  /**
   * The order {@link #of} computes, and what it could not decide.
   *
   * @param order the delegations' indexes in emitted order
   * @param problems ties, ambiguous pairs and unorderable pairs (none when the declared order is
   *     kept), by declared order of the pair
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
    List<Set<Integer>> related = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      declared.add(i);
      related.add(new HashSet<>());
    }
    if (n < 2) {
      return new Result(declared, List.of(), related);
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
    // mustPrecede.get(b) = the delegations that hold a match strictly inside one of b's, in
    // declared order; witness: for the edge a -> b, the matches {a's, b's} that made it
    List<Set<Integer>> mustPrecede = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      mustPrecede.add(new TreeSet<>());
    }
    Map<Long, int[]> witness = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int m = 0; m < matches.get(a).size(); m++) {
        HTTPMatchRequest am = matches.get(a).get(m);
        final int self = a;
        final int selfMatch = m;
        index.forEachPossibleContainer(
            am,
            (bm, owner) -> {
              int b = owner[0];
              if (b == self) {
                return; // one route: Istio tries its matches together
              }
              boolean covers = Coverage.covers(bm, am);
              boolean covered = Coverage.covers(am, bm);
              if (covers && covered) {
                if (self < b) { // found from both sides: report once
                  problems.add(new Problem(self, b, Kind.TIE, selfMatch, owner[1]));
                }
              } else if (covers) {
                precede(self, selfMatch, b, owner[1], mustPrecede, witness);
              } else if (covered) {
                precede(b, owner[1], self, selfMatch, mustPrecede, witness);
              } else if (Overlap.mayOverlap(bm, am)) {
                problems.add(
                    self < b
                        ? new Problem(self, b, Kind.OVERLAP, selfMatch, owner[1])
                        : new Problem(b, self, Kind.OVERLAP, owner[1], selfMatch));
              } else {
                return;
              }
              related.get(self).add(b);
              related.get(b).add(self);
            });
      }
    }
    if (keepDeclaredOrder) {
      return new Result(declared, List.of(), related);
    }
    // In declared order; before each delegation, the not yet emitted ones that must precede it
    // (recursively, in declared order). A delegation moves only as far up as it must, just before
    // the first one it must precede, so delegations unrelated to it keep their written order.
    List<Integer> order = new ArrayList<>(n);
    BitSet emitted = new BitSet(n);
    BitSet visiting = new BitSet(n);
    for (int i = 0; i < n; i++) {
      emit(i, mustPrecede, witness, emitted, visiting, order, problems);
    }
    problems.sort(
        Comparator.comparingInt(Problem::first)
            .thenComparingInt(Problem::second)
            .thenComparing(Problem::kind)
            .thenComparingInt(Problem::firstMatch)
            .thenComparingInt(Problem::secondMatch));
    List<Problem> unique = new ArrayList<>();
    for (Problem p : problems) {
      Problem last = unique.isEmpty() ? null : unique.get(unique.size() - 1);
      if (last == null
          || last.first() != p.first()
          || last.second() != p.second()
          || last.kind() != p.kind()) {
        unique.add(p);
      }
    }
    return new Result(order, unique, related);
  }

  /** Records that delegation {@code inner} (its match {@code im}) must go before {@code outer}. */
  private static void precede(
      int inner,
      int im,
      int outer,
      int om,
      List<Set<Integer>> mustPrecede,
      Map<Long, int[]> witness) {
    if (mustPrecede.get(outer).add(inner)) {
      witness.put(pair(inner, outer), new int[] {im, om});
    }
  }

  private static void emit(
      int d,
      List<Set<Integer>> mustPrecede,
      Map<Long, int[]> witness,
      BitSet emitted,
      BitSet visiting,
      List<Integer> order,
      List<Problem> problems) {
    if (emitted.get(d)) {
      return;
    }
    visiting.set(d);
    for (int inner : mustPrecede.get(d)) {
      if (visiting.get(inner)) {
        // inner must go before d, and (through the delegations being emitted) after it: the
        // grouping of matches leaves no order; each delegation is still emitted once
        int[] w = witness.get(pair(inner, d));
        problems.add(
            inner < d
                ? new Problem(inner, d, Kind.CYCLE, w[0], w[1])
                : new Problem(d, inner, Kind.CYCLE, w[1], w[0]));
      } else {
        emit(inner, mustPrecede, witness, emitted, visiting, order, problems);
      }
    }
    visiting.clear(d);
    emitted.set(d);
    order.add(d);
  }

  /** The edge {@code from -> to}, directed. */
  private static long pair(int from, int to) {
    return ((long) from << 32) | (to & 0xffffffffL);
  }
}
