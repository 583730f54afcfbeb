package dev.vsplit.findings;

import java.util.Locale;

/**
 * How bad a finding is. The engine never fails a build; its callers decide what each severity does.
 */
public enum Severity {
  /** Istio refuses, drops or misroutes something. */
  ERROR,
  /** Probably a mistake, or behaviour that depends on details Istio does not document. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO;

  /** {@code error}, {@code warning} or {@code info}: the word reports and JSON use. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
