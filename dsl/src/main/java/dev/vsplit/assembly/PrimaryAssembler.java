package dev.vsplit.assembly;

import dev.vsplit.base.FieldPath;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.Delegate;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.routing.Coverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One primary VirtualService from its declaration: refused without a valid name or hosts (VS206,
 * VS209), its delegations and the administrators' own routes checked (VS208, VS209) and emitted
 * most specific first ({@link DelegationOrder}: a route is placed among the delegations by the same
 * rule; ties and ambiguous pairs are VS202 and VS203), each delegation placed with its carve-outs,
 * each route checked against the delegations placed before it (VS201).
 */
final class PrimaryAssembler {

  /**
   * @param resource the primary, or {@code null} when it is refused
   * @param placed its delegations in emitted order
   * @param unplaced the delegations that name a secondary but are refused with the primary or by
   *     themselves
   * @param findings in the order found
   */
  record Outcome(
      GeneratedResource resource,
      List<Placed> placed,
      List<DeclaredDelegation> unplaced,
      List<Finding> findings) {}

  /** A delegation or a route of the primary's own, in the order written. */
  private record Entry(DeclaredDelegation delegation, DeclaredRoute route) {
    List<HTTPMatchRequest> requests() {
      return delegation != null ? delegation.requests() : route.requests();
    }

    Location site() {
      return delegation != null ? delegation.site() : route.written().site();
    }

    String describe() {
      return delegation != null ? "delegation " + delegation.describe() : route.describe();
    }
  }

  private PrimaryAssembler() {}

  static Outcome assemble(DeclaredPrimary p, List<String> adminOwners) {
    List<Finding> findings =
        new ArrayList<>(
            NameCheck.check(
                "VirtualService",
                "primary VirtualService",
                p.namespace(),
                p.name(),
                null,
                p.site()));
    if (!findings.isEmpty()) {
      return new Outcome(null, List.of(), p.delegations(), findings);
    }
    if (p.hosts().isEmpty()) {
      return new Outcome(
          null,
          List.of(),
          p.delegations(),
          List.of(DslFindings.primaryWithoutHosts(p.ref(), p.site())));
    }
    List<Entry> entries = new ArrayList<>();
    List<DeclaredDelegation> unplaced = new ArrayList<>();
    for (int k = 0; k <= p.delegations().size(); k++) {
      for (DeclaredRoute r : p.routes()) {
        if (r.delegationsBefore() == k && usable(p, r, findings)) {
          entries.add(new Entry(null, r));
        }
      }
      if (k == p.delegations().size()) {
        break;
      }
      DeclaredDelegation d = p.delegations().get(k);
      if (d.secondary() == null) {
        findings.add(DslFindings.delegationWithoutSecondary(p.ref(), d));
      } else if (d.relative()) {
        findings.add(DslFindings.relativeDelegation(p.ref(), d));
        unplaced.add(d);
      } else {
        entries.add(new Entry(d, null));
      }
    }
    List<List<HTTPMatchRequest>> matchLists = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      matchLists.add(e.requests());
    }
    DelegationOrder.Result order = DelegationOrder.of(matchLists, p.keepDeclaredOrder());
    for (DelegationOrder.Problem problem : order.problems()) {
      Entry first = entries.get(problem.first());
      Entry second = entries.get(problem.second());
      if (first.delegation() != null && second.delegation() != null) {
        DeclaredDelegation fd = first.delegation();
        DeclaredDelegation sd = second.delegation();
        HTTPMatchRequest firstMatch = matchOf(fd, problem.firstMatch());
        HTTPMatchRequest secondMatch = matchOf(sd, problem.secondMatch());
        findings.add(
            switch (problem.kind()) {
              case TIE -> DslFindings.tiedDelegations(p.ref(), fd, sd, secondMatch);
              case OVERLAP -> DslFindings.ambiguousOrder(p.ref(), fd, sd);
              case CYCLE ->
                  DslFindings.interleavedDelegations(p.ref(), fd, firstMatch, sd, secondMatch);
            });
      } else {
        findings.add(
            problem.kind() == DelegationOrder.Kind.TIE
                ? DslFindings.tiedWithRoute(
                    p.ref(), first.describe(), second.describe(), second.site())
                : DslFindings.ambiguousWithRoute(
                    p.ref(), first.describe(), second.describe(), second.site()));
      }
    }
    List<HTTPRoute> http = new ArrayList<>();
    RouteSites sites = new RouteSites();
    List<Placed> placed = new ArrayList<>();
    int[] positionOf = new int[entries.size()];
    for (int position = 0; position < order.order().size(); position++) {
      positionOf[order.order().get(position)] = position;
    }
    for (int position = 0; position < order.order().size(); position++) {
      int index = order.order().get(position);
      Entry entry = entries.get(index);
      // the related entries emitted before this one, in emitted order: only those, not every
      // earlier entry, so that a primary with thousands of delegations is not a square
      List<Integer> before = new ArrayList<>();
      for (int other : order.related().get(index)) {
        if (positionOf[other] < position) {
          before.add(positionOf[other]);
        }
      }
      before.sort(null);
      String path = FieldPath.httpRoute(position);
      if (entry.route() != null) {
        DeclaredRoute r = entry.route();
        sites.add(entry.site(), Map.of(), r.written().matches());
        http.add(r.written().route().withMatch(matchLists.get(index)));
        checkRoute(p, path, r, before, entries, order, findings);
        continue;
      }
      sites.add(entry.site());
      DeclaredDelegation d = entry.delegation();
      DeclaredSecondary s = d.secondary();
      http.add(
          d.inherited()
              .withMatch(matchLists.get(index))
              .withDelegate(Delegate.of(s.name(), s.namespace())));
      List<DeclaredDelegation> carveOuts = new ArrayList<>(before.size());
      List<DeclaredRoute> routesBefore = new ArrayList<>();
      for (int earlier : before) {
        Entry e = entries.get(order.order().get(earlier));
        if (e.route() != null) {
          routesBefore.add(e.route());
        } else if (!e.delegation().secondary().ref().equals(s.ref())) {
          carveOuts.add(e.delegation());
        }
      }
      placed.add(new Placed(p, position, d, carveOuts, routesBefore));
    }
    return new Outcome(Resources.primary(p, http, sites, adminOwners), placed, unplaced, findings);
  }

  /** The match a problem names ({@code null} for a delegation without matches: everything). */
  private static HTTPMatchRequest matchOf(DeclaredDelegation d, int index) {
    List<HTTPMatchRequest> requests = d.requests();
    return requests.isEmpty() ? null : requests.get(index);
  }

  /**
   * Whether a route of the primary's own can be placed: it has an action (VS208) and no relative
   * match (VS209).
   */
  private static boolean usable(DeclaredPrimary p, DeclaredRoute r, List<Finding> findings) {
    HTTPRoute route = r.written().route();
    if (route.route().isEmpty() && route.redirect() == null && route.directResponse() == null) {
      findings.add(DslFindings.adminRouteWithoutAction(p.ref(), r.written().site()));
      return false;
    }
    if (r.relative()) {
      findings.add(DslFindings.relativeInAdminRoute(p.ref(), r.written().site()));
      return false;
    }
    return true;
  }

  /**
   * A route of the primary's own must not lie inside a delegation placed before it (which only
   * happens when the primary keeps its declared order): the team's routes would answer first.
   *
   * @param before the positions of the related entries emitted before it
   */
  private static void checkRoute(
      DeclaredPrimary p,
      String path,
      DeclaredRoute r,
      List<Integer> before,
      List<Entry> entries,
      DelegationOrder.Result order,
      List<Finding> findings) {
    List<HTTPMatchRequest> matches = r.requests();
    for (int j = 0; j < Math.max(1, matches.size()); j++) {
      HTTPMatchRequest m = matches.isEmpty() ? HTTPMatchRequest.EMPTY : matches.get(j);
      for (int earlier : before) {
        Entry e = entries.get(order.order().get(earlier));
        if (e.delegation() == null) {
          continue;
        }
        HTTPMatchRequest covering = Coverage.coveringMatch(e.delegation().requests(), m);
        if (covering != null) {
          findings.add(
              DslFindings.adminRouteInsideDelegation(
                  p.ref(),
                  matches.isEmpty() ? path : path + ".match[" + j + "]",
                  m,
                  e.delegation(),
                  covering,
                  matches.isEmpty() ? r.written().site() : r.written().matches().get(j).site()));
          return;
        }
      }
    }
  }
}
