package dev.vsplit.rules;

import dev.vsplit.base.FieldPath;
import dev.vsplit.findings.Code;

/**
 * The code of a rule (its severity and summary come with it), so each rule class holds only its
 * check.
 */
abstract class AbstractRule implements Rule {

  private final Code code;

  AbstractRule(Code code) {
    this.code = code;
  }

  @Override
  public final Code code() {
    return code;
  }

  static String routePath(int index) {
    return FieldPath.httpRoute(index);
  }
}
