package dev.vsplit.api;

import dev.vsplit.findings.Finding;
import dev.vsplit.routing.Plan;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link Vsplit#plan}.
 *
 * @param plan the routes added, removed, re-ordered, re-targeted and changed, per primary and team;
 *     {@code null} on a problem
 * @param findings the specs' findings, when a side is the specs
 * @param problem why no plan could be made (no specs, errors in them, an unreadable file); {@code
 *     null} when all went well
 * @param owners the code owners of each owner of routes ({@code team identity} to {@code
 *     [@acme/identity]}), as the specs declare them; empty when no side is the specs
 */
public record PlanResult(
    Plan plan, List<Finding> findings, String problem, Map<String, List<String>> owners) {
  /**
   * Copies the findings.
   *
   * @param plan the changes, or {@code null}
   * @param findings the specs' findings
   * @param problem why no plan could be made, or {@code null}
   * @param owners the code owners of each owner of routes
   */
  public PlanResult {
    findings = List.copyOf(findings);
    owners = Map.copyOf(owners);
  }

  /**
   * A result without code owners.
   *
   * @param plan the changes, or {@code null}
   * @param findings the specs' findings
   * @param problem why no plan could be made, or {@code null}
   */
  public PlanResult(Plan plan, List<Finding> findings, String problem) {
    this(plan, findings, problem, Map.of());
  }

  /**
   * Whether a plan was made.
   *
   * @return true when there is no {@link #problem}
   */
  public boolean ok() {
    return problem == null;
  }
}
