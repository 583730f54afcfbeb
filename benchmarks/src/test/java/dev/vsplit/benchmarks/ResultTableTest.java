package dev.vsplit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table the bench profile prints: medians and spread per phase and size, a row of its own for a
 * phase run with another heap, the ratios to the floor and to the raw write, peak heap.
 */
class ResultTableTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String result(
      String phase, int n, String heap, double peak, double afterGc, double... times) {
    StringBuilder raw = new StringBuilder();
    for (double t : times) {
      raw.append(raw.length() == 0 ? "" : ",").append(t);
    }
    return """
        {"benchmark": "dev.vsplit.benchmarks.PipelineBenchmark.%s",
         "jvmArgs": ["-Xmx1g"%s],
         "params": {"n": "%d", "r": "25"},
         "primaryMetric": {"scoreUnit": "ms/op", "rawData": [[%s]]},
         "secondaryMetrics": {"heap.peak": {"score": %s}, "heap.afterGc": {"score": %s}}}
        """
        .formatted(phase, heap == null ? "" : ", \"-Xmx" + heap + "\"", n, raw, peak, afterGc);
  }

  @Test
  void eachPhaseAndSizeIsAMedianWithItsSpreadAndOtherHeapsHaveRowsOfTheirOwn() {
    List<String> results =
        List.of(
            result("endToEnd", 1000, null, 300, 100, 40, 30, 50),
            result("endToEnd", 10000, null, 900, 500, 400, 350),
            result("endToEnd", 10000, "512m", 500, 450, 600, 700, 800),
            result("endToEnd", 30000, null, 1000, 800, 1500, 1400),
            result("floor", 1000, null, 0, 0, 100, 100, 100),
            result("floor", 10000, null, 0, 0, 1000, 1000, 1000),
            result("rawWrite", 1000, null, 0, 0, 4, 4, 4),
            result("rawWrite", 10000, null, 0, 0, 40, 40, 40));
    JsonNode all = JSON.readTree("[" + String.join(",", results) + "]");
    String table = ResultTable.render(all);
    assertThat(table)
        .contains(
            "| phase (ms/op, median (min–max)) | N = 1,000 | N = 10,000 | N = 30,000 | 10,000 / 1,000 |")
        .contains(
            "| **end to end** | 40.0 (30.0–50.0) | 375 (350–400) | 1,450 (1,400–1,500) | 9.38× |")
        .contains("| end to end, `-Xmx512m` | | 700 (600–800) | | |")
        .contains("| **end to end / floor** | 0.40× | 0.38× | | |")
        .contains("| end to end / raw write | 10.00× | 9.38× | | |")
        .contains(
            "| peak heap, end to end with `-Xmx512m` (MiB, sampled / after GC) | | 500 / 450 | | |");
  }

  @Test
  void theHeapIsTheLastXmxOfTheFork() {
    assertThat(ResultTable.heapOf(JSON.readTree("[\"-Xmx1g\", \"-Xmx512m\"]"))).isEqualTo("512m");
    assertThat(ResultTable.heapOf(JSON.readTree("[\"-Xms1g\"]"))).isEqualTo("1g");
  }
}
