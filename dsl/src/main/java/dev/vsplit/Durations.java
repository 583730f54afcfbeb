package dev.vsplit;

import java.time.Duration;

/** Java durations in the form Istio reads ({@code 5s}, {@code 250ms}, {@code 1500us}), exactly: the largest unit that divides them. */
final class Durations {
  private Durations() {}

  static String format(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("a duration cannot be negative: " + d);
    }
    long nanos = d.toNanos();
    if (nanos % 1_000_000_000L == 0) {
      return (nanos / 1_000_000_000L) + "s";
    }
    if (nanos % 1_000_000L == 0) {
      return (nanos / 1_000_000L) + "ms";
    }
    if (nanos % 1_000L == 0) {
      return (nanos / 1_000L) + "us";
    }
    return nanos + "ns";
  }
}
