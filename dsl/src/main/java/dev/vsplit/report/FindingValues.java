package dev.vsplit.report;

import dev.vsplit.findings.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as plain values, the machine-readable form every report shares: {@code code, severity,
 * resource, path, team, message, hint, file, line}, absent keys left out.
 */
public final class FindingValues {

  private FindingValues() {}

  /**
   * The findings as maps, in order.
   *
   * @param findings the findings
   * @return one map per finding
   */
  public static List<Map<String, Object>> of(List<Finding> findings) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", f.code().id());
      item.put("severity", f.severity().label());
      item.put("resource", f.resource());
      item.put("path", f.path());
      if (f.team() != null) {
        item.put("team", f.team());
      }
      item.put("message", f.message());
      if (!f.hint().isEmpty()) {
        item.put("hint", f.hint());
      }
      if (f.source() != null) {
        item.put("file", f.source().file());
        if (f.source().line() > 0) {
          item.put("line", f.source().line());
        }
      }
      out.add(item);
    }
    return out;
  }
}
