package dev.vsplit.cli;

import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** What the commands print: findings and tables in the format {@code --format} names. */
final class Output {

  static final List<String> FINDING_FORMATS = List.of("text", "json", "yaml", "sarif", "markdown");
  static final List<String> TABLE_FORMATS = List.of("text", "json", "yaml", "markdown");

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Output() {}

  static String format(Settings settings, List<String> allowed) {
    String f = settings.text("format").toLowerCase(Locale.ROOT);
    if (!allowed.contains(f)) {
      throw settings.usage("--format " + f + " is not one of " + String.join(", ", allowed));
    }
    return f;
  }

  /** The findings; in text, one a line as a compiler prints diagnostics, then the summary line. */
  static void findings(PrintWriter out, List<Finding> findings, String format, String summary) {
    switch (format) {
      case "json", "yaml", "sarif" -> out.print(Vsplit.findingsText(findings, format, Path.of("")));
      case "markdown" -> {
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : findings) {
          rows.add(
              List.of(
                  f.severity().label(),
                  f.code().id(),
                  f.source() == null ? f.resource() : f.source().toString(),
                  f.message() + (f.hint().isEmpty() ? "" : " — " + f.hint())));
        }
        out.print(markdown(List.of("severity", "code", "where", "finding"), rows));
        out.println();
        out.println(summary);
      }
      default -> {
        findings.forEach(f -> out.println(f.toString()));
        out.println(summary);
      }
    }
    out.flush();
  }

  static String json(Object value) {
    return JSON.writeValueAsString(value) + "\n";
  }

  static String yaml(Object value) {
    return YAMLMapper.builder().build().writeValueAsString(value);
  }

  /** A table with aligned columns. */
  static String text(List<String> header, List<List<String>> rows) {
    int[] width = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), width[i] + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** A GitHub-flavoured Markdown table. */
  static String markdown(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", header)).append(" |\n|");
    header.forEach(h -> out.append(" --- |"));
    out.append('\n');
    for (List<String> row : rows) {
      out.append("| ")
          .append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
