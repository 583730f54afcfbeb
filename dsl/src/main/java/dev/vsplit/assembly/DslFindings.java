package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;

/** Findings about the specs themselves, reported where they were written. Their summaries are in {@link Code}. */
public final class DslFindings {

  public static final Code OUTSIDE_SCOPE = Code.VS201;
  public static final Code TIED_DELEGATIONS = Code.VS202;
  public static final Code AMBIGUOUS_ORDER = Code.VS203;
  public static final Code NO_SKELETON = Code.VS204;
  public static final Code TEAM_SPEC_MISMATCH = Code.VS205;
  public static final Code INVALID_NAME = Code.VS206;
  public static final Code SPEC_FAILED = Code.VS207;
  public static final Code ROUTE_WITHOUT_ACTION = Code.VS208;
  public static final Code INCOMPLETE = Code.VS209;

  private DslFindings() {}

  public static Finding error(Code code, String resource, String path, String team, String message, String hint, Location at) {
    return new Finding(code, Severity.ERROR, resource, path, team, message, hint, at);
  }
}
