package dev.vsplit.testing;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over seeded random cases. Each case gets its own {@link Random}, seeded from the
 * property's name and the case number, so a run is reproducible; a failure names its seed.
 *
 * <ul>
 *   <li>{@code -Dvsplit.seed=S} runs only the case with seed {@code S} (replay a failure);
 *   <li>{@code -Dvsplit.cases=N} runs {@code N} cases instead of the property's default;
 *   <li>{@code -Dvsplit.seedBase=B} shifts every seed, to explore new cases.
 * </ul>
 */
public final class Property {

  private Property() {}

  public static void forAll(String name, int cases, Consumer<Random> body) {
    String replay = System.getProperty("vsplit.seed");
    if (replay != null) {
      run(name, Long.parseLong(replay), 0, 1, body);
      return;
    }
    int n = Integer.getInteger("vsplit.cases", cases);
    long base =
        Long.getLong("vsplit.seedBase", 0L) * 1_000_003L + name.hashCode() * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < n; i++) {
      run(name, base + i, i, n, body);
    }
  }

  private static String abbreviate(String message) {
    return message == null || message.length() <= 2000
        ? message
        : message.substring(0, 2000) + "...";
  }

  private static void run(String name, long seed, int i, int n, Consumer<Random> body) {
    try {
      body.accept(new Random(seed));
    } catch (AssertionError | RuntimeException e) {
      AssertionError failure =
          new AssertionError(
              name
                  + ": case "
                  + (i + 1)
                  + " of "
                  + n
                  + " failed with seed "
                  + seed
                  + " (replay with -Dvsplit.seed="
                  + seed
                  + "): "
                  + abbreviate(e.getMessage()),
              e);
      throw failure;
    }
  }
}
