package dev.vsplit.rules;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.util.List;

/** One check: a stable code, a severity, a one-line summary, and the check itself. */
interface Rule {

  /** Stable identifier, e.g. {@code VS102}. */
  String code();

  /** The severity of the findings it reports. */
  Severity severity();

  /** What it detects, in one line, for the README's rule table and {@code vsplit:help}. */
  String summary();

  /** Adds a finding for every case it detects. */
  void check(Context context, List<Finding> out);
}
