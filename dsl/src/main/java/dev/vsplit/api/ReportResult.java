package dev.vsplit.api;

import java.util.List;

/**
 * The outcome of {@link Vsplit#report}: the route map as one self-contained HTML page.
 *
 * @param source what the routes were taken from
 * @param html the page; {@code null} when the routes could not be built ({@link #problem()} says
 *     why)
 * @param findings what the engine found on the way; the page shows each on its route
 * @param problem why no page could be made (no specs, errors in them, nothing readable); {@code
 *     null} when all went well
 */
public record ReportResult(
    String source, String html, List<dev.vsplit.findings.Finding> findings, String problem) {

  /**
   * Copies the findings.
   *
   * @param source what the routes were taken from
   * @param html the page, or {@code null}
   * @param findings what the engine found on the way
   * @param problem why no page could be made, or {@code null}
   */
  public ReportResult {
    findings = List.copyOf(findings);
  }

  /**
   * Whether the page could be made.
   *
   * @return true when there is no {@link #problem}
   */
  public boolean ok() {
    return problem == null;
  }
}
