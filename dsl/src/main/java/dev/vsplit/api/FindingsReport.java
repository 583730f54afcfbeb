package dev.vsplit.api;

import dev.vsplit.findings.Finding;
import dev.vsplit.report.FindingValues;
import dev.vsplit.report.Sarif;
import dev.vsplit.yaml.YamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings as a machine-readable list: {@code code, severity, resource, path, team, message, hint,
 * file, line}.
 */
final class FindingsReport {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private FindingsReport() {}

  static List<Map<String, Object>> toValue(List<Finding> findings) {
    return FindingValues.of(findings);
  }

  /**
   * The findings in the format {@code fileName}'s extension names: SARIF for {@code .sarif}, YAML
   * for {@code .yaml}/{@code .yml}, else JSON. SARIF names files relative to {@code root}.
   */
  static String render(List<Finding> findings, String fileName, Path root) {
    if (fileName.endsWith(".sarif")) {
      return Sarif.render(findings, repositoryRoot(root), README);
    }
    return render(findings, fileName);
  }

  /** The README's rule table, as SARIF rules link to it: relative to the repository root. */
  static final String README = "README.md";

  /**
   * The repository {@code start} is in: the nearest folder up from it holding {@code .git}; {@code
   * start} itself when none does.
   */
  static Path repositoryRoot(Path start) {
    Path abs = start.toAbsolutePath().normalize();
    for (Path p = abs; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return abs;
  }

  static String render(List<Finding> findings, String fileName) {
    List<Map<String, Object>> value = toValue(findings);
    if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
      return value.isEmpty() ? "[]\n" : YamlWriter.writeValue(value, YamlWriter.Defaults.KEEP);
    }
    return JSON.writeValueAsString(value) + "\n";
  }
}
