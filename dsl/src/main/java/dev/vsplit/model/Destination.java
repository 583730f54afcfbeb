package dev.vsplit.model;

import java.util.Map;

/** A service (and optionally a subset and port) that traffic is sent to. */
public record Destination(
    String host, String subset, PortSelector port, Map<String, Object> extra) {
  public Destination {
    extra = Copies.extra(extra);
  }

  public static Destination host(String host) {
    return new Destination(host, null, null, Map.of());
  }

  public Destination withHost(String host) {
    return new Destination(host, subset, port, extra);
  }

  public Destination withSubset(String subset) {
    return new Destination(host, subset, port, extra);
  }

  public Destination withPort(Integer number) {
    return new Destination(host, subset, number == null ? null : PortSelector.of(number), extra);
  }
}
