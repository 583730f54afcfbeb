package dev.vsplit.model;

import java.util.Map;

/** A Gateway server's port. */
public record Port(
    Integer number, String protocol, String name, Integer targetPort, Map<String, Object> extra) {
  public Port {
    extra = Copies.extra(extra);
  }

  public static Port of(int number, String name, String protocol) {
    return new Port(number, protocol, name, null, Map.of());
  }
}
