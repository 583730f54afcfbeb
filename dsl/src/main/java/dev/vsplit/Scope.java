package dev.vsplit;

import dev.vsplit.base.Describe;
import dev.vsplit.model.HTTPMatchRequest;
import java.util.List;

/**
 * What one team may match in one secondary: the matches of the delegations that lead to it,
 * minus the more specific matches the same primaries give to other teams.
 *
 * @param secondary the secondary
 * @param delegations for each delegation to it, the primary's matches (any of them)
 * @param carveOuts the other teams' delegations that come before it and take part of its requests
 */
public record Scope(Secondary secondary, List<List<HTTPMatchRequest>> delegations, List<CarveOut> carveOuts) {

  public Scope {
    delegations = List.copyOf(delegations);
    carveOuts = List.copyOf(carveOuts);
  }

  /** A part of the scope that a primary gives to another team. */
  public record CarveOut(String primary, List<HTTPMatchRequest> matches, Secondary owner) {
    @Override
    public String toString() {
      return Describe.matches(matches) + " (team " + owner.team().name() + ", " + owner + ")";
    }
  }

  /** {@code prefix "/" minus prefix "/log" (team identity, ns1/vs-1)}. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < delegations.size(); i++) {
      if (i > 0) {
        out.append(" and ");
      }
      out.append(Describe.matches(delegations.get(i)));
    }
    if (delegations.isEmpty()) {
      out.append("nothing (no primary delegates to ").append(secondary).append(')');
    }
    for (CarveOut c : carveOuts) {
      out.append(" minus ").append(c);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
