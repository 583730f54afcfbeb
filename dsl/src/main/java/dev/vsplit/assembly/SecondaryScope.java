package dev.vsplit.assembly;

import dev.vsplit.Scope;
import dev.vsplit.base.Describe;
import dev.vsplit.model.HTTPMatchRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * What one team may match in one secondary, as a value: the DSL's {@link Scope} with the
 * secondaries as declared. The matches of each delegation to the secondary, minus the parts that
 * the same primaries give to other teams first.
 *
 * @param secondary the secondary, as first placed
 * @param delegations for each delegation to it, the primary's matches (any of them)
 * @param carveOuts the other teams' delegations, and the primary's own routes, that come before one
 *     of these and take part of its requests
 */
record SecondaryScope(
    DeclaredSecondary secondary,
    List<List<HTTPMatchRequest>> delegations,
    List<CarveOut> carveOuts) {

  SecondaryScope {
    delegations = List.copyOf(delegations);
    carveOuts = List.copyOf(carveOuts);
  }

  /**
   * A part of the scope that a primary ({@code namespace/name}) gives to another team ({@code
   * owner}), or answers itself with a route of its own ({@code owner} {@code null}).
   */
  record CarveOut(String primary, List<HTTPMatchRequest> matches, DeclaredSecondary owner) {
    @Override
    public String toString() {
      return owner == null
          ? Describe.ownRoute(matches, primary)
          : Describe.carveOut(matches, owner.team().name(), owner.ref());
    }
  }

  /**
   * The scope of the secondary these delegations lead to, each delegation with the ones placed
   * before it that share requests with it.
   */
  static SecondaryScope of(List<Placed> placed) {
    List<List<HTTPMatchRequest>> delegations = new ArrayList<>();
    List<CarveOut> carveOuts = new ArrayList<>();
    for (Placed p : placed) {
      delegations.add(p.delegation().requests());
      for (DeclaredDelegation c : p.carveOuts()) {
        carveOuts.add(new CarveOut(p.primary().ref(), c.requests(), c.secondary()));
      }
      for (DeclaredRoute r : p.routesBefore()) {
        carveOuts.add(new CarveOut(p.primary().ref(), r.requests(), null));
      }
    }
    return new SecondaryScope(placed.get(0).delegation().secondary(), delegations, carveOuts);
  }

  /**
   * As {@link Scope#describe}: {@code prefix "/" minus prefix "/log" (team identity, ns1/vs-1)}.
   */
  @Override
  public String toString() {
    return Describe.scope(
        secondary.ref(), delegations, carveOuts.stream().map(CarveOut::toString).toList());
  }
}
