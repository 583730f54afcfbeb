package dev.vsplit.routing;

import dev.vsplit.model.Destination;

/**
 * A destination of the route a request takes, with its share of the traffic.
 *
 * @param destination the service (host, subset, port)
 * @param weight the weight as written, {@code null} when the route has only this destination
 * @param percent its share of the requests, 0 to 100: {@code weight} over the sum of the route's
 *     weights; 100 for a route with one destination
 */
public record WeightedDestination(Destination destination, Integer weight, double percent) {

  /** The host, e.g. {@code reviews.default.svc.cluster.local}. */
  public String host() {
    return destination == null ? null : destination.host();
  }

  /** The subset, or {@code null}. */
  public String subset() {
    return destination == null ? null : destination.subset();
  }

  @Override
  public String toString() {
    return RouteText.destination(destination) + " " + RouteText.percent(percent);
  }
}
