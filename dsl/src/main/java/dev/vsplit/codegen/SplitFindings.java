package dev.vsplit.codegen;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;

/** The findings of {@code vsplit:split} and {@code vsplit:scaffold}: why a route or a file cannot be generated. */
final class SplitFindings {

  /** A URI match Istio never merges under a primary's prefix: a regex, or ignoreUriCase. */
  static final String URI_NOT_DELEGABLE = "VS301";
  /** A match that no single delegation holds: it spans several teams' paths, or none. */
  static final String NO_SINGLE_OWNER = "VS302";
  /** A route the primary's most-specific-first order would move before an earlier route that shares requests with it. */
  static final String ORDER_CHANGED = "VS303";
  /** A route field the DSL cannot write exactly. */
  static final String NOT_EXPRESSIBLE = "VS304";
  /** An ownership map that cannot be used: a bad name, a duplicate or overlapping path, an unknown primary. */
  static final String BAD_OWNERSHIP = "VS305";
  /** Input that is not a monolith to split: no hosts, tcp/tls routes, delegation already, errors of its own. */
  static final String NOT_A_MONOLITH = "VS306";
  /** A source file that exists already: split and scaffold never overwrite. */
  static final String FILE_EXISTS = "VS307";
  /** The generated specs do not route exactly as the monolith does (or do not compile or load). */
  static final String NOT_EQUIVALENT = "VS308";
  /** A delegation that receives no route of the monolith: it is left out. */
  static final String EMPTY_DELEGATION = "VS309";
  /** A secondary the scaffold cannot write a TeamSpec for. */
  static final String CANNOT_SCAFFOLD = "VS310";

  private SplitFindings() {}

  static Finding error(String code, String resource, String path, String team, String message, String hint, Location at) {
    return new Finding(code, Severity.ERROR, resource, path, team, message, hint, at);
  }

  static Finding warning(String code, String resource, String path, String team, String message, String hint, Location at) {
    return new Finding(code, Severity.WARNING, resource, path, team, message, hint, at);
  }
}
