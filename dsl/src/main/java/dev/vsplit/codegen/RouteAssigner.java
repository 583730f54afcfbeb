package dev.vsplit.codegen;

import dev.vsplit.base.Describe;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.MatchConflicts;
import dev.vsplit.routing.Overlap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives every match of every route of a monolith to the most specific delegation that holds it (a
 * route whose matches belong to several teams is cut into one {@link Planner.Piece} per team), and
 * leaves out, with the reason and a fix, every route that cannot move without changing what Istio
 * does: a match Istio would not merge (VS301), one no single delegation holds (VS302), one the
 * delegation order would move ahead of an earlier route that shares requests with it (VS303), a
 * field the DSL cannot write (VS304).
 */
final class RouteAssigner {

  /** One match of a route and the secondary it goes to, at its place in the primary's order. */
  private record Entry(
      int route, int match, HTTPMatchRequest request, Planner.Secondary owner, int position) {}

  /**
   * A match the delegation order would evaluate before an earlier one that shares requests with it.
   */
  private record Clash(Entry mine, Entry earlier) {}

  private final List<Finding> findings;
  private final Map<String, Set<Integer>> leftOut;
  private final boolean allowPartial;
  private final Wording wording;

  /**
   * @param findings where the reasons go
   * @param leftOut where the routes left out go: their indexes by primary ({@code namespace/name})
   * @param allowPartial whether a route left out is a warning (the rest is split) rather than an
   *     error
   * @param wording how the front end words a fix in the reasons
   */
  RouteAssigner(
      List<Finding> findings,
      Map<String, Set<Integer>> leftOut,
      boolean allowPartial,
      Wording wording) {
    this.findings = findings;
    this.leftOut = leftOut;
    this.allowPartial = allowPartial;
    this.wording = wording;
  }

  /**
   * Gives the routes of {@code p} to its secondaries ({@link Planner.Secondary#pieces}), in the
   * order {@code p.order}.
   */
  void assign(Planner.Primary p) {
    Planner.Monolith m = p.monolith;
    List<HTTPRoute> http = m.resolved().spec().http();
    Map<Planner.Secondary, Integer> position = new LinkedHashMap<>();
    for (Planner.Secondary s : p.order) {
      position.put(s, position.size());
    }
    List<List<Entry>> byRoute = new ArrayList<>();
    for (int r = 0; r < http.size(); r++) {
      HTTPRoute route = http.get(r);
      List<String> missing = DslCode.unexpressible(route);
      if (!missing.isEmpty()) {
        leave(
            m,
            r,
            SplitFindings.notExpressible(
                m, "spec.http[" + r + "]", missing, allowPartial, wording));
        byRoute.add(null);
        continue;
      }
      List<HTTPMatchRequest> matches =
          route.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : route.match();
      List<Entry> entries = new ArrayList<>();
      for (int k = 0; k < matches.size(); k++) {
        Planner.Secondary owner = owner(p, r, route.match().isEmpty() ? -1 : k, matches.get(k));
        if (owner == null) {
          entries = null;
          break;
        }
        entries.add(new Entry(r, k, matches.get(k), owner, position.get(owner)));
      }
      byRoute.add(entries);
    }
    // Routes whose relative order changes must not share a request.
    List<Entry> kept = new ArrayList<>();
    for (int r = 0; r < http.size(); r++) {
      List<Entry> entries = byRoute.get(r);
      if (entries == null) {
        continue;
      }
      Clash clash = clash(kept, entries);
      if (clash != null) {
        orderChanged(p, r, clash);
        continue;
      }
      kept.addAll(entries);
      Map<Planner.Secondary, List<Integer>> parts = new LinkedHashMap<>();
      for (Entry e : entries) {
        parts.computeIfAbsent(e.owner, k -> new ArrayList<>()).add(e.match);
      }
      HTTPRoute route = http.get(r);
      for (var part : parts.entrySet()) {
        List<HTTPMatchRequest> own = new ArrayList<>();
        if (!route.match().isEmpty()) {
          part.getValue().forEach(k -> own.add(route.match().get(k)));
        }
        part.getKey()
            .pieces
            .add(new Planner.Piece(r, part.getValue(), route.match().size(), route.withMatch(own)));
      }
    }
  }

  /**
   * The first match of a route that the delegation order moves ahead of a match it shares requests
   * with and that the monolith evaluates first (of an earlier route kept, or an earlier match of
   * the same route); {@code null} when there is none.
   */
  private static Clash clash(List<Entry> kept, List<Entry> entries) {
    for (Entry b : entries) {
      for (Entry a : kept) {
        if (b.position < a.position && Overlap.mayOverlap(a.request, b.request)) {
          return new Clash(b, a);
        }
      }
      for (Entry a : entries) {
        if (a.match < b.match
            && b.position < a.position
            && Overlap.mayOverlap(a.request, b.request)) {
          return new Clash(b, a);
        }
      }
    }
    return null;
  }

  /**
   * The secondary whose delegation holds {@code match} (the most specific one), or {@code null}
   * after reporting why there is none.
   *
   * @param k the match's index, {@code -1} when the route has no match
   */
  private Planner.Secondary owner(Planner.Primary p, int r, int k, HTTPMatchRequest match) {
    Planner.Monolith m = p.monolith;
    String path = matchPath(m, r, k);
    String what = k < 0 ? "the route has no match: it takes every request" : Describe.match(match);
    if (match.uri() instanceof StringMatch.Regex re) {
      leave(
          m,
          r,
          SplitFindings.regexUri(
              m, path + ".uri", what, RegexPrefix.literal(re.value()), allowPartial, wording));
      return null;
    }
    if (match.ignoresUriCase()) {
      leave(m, r, SplitFindings.ignoreUriCase(m, path + ".ignoreUriCase", what, allowPartial));
      return null;
    }
    Planner.Secondary best = null;
    HTTPMatchRequest bestPath = null;
    Set<Planner.Secondary> overlapping = new LinkedHashSet<>();
    for (Planner.Secondary s : p.order) {
      for (HTTPMatchRequest owned : s.paths) {
        if (Coverage.covers(owned, match) && MatchConflicts.find(owned, match) == null) {
          if (bestPath == null || Coverage.covers(bestPath, owned)) {
            best = s;
            bestPath = owned;
          }
        } else if (Overlap.mayOverlap(owned, match)) {
          overlapping.add(s);
        }
      }
    }
    if (best != null) {
      return best;
    }
    leave(
        m,
        r,
        overlapping.isEmpty()
            ? SplitFindings.noOwner(m, path, what, ownPath(match), allowPartial)
            : SplitFindings.spansOwners(
                m, path, what, List.copyOf(overlapping), ownPath(match), allowPartial));
    return null;
  }

  private void orderChanged(Planner.Primary p, int r, Clash clash) {
    Planner.Monolith m = p.monolith;
    Entry mine = clash.mine;
    Entry earlier = clash.earlier;
    String path = matchPath(m, r, mine.match);
    leave(
        m,
        r,
        SplitFindings.orderChanged(
            m,
            path,
            mine.request,
            mine.owner,
            matchPath(m, earlier.route, earlier.match),
            earlier.request,
            earlier.owner,
            Coverage.covers(earlier.request, mine.request),
            allowPartial));
  }

  /** {@code spec.http[r].match[k]}, or {@code spec.http[r]} for a route without matches. */
  private static String matchPath(Planner.Monolith m, int r, int k) {
    return "spec.http["
        + r
        + "]"
        + (m.resolved().spec().http().get(r).match().isEmpty() ? "" : ".match[" + k + "]");
  }

  /** Reports a route that stays out of the split. */
  private void leave(Planner.Monolith m, int route, Finding why) {
    leftOut.computeIfAbsent(m.ref(), k -> new TreeSet<>()).add(route);
    findings.add(why);
  }

  /**
   * Drops delegations that received no route: they would only add a secondary with nothing in it.
   */
  void dropEmpty(Collection<Planner.Primary> primaries, List<Planner.Secondary> secondaries) {
    for (Planner.Secondary s : List.copyOf(secondaries)) {
      if (s.pieces.isEmpty()) {
        findings.add(SplitFindings.emptyDelegation(s));
        secondaries.remove(s);
        s.primary.order.remove(s);
      }
    }
    for (Planner.Primary p : primaries) {
      if (p.order.isEmpty() && !p.declared.isEmpty()) {
        findings.add(SplitFindings.nothingSplit(p.monolith));
      }
    }
  }

  /**
   * {@code exact "/x"} or {@code prefix "/x"} for a match's own path; {@code null} when it has
   * none.
   */
  private static String ownPath(HTTPMatchRequest m) {
    if (m.uri() instanceof StringMatch.Exact || m.uri() instanceof StringMatch.Prefix) {
      return m.uri().toString();
    }
    return null;
  }
}
