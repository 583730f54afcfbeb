package dev.vsplit.model;

import java.util.Map;

/** {@code port: {number: N}} of a destination. */
public record PortSelector(Integer number, Map<String, Object> extra) {
  public PortSelector {
    extra = Copies.extra(extra);
  }

  public static PortSelector of(int number) {
    return new PortSelector(number, Map.of());
  }
}
