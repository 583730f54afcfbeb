package dev.vsplit.assembly;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.ValueKey;
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
   * Each destination once shared, by its value hashed and compared field by field ({@link
   * ValueKey}): every route names one or two, and the records' own hashCode and equals, deep
   * through the backend, were a seventh of the DSL's build.
   */
  private final HashMap<ValueKey, HTTPRouteDestination> sharedDestinations = new HashMap<>();

  /**
   * The list of several destinations, by those destinations once shared ({@link SharedList}): equal
   * lists of shared destinations hold the very same objects.
   */
  private final HashMap<SharedList, List<HTTPRouteDestination>> several = new HashMap<>();

  /**
   * Each backend once shared (host, subset, port), by its value hashed and compared field by field
   * ({@link ValueKey}): a canary split names the same backends with other weights, and a mirror may
   * name a backend too.
   */
  private final HashMap<ValueKey, Destination> backends = new HashMap<>();

  /**
   * The route's destinations: the list, each destination and each backend it names shared with
   * every equal one seen before.
   */
  List<HTTPRouteDestination> destinations(List<HTTPRouteDestination> destinations) {
    if (destinations.isEmpty()) {
      return List.of();
    }
    if (destinations.size() == 1) {
      return single.computeIfAbsent(destination(destinations.get(0)), List::of);
    }
    List<HTTPRouteDestination> shared = new ArrayList<>(destinations.size());
    for (HTTPRouteDestination d : destinations) {
      shared.add(destination(d));
    }
    return several.computeIfAbsent(new SharedList(shared), k -> List.copyOf(shared));
  }

  /** A canary split sends to the same backends with other weights: the backend is shared too. */
  @SuppressWarnings("ReferenceEquality") // a new record only when the backend was seen before
  private HTTPRouteDestination destination(HTTPRouteDestination d) {
    ValueKey key = new ValueKey(d);
    HTTPRouteDestination shared = sharedDestinations.get(key);
    if (shared == null) {
      Destination backend = backend(d.destination());
      shared = backend == d.destination() ? d : d.withDestination(backend);
      sharedDestinations.put(key, shared);
    }
    return shared;
  }

  /**
   * The first backend seen equal to {@code backend}, or {@code backend} itself (also when {@code
   * null}): the destination of a route's entry or of its mirror.
   */
  Destination backend(Destination backend) {
    if (backend == null) {
      return null;
    }
    Destination first = backends.putIfAbsent(new ValueKey(backend), backend);
    return first == null ? backend : first;
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

  /**
   * A list of shared destinations as a key: the same objects in the same order. Each destination in
   * it is the one object of its value ({@link #destination}), so two such lists are equal exactly
   * when they hold the same objects, and comparing them needs no record's equals.
   */
  private static final class SharedList {
    private final List<HTTPRouteDestination> shared;
    private final int hash;

    SharedList(List<HTTPRouteDestination> shared) {
      this.shared = shared;
      int h = 1;
      for (HTTPRouteDestination d : shared) {
        h = 31 * h + System.identityHashCode(d);
      }
      this.hash = h;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // shared values: the same value is the same object
    public boolean equals(Object o) {
      if (!(o instanceof SharedList other) || hash != other.hash) {
        return false;
      }
      if (shared.size() != other.shared.size()) {
        return false;
      }
      for (int i = 0; i < shared.size(); i++) {
        if (shared.get(i) != other.shared.get(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
