package dev.vsplit;

import dev.vsplit.rules.Finding;
import dev.vsplit.rules.Severity;
import dev.vsplit.yaml.Location;

/** Findings about the specs themselves, reported where they were written. */
final class DslFindings {

  /** A team's match outside its scope, or inside a part of it another team owns. */
  static final String OUTSIDE_SCOPE = "VS201";
  /** Two delegations of one primary with exactly the same scope. */
  static final String TIED_DELEGATIONS = "VS202";
  /** Two delegations that overlap without one containing the other: their order decides, and vsplit will not guess it. */
  static final String AMBIGUOUS_ORDER = "VS203";
  /** A secondary with no TeamSpec and neither a default backend nor fail-closed. */
  static final String NO_SKELETON = "VS204";
  /** A TeamSpec for a secondary no primary delegates to, or two TeamSpecs for one secondary. */
  static final String TEAM_SPEC_MISMATCH = "VS205";
  /** A name or namespace Kubernetes refuses (it would also become a file name). */
  static final String INVALID_NAME = "VS206";
  /** A spec class that threw. */
  static final String SPEC_FAILED = "VS207";
  /** A route with no destination, redirect or direct response. */
  static final String ROUTE_WITHOUT_ACTION = "VS208";
  /** A declaration that cannot be generated as written: a primary without hosts, a delegation without a secondary. */
  static final String INCOMPLETE = "VS209";

  private DslFindings() {}

  static Finding error(String code, String resource, String path, String team, String message, String hint, Location at) {
    return new Finding(code, Severity.ERROR, resource, path, team, message, hint, at);
  }
}
