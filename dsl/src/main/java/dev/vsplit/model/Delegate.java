package dev.vsplit.model;

import java.util.Map;

/** {@code delegate} of a root route: the secondary VirtualService that holds the routes. */
public record Delegate(String name, String namespace, Map<String, Object> extra) {
  public Delegate {
    extra = Copies.extra(extra);
  }

  public static Delegate of(String name, String namespace) {
    return new Delegate(name, namespace, Map.of());
  }
}
