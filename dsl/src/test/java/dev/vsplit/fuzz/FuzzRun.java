package dev.vsplit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a fuzzer: first every seed saved in {@value #REGRESSIONS} for it, then a fixed budget of
 * fresh cases, each under its own timeout. A case is a function of one 64-bit seed, so a failure
 * prints the seed, the line to save it as a regression, and the command that replays it alone.
 *
 * <p>System properties: {@code vsplit.fuzz.seed} (the run's seed, default fixed so that every build
 * runs the same cases), {@code vsplit.fuzz.factor} (multiplies each fuzzer's default number of
 * fresh cases; the {@code fuzz} profile sets 10), {@code vsplit.fuzz.cases} (fresh cases per
 * fuzzer, overriding default and factor), {@code vsplit.fuzz.caseTimeoutMillis} (default 10 000),
 * {@code vsplit.fuzz.replay} (run only this case seed, e.g. {@code 0x1f2e3d4c5b6a7988}).
 */
public final class FuzzRun {

  public static final String REGRESSIONS = "src/test/resources/fuzz/regressions.txt";

  /**
   * The run's seed: fixed by default, so that a build is reproducible; {@code -Dvsplit.fuzz.seed=N}
   * explores.
   */
  public static final long SEED = Long.decode(System.getProperty("vsplit.fuzz.seed", "20261127"));

  private static final Duration CASE_TIMEOUT =
      Duration.ofMillis(Long.getLong("vsplit.fuzz.caseTimeoutMillis", 10_000));
  private static final int MAX_FAILURES_SHOWN = 5;
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** One case: throws (an assertion error or anything else) when an invariant breaks. */
  public interface Case {
    void run(long seed, Stats stats) throws Exception;
  }

  /** What a run did, for the summary line. */
  public static final class Stats {
    private final Map<String, Integer> counts = new TreeMap<>();

    public Stats() {}

    int cases;
    int regressions;
    long nanos;
    long cpuNanos;

    /** Counts one occurrence of {@code what} (a mutation, an outcome). */
    public synchronized void count(String what) {
      counts.merge(what, 1, Integer::sum);
    }

    public int cases() {
      return cases;
    }

    public int regressions() {
      return regressions;
    }

    public synchronized int count(String what, int orElse) {
      return counts.getOrDefault(what, orElse);
    }

    @Override
    public synchronized String toString() {
      return String.format(
          Locale.ROOT,
          "%d cases + %d saved regressions in %.1f s (%.1f s of CPU), seed %d: %s",
          cases,
          regressions,
          nanos / 1e9,
          cpuNanos / 1e9,
          SEED,
          counts);
    }
  }

  private FuzzRun() {}

  /**
   * Fresh cases for this run: {@code -Dvsplit.fuzz.cases}, else {@code defaultCases} times {@code
   * -Dvsplit.fuzz.factor}.
   */
  public static int cases(int defaultCases) {
    return Integer.getInteger(
        "vsplit.fuzz.cases", defaultCases * Integer.getInteger("vsplit.fuzz.factor", 1));
  }

  /**
   * The seed of case {@code index} of fuzzer {@code name} in a run seeded {@code runSeed}:
   * splitmix64 of both.
   */
  static long caseSeed(String name, long runSeed, int index) {
    long z = runSeed * 0x9E3779B97F4A7C15L + name.hashCode() * 0xBF58476D1CE4E5B9L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The seeds saved for {@code name}: lines {@code <name> <seed> # why}. */
  static List<Long> regressions(String name) {
    List<Long> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(Path.of(REGRESSIONS))) {
        String l = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
        String[] parts = l.trim().split("\\s+");
        if (parts.length == 2 && parts[0].equals(name)) {
          out.add(Long.parseUnsignedLong(parts[1].replaceFirst("^0x", ""), 16));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Runs the saved regressions of {@code name}, then {@code cases} fresh ones, each within the case
   * timeout; fails with every failing seed (up to a few) and how to replay it.
   */
  public static Stats run(String name, int cases, Case body) {
    Stats stats = new Stats();
    List<String> failures = new ArrayList<>();
    String replay = System.getProperty("vsplit.fuzz.replay");
    List<Long> saved =
        replay != null
            ? List.of(Long.parseUnsignedLong(replay.replaceFirst("^0x", ""), 16))
            : regressions(name);
    int fresh = replay != null ? 0 : cases;
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "fuzz-" + name);
              t.setDaemon(true); // a hung case must not keep the JVM alive
              return t;
            });
    long start = System.nanoTime();
    try {
      for (int i = 0; i < saved.size() + fresh && failures.size() < MAX_FAILURES_SHOWN; i++) {
        boolean regression = i < saved.size();
        long seed = regression ? saved.get(i) : caseSeed(name, SEED, i - saved.size());
        Future<?> future =
            worker.submit(
                () -> {
                  long cpu = CPU.getCurrentThreadCpuTime();
                  try {
                    body.run(seed, stats);
                  } finally {
                    synchronized (stats) {
                      stats.cpuNanos += CPU.getCurrentThreadCpuTime() - cpu;
                    }
                  }
                  return null;
                });
        try {
          future.get(CASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          future.cancel(true);
          failures.add(
              describe(
                  name,
                  seed,
                  regression,
                  "did not finish within " + CASE_TIMEOUT.toMillis() + " ms (a hang)",
                  null));
          break; // the worker may be stuck for good
        } catch (ExecutionException e) {
          failures.add(describe(name, seed, regression, e.getCause().toString(), e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
        if (regression) {
          stats.regressions++;
        } else {
          stats.cases++;
        }
      }
    } finally {
      worker.shutdownNow();
      stats.nanos = System.nanoTime() - start;
    }
    System.out.println("fuzz " + name + ": " + stats);
    if (!failures.isEmpty()) {
      AssertionError error =
          new AssertionError(
              "fuzz "
                  + name
                  + ": "
                  + failures.size()
                  + " failing case(s)\n\n"
                  + String.join("\n\n", failures));
      throw error;
    }
    return stats;
  }

  private static String describe(
      String name, long seed, boolean regression, String what, Throwable cause) {
    String hex = "0x" + Long.toHexString(seed);
    StringBuilder out = new StringBuilder();
    out.append(regression ? "saved regression " : "case ").append(hex).append(": ").append(what);
    if (cause != null) {
      java.io.StringWriter trace = new java.io.StringWriter();
      cause.printStackTrace(new java.io.PrintWriter(trace));
      String t = trace.toString();
      out.append('\n').append(t, 0, Math.min(t.length(), 6000));
    }
    out.append("\n  replay alone: ./mvnw -B -ntp -pl dsl test -Dtest=")
        .append(testClass())
        .append(" -Dvsplit.fuzz.replay=")
        .append(hex);
    if (!regression) {
      out.append("\n  once fixed, keep it: add the line \"")
          .append(name)
          .append(' ')
          .append(hex)
          .append(" # <what it found>\" to dsl/")
          .append(REGRESSIONS);
    }
    return out.toString();
  }

  private static String testClass() {
    for (StackTraceElement e : new Throwable().getStackTrace()) {
      if (e.getClassName().endsWith("FuzzTest")) {
        return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1);
      }
    }
    return "*FuzzTest";
  }
}
