package dev.vsplit.assembly;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPRouteDestination;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * One instance of each equal value a spec writes, so equal immutable values share one object: a
 * team's routes send to a few backends with the same timeouts, retries and rewrites, and each route
 * that names one builds its own copy. The generated mesh keeps every route until the output is
 * written (a quarter of a million at N = 10,000), so the copies were a seventh of what it kept and
 * every young collection copied them. Records are compared by value and never by identity, so
 * sharing changes no result.
 */
final class Canonical {

  private final HashMap<Object, Object> seen = new HashMap<>();

  /**
   * The list of one destination, by that destination once shared: most routes send to one backend,
   * and looking the list up among the values seen hashed the destination and its backend again.
   */
  private final IdentityHashMap<HTTPRouteDestination, List<HTTPRouteDestination>> single =
      new IdentityHashMap<>();

  /**
   * The route's destinations: the list, each destination and each backend it names shared with
   * every equal one seen before.
   */
  List<HTTPRouteDestination> destinations(List<HTTPRouteDestination> destinations) {
    if (destinations.isEmpty()) {
      return List.of();
    }
    if (destinations.size() == 1) {
      return single.computeIfAbsent(destination(destinations.get(0)), d -> of(List.of(d)));
    }
    List<HTTPRouteDestination> shared = new ArrayList<>(destinations.size());
    for (HTTPRouteDestination d : destinations) {
      shared.add(destination(d));
    }
    return of(List.copyOf(shared));
  }

  /** A canary split sends to the same backends with other weights: the backend is shared too. */
  @SuppressWarnings("ReferenceEquality") // a new record only when the backend was seen before
  private HTTPRouteDestination destination(HTTPRouteDestination d) {
    Destination backend = of(d.destination());
    return of(backend == d.destination() ? d : d.withDestination(backend));
  }

  /**
   * The first value seen equal to {@code value}, or {@code value} itself (also when {@code null}).
   *
   * @param value an immutable value: a record of the model, an immutable list, a string
   */
  @SuppressWarnings("unchecked")
  <T> T of(T value) {
    if (value == null) {
      return null;
    }
    Object first = seen.putIfAbsent(value, value);
    return first == null ? value : (T) first;
  }
}
