package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.Delegate;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One primary VirtualService from its declaration: refused without a valid name or hosts (VS206,
 * VS209), its delegations checked (VS209) and emitted most specific first ({@link DelegationOrder};
 * ties and ambiguous pairs are VS202 and VS203), each placed with its carve-outs.
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
    List<DeclaredDelegation> delegations = new ArrayList<>();
    List<DeclaredDelegation> unplaced = new ArrayList<>();
    for (DeclaredDelegation d : p.delegations()) {
      if (d.secondary() == null) {
        findings.add(DslFindings.delegationWithoutSecondary(p.ref(), d));
      } else if (d.relative()) {
        findings.add(DslFindings.relativeDelegation(p.ref(), d));
        unplaced.add(d);
      } else {
        delegations.add(d);
      }
    }
    List<List<HTTPMatchRequest>> matchLists = new ArrayList<>(delegations.size());
    for (DeclaredDelegation d : delegations) {
      matchLists.add(d.requests());
    }
    DelegationOrder.Result order = DelegationOrder.of(matchLists, p.keepDeclaredOrder());
    for (DelegationOrder.Problem problem : order.problems()) {
      DeclaredDelegation first = delegations.get(problem.first());
      DeclaredDelegation second = delegations.get(problem.second());
      HTTPMatchRequest firstMatch = matchOf(first, problem.firstMatch());
      HTTPMatchRequest secondMatch = matchOf(second, problem.secondMatch());
      findings.add(
          switch (problem.kind()) {
            case TIE -> DslFindings.tiedDelegations(p.ref(), first, second, secondMatch);
            case OVERLAP -> DslFindings.ambiguousOrder(p.ref(), first, second);
            case CYCLE ->
                DslFindings.interleavedDelegations(p.ref(), first, firstMatch, second, secondMatch);
          });
    }
    List<HTTPRoute> http = new ArrayList<>();
    Map<String, Location> sites = new LinkedHashMap<>();
    List<Placed> placed = new ArrayList<>(delegations.size());
    int[] positionOf = new int[delegations.size()];
    for (int position = 0; position < order.order().size(); position++) {
      positionOf[order.order().get(position)] = position;
    }
    for (int position = 0; position < order.order().size(); position++) {
      int index = order.order().get(position);
      DeclaredDelegation d = delegations.get(index);
      DeclaredSecondary s = d.secondary();
      http.add(
          d.inherited()
              .withMatch(matchLists.get(index))
              .withDelegate(Delegate.of(s.name(), s.namespace())));
      sites.put("spec.http[" + position + "]", d.site());
      // the related delegations emitted before this one, in emitted order: only those, not every
      // earlier delegation, so that a primary with thousands of delegations is not a square
      List<Integer> before = new ArrayList<>();
      for (int other : order.related().get(index)) {
        if (positionOf[other] < position
            && !delegations.get(other).secondary().ref().equals(s.ref())) {
          before.add(positionOf[other]);
        }
      }
      before.sort(null);
      List<DeclaredDelegation> carveOuts = new ArrayList<>(before.size());
      for (int earlier : before) {
        carveOuts.add(delegations.get(order.order().get(earlier)));
      }
      placed.add(new Placed(p, position, d, carveOuts));
    }
    return new Outcome(Resources.primary(p, http, sites, adminOwners), placed, unplaced, findings);
  }

  /** The match a problem names ({@code null} for a delegation without matches: everything). */
  private static HTTPMatchRequest matchOf(DeclaredDelegation d, int index) {
    List<HTTPMatchRequest> requests = d.requests();
    return requests.isEmpty() ? null : requests.get(index);
  }
}
