package dev.vsplit.model;

import java.util.Map;

/** A percentage, 0 to 100, written {@code {value: 12.5}}. */
public record Percent(Double value, Map<String, Object> extra) {
  public Percent {
    extra = Copies.extra(extra);
  }

  public static Percent of(double value) {
    return new Percent(value, Map.of());
  }
}
