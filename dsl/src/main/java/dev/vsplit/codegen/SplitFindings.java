package dev.vsplit.codegen;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;

/**
 * The findings of split and scaffold: why a route or a file cannot be generated. Their summaries
 * are in {@link Code}.
 */
final class SplitFindings {

  static final Code URI_NOT_DELEGABLE = Code.VS301;
  static final Code NO_SINGLE_OWNER = Code.VS302;
  static final Code ORDER_CHANGED = Code.VS303;
  static final Code NOT_EXPRESSIBLE = Code.VS304;
  static final Code BAD_OWNERSHIP = Code.VS305;
  static final Code NOT_A_MONOLITH = Code.VS306;
  static final Code FILE_EXISTS = Code.VS307;
  static final Code NOT_EQUIVALENT = Code.VS308;
  static final Code EMPTY_DELEGATION = Code.VS309;
  static final Code CANNOT_SCAFFOLD = Code.VS310;

  private SplitFindings() {}

  static Finding error(Code code, String resource, String path, String team, String message, String hint, Location at) {
    return new Finding(code, Severity.ERROR, resource, path, team, message, hint, at);
  }

  static Finding warning(Code code, String resource, String path, String team, String message, String hint, Location at) {
    return new Finding(code, Severity.WARNING, resource, path, team, message, hint, at);
  }
}
