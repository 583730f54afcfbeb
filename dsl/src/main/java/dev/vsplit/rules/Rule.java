package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.util.List;

/** One check: the code it reports under (with its severity and summary), and the check itself. */
interface Rule {

  /** The code of its findings, e.g. {@link Code#VS102}. */
  Code code();

  /** The severity of the findings it reports: its code's. */
  default Severity severity() {
    return code().severity();
  }

  /** What it detects, in one line: its code's summary. */
  default String summary() {
    return code().summary();
  }

  /** Its name, whose unit test class is {@code name() + "Test"}: its class's simple name. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** Adds a finding for every case it detects. */
  void check(Context context, List<Finding> out);
}
