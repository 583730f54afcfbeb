package dev.vsplit.codegen;

import dev.vsplit.assembly.DelegationOrder;
import dev.vsplit.base.Describe;
import dev.vsplit.base.FieldPath;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.MatchConflicts;
import dev.vsplit.routing.Overlap;
import dev.vsplit.routing.Shadowing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives every live match of every route of a monolith to the most specific delegation that holds it
 * (a route whose matches belong to several teams is cut into one {@link Planner.Piece} per team),
 * and keeps what no team can take in the primary, as a route of the administrators' placed among
 * the delegations where Istio's first-match order gives every request the route it took.
 *
 * <p>A match the monolith never reaches (an earlier match takes all its requests) is dropped with a
 * note (VS311), and so is a route all of whose matches are: routing is unchanged without them. A
 * match no delegation holds, or one Istio would not merge under its delegation (a regex, {@code
 * ignoreUriCase}), stays in the primary with a note (VS301, VS302). What cannot move without
 * changing what Istio does is left out with the reason and a fix: a match the delegation order
 * would move ahead of an earlier match that shares requests with it (VS303), a field the DSL cannot
 * write (VS304).
 */
final class RouteAssigner {

  /**
   * One live match of a route and where it goes, at its place in the primary: a delegation {@code
   * i} of the order is at {@code 2i+1}, a route of the primary's own before it at {@code 2i}.
   *
   * @param owner the secondary, {@code null} for the primary's own route
   */
  private record Entry(
      int route, int match, HTTPMatchRequest request, Planner.Secondary owner, int position) {}

  /**
   * A match the delegation order would evaluate before an earlier one that shares requests with it.
   */
  private record Clash(Entry mine, Entry earlier) {}

  /** Where a match goes: a secondary, or the primary with the reason no team takes it. */
  private record Owner(Planner.Secondary secondary, Finding why) {}

  private final List<Finding> findings;
  private final boolean allowPartial;
  private final Wording wording;

  /**
   * @param findings where the reasons go
   * @param allowPartial whether a route left out is a warning (the rest is split) rather than an
   *     error
   * @param wording how the front end words a fix in the reasons
   */
  RouteAssigner(List<Finding> findings, boolean allowPartial, Wording wording) {
    this.findings = findings;
    this.allowPartial = allowPartial;
    this.wording = wording;
  }

  /**
   * Gives the routes of {@code p} to its secondaries ({@link Planner.Secondary#pieces}) and to the
   * primary ({@link Planner.Primary#own}), in the order {@code p.order}.
   *
   * @return what the split leaves out of the monolith: dead matches, and routes left out
   */
  Planner.Excluded assign(Planner.Primary p) {
    Planner.Monolith m = p.monolith;
    Planner.Excluded excluded = Planner.Excluded.none();
    List<HTTPRoute> http = m.resolved().spec().http();
    p.placedAmong = List.copyOf(p.order);
    Map<Planner.Secondary, Integer> position = new LinkedHashMap<>();
    for (Planner.Secondary s : p.order) {
      position.put(s, 2 * position.size() + 1);
    }
    findDead(m, http, excluded);
    List<Entry> kept = new ArrayList<>();
    for (int r = 0; r < http.size(); r++) {
      HTTPRoute route = http.get(r);
      List<HTTPMatchRequest> matches = matches(route);
      List<Integer> live = new ArrayList<>();
      for (int k = 0; k < matches.size(); k++) {
        if (!excluded.isDead(r, k)) {
          live.add(k);
        }
      }
      if (live.isEmpty()) {
        continue;
      }
      List<String> missing = DslCode.unexpressible(route);
      if (!missing.isEmpty()) {
        leave(
            r,
            excluded,
            SplitFindings.notExpressible(
                m, FieldPath.httpRoute(r), missing, allowPartial, wording));
        continue;
      }
      List<Entry> entries = new ArrayList<>();
      List<Finding> notes = new ArrayList<>();
      List<Integer> ownMatches = new ArrayList<>();
      for (int k : live) {
        Owner owner = owner(p, r, route.match().isEmpty() ? -1 : k, matches.get(k));
        if (owner.secondary() != null) {
          Planner.Secondary s = owner.secondary();
          entries.add(new Entry(r, k, matches.get(k), s, position.get(s)));
        } else {
          notes.add(owner.why());
          ownMatches.add(k);
        }
      }
      int gap = -1;
      if (!ownMatches.isEmpty()) {
        gap = gap(kept, entries, ownMatches, matches);
        for (int k : ownMatches) {
          entries.add(new Entry(r, k, matches.get(k), null, 2 * gap));
        }
        Entry covering = coveredBefore(p, gap, ownMatches, matches, r);
        if (covering != null) {
          leave(
              r,
              excluded,
              SplitFindings.noPlaceInPrimary(
                  m,
                  matchPath(m, r, covering.match),
                  covering.request,
                  covering.owner,
                  allowPartial));
          continue;
        }
      }
      // Matches whose relative order changes must not share a request.
      Clash clash = clash(kept, entries);
      if (clash != null) {
        orderChanged(p, r, excluded, clash);
        continue;
      }
      kept.addAll(entries);
      findings.addAll(notes);
      Map<Planner.Secondary, List<Integer>> parts = new LinkedHashMap<>();
      for (Entry e : entries) {
        if (e.owner != null) {
          parts.computeIfAbsent(e.owner, k -> new ArrayList<>()).add(e.match);
        }
      }
      for (var part : parts.entrySet()) {
        part.getKey().pieces.add(piece(route, r, part.getValue()));
      }
      if (!ownMatches.isEmpty()) {
        p.own.add(
            new Planner.Own(
                piece(route, r, ownMatches), gap, notes.isEmpty() ? "" : notes.get(0).message()));
      }
    }
    return excluded;
  }

  /** The route with only the matches {@code indexes} (all of them for a route without match). */
  private static Planner.Piece piece(HTTPRoute route, int r, List<Integer> indexes) {
    List<HTTPMatchRequest> own = new ArrayList<>();
    if (!route.match().isEmpty()) {
      indexes.forEach(k -> own.add(route.match().get(k)));
    }
    return new Planner.Piece(r, indexes, route.match().size(), route.withMatch(own));
  }

  /** A route's matches; a route without match has one that takes every request. */
  private static List<HTTPMatchRequest> matches(HTTPRoute route) {
    return route.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : route.match();
  }

  /**
   * Marks every match an earlier match of the monolith takes all requests of (of an earlier route,
   * or earlier in the same route): the monolith never reaches it, so dropping it changes nothing.
   * Reports each dead match, or the whole route when all of its matches are dead.
   */
  private void findDead(Planner.Monolith m, List<HTTPRoute> http, Planner.Excluded excluded) {
    List<int[]> earlierAt = new ArrayList<>();
    List<HTTPMatchRequest> earlier = new ArrayList<>();
    for (int r = 0; r < http.size(); r++) {
      List<HTTPMatchRequest> matches = matches(http.get(r));
      List<Finding> notes = new ArrayList<>();
      int dead = 0;
      int[] firstCover = null;
      for (int k = 0; k < matches.size(); k++) {
        HTTPMatchRequest mine = matches.get(k);
        int cover = -1;
        for (int j = 0; j < earlier.size() && cover < 0; j++) {
          if (Coverage.covers(earlier.get(j), mine)) {
            cover = j;
          }
        }
        int[] at = null;
        HTTPMatchRequest by = null;
        if (cover >= 0) {
          at = earlierAt.get(cover);
          by = earlier.get(cover);
        } else {
          int shadowedBy = shadowedBy(http, r, matches, k);
          if (shadowedBy >= 0) {
            at = new int[] {shadowedBy, -1};
          }
        }
        if (at != null) {
          dead++;
          excluded.dead().computeIfAbsent(r, x -> new TreeSet<>()).add(k);
          firstCover = firstCover == null ? at : firstCover;
          String where = matchPath(m, r, http.get(r).match().isEmpty() ? -1 : k);
          notes.add(
              by != null
                  ? SplitFindings.deadMatch(m, where, mine, matchPath(m, at[0], at[1]), by)
                  : SplitFindings.deadMatch(m, where, mine, matchPath(m, at[0], -1), null));
        }
        earlier.add(mine);
        earlierAt.add(new int[] {r, http.get(r).match().isEmpty() ? -1 : k});
      }
      if (dead == matches.size()) {
        findings.add(
            SplitFindings.deadRoute(
                m, FieldPath.httpRoute(r), matchPath(m, firstCover[0], firstCover[1])));
      } else {
        findings.addAll(notes);
      }
    }
  }

  /**
   * The first earlier route of those that together take every request of match {@code k} of route
   * {@code r} (earlier routes and the route's earlier matches, as Envoy evaluates them), by {@link
   * Shadowing}, which also decides regexes it can compare and unions of matches; {@code -1} when
   * the match can take a request. A match that can match no request at all is dead too ({@code r}).
   */
  private static int shadowedBy(
      List<HTTPRoute> http, int r, List<HTTPMatchRequest> matches, int k) {
    List<HTTPRoute> list = new ArrayList<>(http.subList(0, r));
    HTTPRoute route = http.get(r);
    if (k > 0) {
      list.add(route.withMatch(matches.subList(0, k)));
    }
    list.add(route.match().isEmpty() ? route : route.withMatch(List.of(matches.get(k))));
    for (Shadowing.Shadow s : Shadowing.find(list)) {
      if (s.route() == list.size() - 1) {
        return s.by().isEmpty() ? r : Math.min(s.by().get(0), r);
      }
    }
    return -1;
  }

  /**
   * The earliest gap among the delegations where the primary's own matches {@code own} of route
   * {@code r} keep their place: after every kept match they share requests with, and after the
   * earlier matches of the same route that go to teams and share requests with them.
   */
  private static int gap(
      List<Entry> kept, List<Entry> sameRoute, List<Integer> own, List<HTTPMatchRequest> matches) {
    int gap = 0;
    for (int k : own) {
      HTTPMatchRequest mine = matches.get(k);
      for (Entry a : kept) {
        if (Overlap.mayOverlap(a.request, mine)) {
          gap = Math.max(gap, (a.position + 1) / 2);
        }
      }
      for (Entry a : sameRoute) {
        if (a.match < k && Overlap.mayOverlap(a.request, mine)) {
          gap = Math.max(gap, (a.position + 1) / 2);
        }
      }
    }
    return gap;
  }

  /**
   * A delegation placed before {@code gap} whose path covers one of the primary's own matches: the
   * DSL refuses a primary route placed after a delegation that takes it; {@code null} when none.
   * The entry returned is the own match, with the covering delegation as its owner.
   */
  private static Entry coveredBefore(
      Planner.Primary p, int gap, List<Integer> own, List<HTTPMatchRequest> matches, int r) {
    for (int i = 0; i < gap && i < p.placedAmong.size(); i++) {
      Planner.Secondary s = p.placedAmong.get(i);
      for (int k : own) {
        for (HTTPMatchRequest path : s.paths) {
          if (Coverage.covers(path, matches.get(k))) {
            return new Entry(r, k, matches.get(k), s, 2 * i + 1);
          }
        }
      }
    }
    return null;
  }

  /**
   * The first match of a route that the primary's order moves ahead of a match it shares requests
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
   * The secondary whose delegation holds {@code match} (the most specific one), or the primary with
   * the reason no team can take it.
   *
   * @param k the match's index, {@code -1} when the route has no match
   */
  private Owner owner(Planner.Primary p, int r, int k, HTTPMatchRequest match) {
    Planner.Monolith m = p.monolith;
    String path = matchPath(m, r, k);
    String what =
        k < 0 ? "the route, which has no match and takes every request," : Describe.match(match);
    String claim = claimHeader(match);
    if (claim != null) {
      return new Owner(null, SplitFindings.jwtClaim(m, path + ".headers", what, claim));
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
      return new Owner(best, null);
    }
    if (match.uri() instanceof StringMatch.Regex re) {
      return new Owner(
          null,
          SplitFindings.regexUri(m, path + ".uri", what, RegexPrefix.literal(re.value()), wording));
    }
    if (match.ignoresUriCase() && !overlapping.isEmpty()) {
      return new Owner(null, SplitFindings.ignoreUriCase(m, path + ".ignoreUriCase", what));
    }
    return new Owner(
        null,
        overlapping.isEmpty()
            ? SplitFindings.noOwner(m, path, what, ownPath(match))
            : SplitFindings.spansOwners(m, path, what, List.copyOf(overlapping), ownPath(match)));
  }

  /**
   * A header key of a JWT claim ({@code @request.auth.claims.groups}), which Istio's webhook admits
   * only in a VirtualService bound to a gateway, never in a secondary (which has no gateways);
   * {@code null} when the match has none.
   */
  private static String claimHeader(HTTPMatchRequest match) {
    for (String key : match.headers().keySet()) {
      if (key.startsWith("@request.auth.claims")) {
        return key;
      }
    }
    for (String key : match.withoutHeaders().keySet()) {
      if (key.startsWith("@request.auth.claims")) {
        return key;
      }
    }
    return null;
  }

  private void orderChanged(Planner.Primary p, int r, Planner.Excluded excluded, Clash clash) {
    Planner.Monolith m = p.monolith;
    Entry mine = clash.mine;
    Entry earlier = clash.earlier;
    String path = matchPath(m, r, mine.match);
    leave(
        r,
        excluded,
        SplitFindings.orderChanged(
            m,
            path,
            mine.request,
            mine.owner,
            matchPath(m, earlier.route, earlier.match),
            earlier.request,
            earlier.owner,
            allowPartial));
  }

  /** {@code spec.http[r].match[k]}, or {@code spec.http[r]} for a route without matches. */
  private static String matchPath(Planner.Monolith m, int r, int k) {
    return "spec.http["
        + r
        + "]"
        + (k < 0 || m.resolved().spec().http().get(r).match().isEmpty() ? "" : ".match[" + k + "]");
  }

  /** Reports a route that stays out of the split. */
  private void leave(int route, Planner.Excluded excluded, Finding why) {
    excluded.leftOut().add(route);
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
      if (p.order.isEmpty() && p.own.isEmpty() && !p.declared.isEmpty()) {
        findings.add(SplitFindings.nothingSplit(p.monolith));
      }
    }
  }

  /**
   * Writes the primary's sequence: each delegation still in the order, with the administrators'
   * routes before the delegation they were placed before; and whether the DSL must keep that order
   * as declared (its most-specific-first order would give another).
   */
  void place(Planner.Primary p) {
    p.sequence = new ArrayList<>();
    for (int g = 0; g <= p.placedAmong.size(); g++) {
      for (Planner.Own o : p.own) {
        if (o.gap() == g) {
          p.sequence.add(new Planner.Slot(null, o.piece()));
        }
      }
      if (g < p.placedAmong.size() && p.order.contains(p.placedAmong.get(g))) {
        p.sequence.add(new Planner.Slot(p.placedAmong.get(g), null));
      }
    }
    if (p.own.isEmpty()) {
      p.keepDeclaredOrder = false;
      return;
    }
    List<List<HTTPMatchRequest>> lists = new ArrayList<>();
    p.sequence.forEach(s -> lists.add(s.matches()));
    DelegationOrder.Result dsl = DelegationOrder.of(lists, false);
    boolean same = dsl.problems().isEmpty();
    for (int i = 0; same && i < dsl.order().size(); i++) {
      same = dsl.order().get(i) == i;
    }
    p.keepDeclaredOrder = !same;
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
