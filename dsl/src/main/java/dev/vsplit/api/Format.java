package dev.vsplit.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How {@code explain} and {@code plan} print their answer: as text for a terminal, as Markdown for
 * a pull-request comment, or as JSON for a program. Shared by every front end, each of which lets
 * its user choose one by name ({@link #parse}).
 */
public enum Format {
  /** Aligned columns, for a terminal or a build log. */
  TEXT,
  /** Markdown tables, grouped by team with its code owners mentioned: a pull-request comment. */
  MARKDOWN,
  /** One JSON document, for a program. */
  JSON;

  /**
   * The format a user named.
   *
   * @param text {@code text}, {@code markdown} (or {@code md}) or {@code json}, in any case; {@code
   *     null} or blank for text
   * @return the format
   * @throws IllegalArgumentException naming the formats there are, for any other text
   */
  public static Format parse(String text) {
    if (text == null || text.isBlank()) {
      return TEXT;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("md")) {
      return MARKDOWN;
    }
    for (Format f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format \""
            + text
            + "\": use one of "
            + Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  /**
   * A plan in this format.
   *
   * @param result a plan that was made ({@link PlanResult#ok()})
   * @return the text to print or post
   * @throws IllegalArgumentException when no plan was made
   */
  public String plan(PlanResult result) {
    if (!result.ok()) {
      throw new IllegalArgumentException("no plan to render: " + result.problem());
    }
    return switch (this) {
      case TEXT -> result.plan().render();
      case MARKDOWN -> PlanReport.markdown(result);
      case JSON -> Json.write(PlanReport.json(result));
    };
  }

  /**
   * An explanation in this format: the route table, one request's way, or several requests in one
   * table.
   *
   * @param result an explanation that was made ({@link ExplainResult#ok()})
   * @return the text to print
   * @throws IllegalArgumentException when nothing was explained
   */
  public String explain(ExplainResult result) {
    if (!result.ok()) {
      throw new IllegalArgumentException("nothing to render: " + result.problem());
    }
    return switch (this) {
      case TEXT -> ExplainReport.text(result);
      case MARKDOWN -> ExplainReport.markdown(result);
      case JSON -> Json.write(ExplainReport.json(result));
    };
  }
}
