package dev.vsplit.report;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings as a SARIF 2.1.0 log, the format GitHub and GitLab code scanning show inline on a pull
 * request: one run of the tool {@code vsplit}, one rule per finding code (its summary, help text
 * and README anchor), one result per finding at its file, line and column relative to the
 * repository root ({@code %SRCROOT%}): the Java line of the DSL call for a spec's finding, the YAML
 * line for a manifest's.
 */
public final class Sarif {

  /** The schema a SARIF 2.1.0 log names. */
  public static final String SCHEMA =
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

  /** The base id locations are relative to: the repository's root. */
  public static final String SRCROOT = "%SRCROOT%";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Sarif() {}

  /**
   * The log for {@code findings}.
   *
   * @param findings what was found, in order
   * @param root the repository root: files under it are named relative to it
   * @param readme where the README's rule table is for a rule's help link, e.g. {@code README.md}
   *     or an absolute URL of it; a rule's link is this with {@code #vs102}
   * @return the log as JSON text, ending with a newline
   */
  public static String render(List<Finding> findings, Path root, String readme) {
    Path base = root.toAbsolutePath().normalize();
    List<Object> rules = new ArrayList<>();
    Map<Code, Integer> ruleIndex = new LinkedHashMap<>();
    for (Code code : Code.values()) {
      ruleIndex.put(code, rules.size());
      rules.add(rule(code, readme));
    }
    List<Object> results = new ArrayList<>();
    for (Finding f : findings) {
      results.add(result(f, ruleIndex.get(f.code()), base));
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "vsplit");
    driver.put("informationUri", absoluteOrNull(readme));
    driver.put("rules", rules);
    driver.values().removeIf(v -> v == null);
    Map<String, Object> srcroot = new LinkedHashMap<>();
    srcroot.put("uri", base.toUri().toString());
    srcroot.put("description", text("The repository root."));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("originalUriBaseIds", Map.of(SRCROOT, srcroot));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return JSON.writeValueAsString(log) + "\n";
  }

  /** The SARIF level of a severity: {@code error}, {@code warning} or {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static Map<String, Object> rule(Code code, String readme) {
    String link = readme + "#" + code.anchor();
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", code.id());
    rule.put("name", code.id());
    rule.put("shortDescription", text(code.summary()));
    rule.put("fullDescription", text(code.summary()));
    Map<String, Object> help = new LinkedHashMap<>();
    help.put("text", code.summary() + " What Istio does and how to fix it: " + link);
    help.put(
        "markdown",
        "**"
            + code.id()
            + "**: "
            + code.summary()
            + "\n\nWhat Istio does and how to fix it: [the README's rule table]("
            + link
            + ").");
    rule.put("help", help);
    String uri = absoluteOrNull(link);
    if (uri != null) {
      rule.put("helpUri", uri);
    }
    rule.put("defaultConfiguration", Map.of("level", level(code.severity())));
    rule.put("properties", Map.of("readme", link));
    return rule;
  }

  private static Map<String, Object> result(Finding f, int ruleIndex, Path base) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", f.code().id());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(f.severity()));
    result.put("message", text(message(f)));
    Map<String, Object> location = new LinkedHashMap<>();
    Location at = f.source();
    if (at != null && !at.file().isEmpty()) {
      Map<String, Object> physical = new LinkedHashMap<>();
      Map<String, Object> artifact = new LinkedHashMap<>();
      artifact.put("uri", relativeUri(at.file(), base));
      artifact.put("uriBaseId", SRCROOT);
      physical.put("artifactLocation", artifact);
      if (at.line() > 0) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", at.line());
        if (at.column() > 0) {
          region.put("startColumn", at.column());
        }
        physical.put("region", region);
      }
      location.put("physicalLocation", physical);
    }
    if (!f.resource().isEmpty()) {
      Map<String, Object> logical = new LinkedHashMap<>();
      logical.put(
          "fullyQualifiedName", f.path().isEmpty() ? f.resource() : f.resource() + " " + f.path());
      logical.put("kind", "resource");
      location.put("logicalLocations", List.of(logical));
    }
    if (!location.isEmpty()) {
      result.put("locations", List.of(location));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("resource", f.resource());
    properties.put("path", f.path());
    if (f.team() != null) {
      properties.put("team", f.team());
    }
    result.put("properties", properties);
    return result;
  }

  /** The message, the team and the fix: what the finding says in a build log, without the place. */
  private static String message(Finding f) {
    StringBuilder out = new StringBuilder(f.message());
    if (f.team() != null && !f.team().isEmpty()) {
      out.append(" [team ").append(f.team()).append(']');
    }
    if (!f.hint().isEmpty()) {
      out.append(" — ").append(f.hint());
    }
    return out.toString();
  }

  /**
   * A file (absolute, or relative to the current directory as the user named it) as a URI reference
   * relative to the repository root: {@code istio/vs.yaml}; a file outside the root keeps its
   * absolute {@code file:} URI.
   */
  static String relativeUri(String file, Path base) {
    Path p = Path.of(file);
    Path abs = p.toAbsolutePath().normalize();
    if (!abs.startsWith(base)) {
      return abs.toUri().toString();
    }
    StringBuilder out = new StringBuilder();
    for (Path part : base.relativize(abs)) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(encode(part.toString()));
    }
    return out.toString();
  }

  private static String encode(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((Character.isLetterOrDigit(c) && c < 128) || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static Map<String, Object> text(String text) {
    return Map.of("text", text);
  }

  private static String absoluteOrNull(String uri) {
    return uri.startsWith("https://") || uri.startsWith("http://") ? uri : null;
  }
}
