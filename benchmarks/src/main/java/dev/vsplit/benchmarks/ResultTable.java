package dev.vsplit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's Performance table from the JSON of one bench run's JMH invocations ({@code -rf
 * json}): per phase and size the median time per operation with the spread of the measured
 * iterations (min–max), the growth from N = 1 000 to N = 10 000, the ratios to the floor and to the
 * raw write, and peak heap. A phase run with a heap other than the usual {@code -Xmx1g} (the last
 * {@code -Xmx} of the fork's JVM arguments) is a row of its own.
 *
 * <pre>
 * java -cp ... dev.vsplit.benchmarks.ResultTable benchmarks/target/jmh-*.json
 * </pre>
 */
public final class ResultTable {

  private static final List<String> PHASES =
      List.of(
          "build",
          "check",
          "merge",
          "render",
          "endToEnd",
          "endToEnd -Xmx512m",
          "floor",
          "rawWrite",
          "analyze");
  private static final Map<String, String> LABELS =
      Map.of(
          "build",
          "build (DSL)",
          "check",
          "check (all rules + merge)",
          "merge",
          "merge",
          "render",
          "render YAML",
          "endToEnd",
          "**end to end**",
          "endToEnd -Xmx512m",
          "end to end, `-Xmx512m`",
          "floor",
          "**floor** (Jackson)",
          "rawWrite",
          "raw write (the bytes, one string, one file)",
          "analyze",
          "analyze (read + check + merge)");

  /** The heap every fork has unless a run says otherwise. */
  static final String USUAL_HEAP = "1g";

  /** The sizes of the growth column: issue 6's target. */
  private static final int GROWTH_FROM = 1000;

  private static final int GROWTH_TO = 10000;

  /** Median, min and max of one benchmark's measured iterations, and its peak heap. */
  record Cell(double median, double min, double max, double heapPeak, double heapAfterGc) {}

  private ResultTable() {}

  /**
   * Prints the table of the results in the JSON files named (JMH's {@code -rf json}), taken
   * together.
   */
  public static void main(String[] args) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    tools.jackson.databind.node.ArrayNode all = json.createArrayNode();
    for (String file :
        args.length > 0 ? args : new String[] {"benchmarks/target/jmh-result.json"}) {
      Path path = Path.of(file);
      if (Files.exists(path)) {
        json.readTree(Files.readString(path)).forEach(all::add);
      }
    }
    System.out.println(render(all));
  }

  static String render(JsonNode results) {
    Map<String, Map<Integer, Cell>> cells = new LinkedHashMap<>();
    TreeSet<Integer> sizes = new TreeSet<>();
    String unit = "ms/op";
    for (JsonNode r : results) {
      String benchmark = r.path("benchmark").asString();
      String phase = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String heap = heapOf(r.path("jvmArgs"));
      if (!heap.equals(USUAL_HEAP)) {
        phase = phase + " -Xmx" + heap;
      }
      int n = Integer.parseInt(r.path("params").path("n").asString());
      sizes.add(n);
      unit = r.path("primaryMetric").path("scoreUnit").asString();
      List<Double> raw = new ArrayList<>();
      for (JsonNode fork : r.path("primaryMetric").path("rawData")) {
        for (JsonNode v : fork) {
          raw.add(v.asDouble());
        }
      }
      double[] values = raw.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      JsonNode secondary = r.path("secondaryMetrics");
      cells
          .computeIfAbsent(phase, k -> new LinkedHashMap<>())
          .put(
              n,
              new Cell(
                  median(values),
                  values[0],
                  values[values.length - 1],
                  secondary.path("heap.peak").path("score").asDouble(Double.NaN),
                  secondary.path("heap.afterGc").path("score").asDouble(Double.NaN)));
    }
    List<Integer> ns = new ArrayList<>(sizes);
    StringBuilder out = new StringBuilder();
    out.append("| phase (").append(unit).append(", median (min–max)) |");
    ns.forEach(n -> out.append(" N = ").append(String.format(Locale.ROOT, "%,d", n)).append(" |"));
    boolean growth = sizes.contains(GROWTH_FROM) && sizes.contains(GROWTH_TO);
    if (growth) {
      out.append(String.format(Locale.ROOT, " %,d / %,d |", GROWTH_TO, GROWTH_FROM));
    }
    out.append('\n')
        .append("| --- |")
        .append(" ---: |".repeat(ns.size() + (growth ? 1 : 0)))
        .append('\n');
    for (String phase : PHASES) {
      Map<Integer, Cell> row = cells.get(phase);
      if (row == null) {
        continue;
      }
      out.append("| ").append(LABELS.getOrDefault(phase, phase)).append(" |");
      for (int n : ns) {
        Cell c = row.get(n);
        out.append(
            c == null
                ? " |"
                : String.format(
                    Locale.ROOT, " %s (%s–%s) |", num(c.median), num(c.min), num(c.max)));
      }
      if (growth) {
        out.append(ratioCell(row.get(GROWTH_TO), row.get(GROWTH_FROM)));
      }
      out.append('\n');
    }
    ratioRow(out, "**end to end / floor**", cells.get("endToEnd"), cells.get("floor"), ns, growth);
    ratioRow(out, "**analyze / floor**", cells.get("analyze"), cells.get("floor"), ns, growth);
    ratioRow(
        out, "end to end / raw write", cells.get("endToEnd"), cells.get("rawWrite"), ns, growth);
    heapRow(
        out, "peak heap, end to end (MiB, sampled / after GC)", cells.get("endToEnd"), ns, growth);
    heapRow(
        out,
        "peak heap, end to end with `-Xmx512m` (MiB, sampled / after GC)",
        cells.get("endToEnd -Xmx512m"),
        ns,
        growth);
    heapRow(out, "peak heap, analyze (MiB, sampled / after GC)", cells.get("analyze"), ns, growth);
    return out.toString();
  }

  /** The last {@code -Xmx} of a fork's JVM arguments, e.g. {@code 1g}; the usual one if none. */
  static String heapOf(JsonNode jvmArgs) {
    String heap = USUAL_HEAP;
    for (JsonNode arg : jvmArgs) {
      String a = arg.asString();
      if (a.startsWith("-Xmx")) {
        heap = a.substring("-Xmx".length());
      }
    }
    return heap;
  }

  private static void ratioRow(
      StringBuilder out,
      String label,
      Map<Integer, Cell> a,
      Map<Integer, Cell> b,
      List<Integer> ns,
      boolean growth) {
    if (a == null || b == null) {
      return;
    }
    out.append("| ").append(label).append(" |");
    for (int n : ns) {
      out.append(ratioCell(a.get(n), b.get(n)));
    }
    out.append(growth ? " |\n" : "\n");
  }

  private static void heapRow(
      StringBuilder out, String label, Map<Integer, Cell> row, List<Integer> ns, boolean growth) {
    if (row == null || row.values().stream().allMatch(c -> Double.isNaN(c.heapPeak))) {
      return;
    }
    out.append("| ").append(label).append(" |");
    for (int n : ns) {
      Cell c = row.get(n);
      out.append(
          c == null
              ? " |"
              : String.format(Locale.ROOT, " %.0f / %.0f |", c.heapPeak, c.heapAfterGc));
    }
    out.append(growth ? " |\n" : "\n");
  }

  private static String ratioCell(Cell a, Cell b) {
    return a == null || b == null
        ? " |"
        : String.format(Locale.ROOT, " %.2f× |", a.median / b.median);
  }

  private static String num(double v) {
    return v >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  static double median(double[] sorted) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static double[] sorted(double... values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
