package dev.vsplit.model;

import java.util.Map;

/**
 * One destination of a route, with its share of the traffic ({@code weight}) and header operations.
 */
public record HTTPRouteDestination(
    Destination destination, Integer weight, Headers headers, Map<String, Object> extra) {
  public HTTPRouteDestination {
    extra = Copies.extra(extra);
  }

  public static HTTPRouteDestination to(Destination destination) {
    return new HTTPRouteDestination(destination, null, null, Map.of());
  }

  public HTTPRouteDestination withDestination(Destination destination) {
    return new HTTPRouteDestination(destination, weight, headers, extra);
  }

  public HTTPRouteDestination withWeight(Integer weight) {
    return new HTTPRouteDestination(destination, weight, headers, extra);
  }

  public HTTPRouteDestination withHeaders(Headers headers) {
    return new HTTPRouteDestination(destination, weight, headers, extra);
  }
}
