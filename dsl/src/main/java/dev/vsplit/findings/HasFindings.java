package dev.vsplit.findings;

import java.util.List;

/** A result that carries findings: which of them are errors, and whether there are any. */
public interface HasFindings {

  /**
   * The findings, in the order they were reported.
   *
   * @return the findings
   */
  List<Finding> findings();

  /**
   * Whether any finding is an error.
   *
   * @return true on an error
   */
  default boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The findings that are errors.
   *
   * @return the errors, in order
   */
  default List<Finding> errors() {
    return findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }
}
