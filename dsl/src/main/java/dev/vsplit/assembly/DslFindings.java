package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;

/** Findings about the specs themselves, reported where they were written. */
public final class DslFindings {

  /** A team's match outside its scope, or inside a part of it another team owns. */
  public static final String OUTSIDE_SCOPE = "VS201";
  /** Two delegations of one primary with exactly the same scope. */
  public static final String TIED_DELEGATIONS = "VS202";
  /** Two delegations that overlap without one containing the other: their order decides, and vsplit will not guess it. */
  public static final String AMBIGUOUS_ORDER = "VS203";
  /** A secondary with no TeamSpec and neither a default backend nor fail-closed. */
  public static final String NO_SKELETON = "VS204";
  /** A TeamSpec for a secondary no primary delegates to, or two TeamSpecs for one secondary. */
  public static final String TEAM_SPEC_MISMATCH = "VS205";
  /** A name or namespace Kubernetes refuses (it would also become a file name). */
  public static final String INVALID_NAME = "VS206";
  /** A spec class that threw. */
  public static final String SPEC_FAILED = "VS207";
  /** A route with no destination, redirect or direct response. */
  public static final String ROUTE_WITHOUT_ACTION = "VS208";
  /** A declaration that cannot be generated as written: a primary without hosts, a delegation without a secondary. */
  public static final String INCOMPLETE = "VS209";

  private DslFindings() {}

  public static Finding error(String code, String resource, String path, String team, String message, String hint, Location at) {
    return new Finding(code, Severity.ERROR, resource, path, team, message, hint, at);
  }
}
