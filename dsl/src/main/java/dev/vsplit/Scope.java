package dev.vsplit;

import dev.vsplit.base.Describe;
import dev.vsplit.model.HTTPMatchRequest;
import java.util.List;

/**
 * What one team may match in one secondary: the matches of the delegations that lead to it, minus
 * the more specific matches the same primaries give to other teams.
 *
 * @param secondary the secondary
 * @param delegations for each delegation to it, the primary's matches (any of them)
 * @param carveOuts the other teams' delegations that come before it and take part of its requests
 */
public record Scope(
    Secondary secondary, List<List<HTTPMatchRequest>> delegations, List<CarveOut> carveOuts) {

  /**
   * Copies the lists.
   *
   * @param secondary the secondary
   * @param delegations for each delegation to it, the primary's matches (any of them)
   * @param carveOuts the other teams' delegations that come before it and take part of its requests
   */
  public Scope {
    delegations = List.copyOf(delegations);
    carveOuts = List.copyOf(carveOuts);
  }

  /**
   * A part of the scope that a primary gives to another team, or answers itself.
   *
   * @param primary the primary, {@code namespace/name}
   * @param matches the part: the other team's delegation, or the primary's own route
   * @param owner the other team's secondary; {@code null} when the primary answers these requests
   *     itself, with a route of the mesh administrators'
   */
  public record CarveOut(String primary, List<HTTPMatchRequest> matches, Secondary owner) {
    @Override
    public String toString() {
      return owner == null
          ? Describe.ownRoute(matches, primary)
          : Describe.carveOut(matches, owner.team().name(), owner.toString());
    }
  }

  /**
   * The scope in words.
   *
   * @return e.g. {@code prefix "/" minus prefix "/log" (team identity, ns1/vs-1)}
   */
  public String describe() {
    return Describe.scope(
        String.valueOf(secondary),
        delegations,
        carveOuts.stream().map(CarveOut::toString).toList());
  }

  @Override
  public String toString() {
    return describe();
  }
}
