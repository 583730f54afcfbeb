package dev.vsplit.model;

import java.util.Objects;

/**
 * A route destination ({@link HTTPRouteDestination}), a backend ({@link Destination}) or a port
 * ({@link PortSelector}) as a hash key, for sharing equal ones as one object: hashed from the
 * backend's host, subset and port (and the entry's weight), and equal exactly when the records are
 * equal, field by field. The records' own {@code hashCode} hashes every nested record and each
 * empty {@code extra} map again for every destination, which cost more than sharing saved; nested
 * records already shared compare by identity first. The DSL's build ({@code assembly.Canonical})
 * and reading ({@code yaml.Binder}) share by it. {@code ValueKeyTest} fails when one of the records
 * gains a field this does not compare.
 */
public final class ValueKey {
  private final Object value;
  private final int hash;

  /**
   * @param value a route destination
   */
  public ValueKey(HTTPRouteDestination value) {
    this.value = value;
    this.hash = 31 * Objects.hashCode(value.weight()) + hash(value.destination());
  }

  /**
   * @param value a backend
   */
  public ValueKey(Destination value) {
    this.value = value;
    this.hash = hash(value);
  }

  /**
   * @param value a port
   */
  public ValueKey(PortSelector value) {
    this.value = value;
    this.hash = Objects.hashCode(value.number());
  }

  private static int hash(Destination to) {
    if (to == null) {
      return 0;
    }
    int h = Objects.hashCode(to.host());
    h = 31 * h + Objects.hashCode(to.subset());
    return 31 * h + (to.port() == null ? 0 : Objects.hashCode(to.port().number()));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValueKey k) || hash != k.hash) {
      return false;
    }
    if (value instanceof HTTPRouteDestination a && k.value instanceof HTTPRouteDestination b) {
      return same(a, b);
    }
    if (value instanceof PortSelector a && k.value instanceof PortSelector b) {
      return same(a, b);
    }
    return value instanceof Destination a && k.value instanceof Destination b && same(a, b);
  }

  private static boolean same(HTTPRouteDestination a, HTTPRouteDestination b) {
    return Objects.equals(a.weight(), b.weight())
        && same(a.destination(), b.destination())
        && Objects.equals(a.headers(), b.headers())
        && a.extra().equals(b.extra());
  }

  @SuppressWarnings("ReferenceEquality") // the same object is equal: skip comparing its fields
  private static boolean same(Destination a, Destination b) {
    if (a == b) {
      return true;
    }
    return a != null
        && b != null
        && Objects.equals(a.host(), b.host())
        && Objects.equals(a.subset(), b.subset())
        && same(a.port(), b.port())
        && a.extra().equals(b.extra());
  }

  @SuppressWarnings("ReferenceEquality") // the same object is equal: skip comparing its fields
  private static boolean same(PortSelector a, PortSelector b) {
    if (a == b) {
      return true;
    }
    return a != null
        && b != null
        && Objects.equals(a.number(), b.number())
        && a.extra().equals(b.extra());
  }
}
