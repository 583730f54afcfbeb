package dev.vsplit.api;

import dev.vsplit.findings.Finding;
import dev.vsplit.routing.Decision;
import dev.vsplit.routing.RouteTable;
import java.util.List;

/**
 * The outcome of {@link Vsplit#explain}.
 *
 * @param source what the routes were taken from
 * @param table the effective route table of each primary; {@code null} when the routes could not be
 *     built ({@link #problem()} says why)
 * @param decision which route the request takes and why; {@code null} when no request, or several,
 *     were asked about, or on a problem
 * @param findings what the engine found on the way (for YAML: every rule's findings; for specs: the
 *     specs' findings)
 * @param problem why nothing could be explained (no specs, errors in them, nothing readable);
 *     {@code null} when all went well
 * @param decisions the way of each request asked about, in the order asked; empty for the route
 *     table
 */
public record ExplainResult(
    String source,
    RouteTable table,
    Decision decision,
    List<Finding> findings,
    String problem,
    List<Decision> decisions) {
  /**
   * Copies the findings.
   *
   * @param source what the routes were taken from
   * @param table the route tables, or {@code null}
   * @param decision the request's way, or {@code null}
   * @param findings what the engine found on the way
   * @param problem why nothing could be explained, or {@code null}
   * @param decisions the way of each request, in the order asked
   */
  public ExplainResult {
    findings = List.copyOf(findings);
    decisions = List.copyOf(decisions);
  }

  /**
   * The result of one request, or of the route table.
   *
   * @param source what the routes were taken from
   * @param table the route tables, or {@code null}
   * @param decision the request's way, or {@code null}
   * @param findings what the engine found on the way
   * @param problem why nothing could be explained, or {@code null}
   */
  public ExplainResult(
      String source, RouteTable table, Decision decision, List<Finding> findings, String problem) {
    this(
        source,
        table,
        decision,
        findings,
        problem,
        decision == null ? List.of() : List.of(decision));
  }

  /**
   * Whether the routes could be built (and the request, if any, explained).
   *
   * @return true when there is no {@link #problem}
   */
  public boolean ok() {
    return problem == null;
  }
}
