package dev.vsplit.testing;

import dev.vsplit.routing.Decision;
import dev.vsplit.routing.WeightedDestination;

/**
 * The route a request took, for further checks: whose it is, through which secondary, what share.
 */
public final class RouteAssert {

  private final Decision decision;
  private final WeightedDestination destination;

  RouteAssert(Decision decision, WeightedDestination destination) {
    this.decision = decision;
    this.destination = destination;
  }

  /**
   * The route belongs to {@code team} (its secondary's {@code vsplit.dev/team} label).
   *
   * @param team the team's name
   * @return this, for more checks
   * @throws AssertionError when another team or none owns the route, with the explanation
   */
  public RouteAssert ofTeam(String team) {
    if (!team.equals(decision.team())) {
      throw RequestAssert.failure(
          decision,
          "be routed by team " + team,
          decision.team() == null
              ? "the route it takes has no team ("
                  + decision.hit().route().origin().writtenAt()
                  + ")"
              : "it is routed by team " + decision.team());
    }
    return this;
  }

  /**
   * The route was written in this secondary.
   *
   * @param namespaceSlashName e.g. {@code ns1/vs-1}
   * @return this, for more checks
   * @throws AssertionError when it was written elsewhere, with the explanation
   */
  public RouteAssert viaSecondary(String namespaceSlashName) {
    var secondary = decision.hit().secondary();
    if (secondary == null || !secondary.toString().equals(namespaceSlashName)) {
      throw RequestAssert.failure(
          decision,
          "be routed through secondary " + namespaceSlashName,
          "it is routed by " + decision.hit().route().origin().writtenAt());
    }
    return this;
  }

  /**
   * The destination checked by {@code goesTo} gets {@code percent} % of such requests.
   *
   * @param percent 0 to 100
   * @return this, for more checks
   * @throws AssertionError when its share differs, with the explanation
   * @throws IllegalStateException when not after {@code goesTo}
   */
  public RouteAssert withWeight(double percent) {
    if (destination == null) {
      throw new IllegalStateException(
          "withWeight follows goesTo(host): it checks that destination's share");
    }
    if (Math.abs(destination.percent() - percent) > 1e-9) {
      throw RequestAssert.failure(
          decision,
          "send " + percent + "% to " + destination.host(),
          "it sends " + destination.percent() + "% there");
    }
    return this;
  }

  /**
   * Which route the request took and why.
   *
   * @return the decision
   */
  public Decision decision() {
    return decision;
  }
}
