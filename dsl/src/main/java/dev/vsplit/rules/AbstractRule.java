package dev.vsplit.rules;

import dev.vsplit.findings.Severity;

/** Code, severity and summary of a rule, so each rule class holds only its check. */
abstract class AbstractRule implements Rule {

  private final String code;
  private final Severity severity;
  private final String summary;

  AbstractRule(String code, Severity severity, String summary) {
    this.code = code;
    this.severity = severity;
    this.summary = summary;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String summary() {
    return summary;
  }

  static String routePath(int index) {
    return "spec.http[" + index + "]";
  }
}
