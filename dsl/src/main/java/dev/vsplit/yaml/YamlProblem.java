package dev.vsplit.yaml;

import dev.vsplit.base.Location;

/**
 * Input that vsplit cannot read as a manifest: a YAML syntax error, a value of the wrong type, a
 * limit exceeded. {@code path} is the field inside the document ({@code
 * spec.http[0].match[0].port}), empty when the problem is not inside a field. {@code limit}: the
 * name of the read limit the input breaks ({@code maxDepth}, ...), {@code null} when the input
 * breaks YAML or Kubernetes' rules.
 */
public record YamlProblem(Location location, String path, String message, String limit) {

  /** A problem with the input itself: Kubernetes would not read it either. */
  public YamlProblem(Location location, String path, String message) {
    this(location, path, message, null);
  }

  /**
   * Input that breaks one of vsplit's own read limits ({@link ReadLimits}): it may be valid YAML
   * that Kubernetes accepts, and the limit can be raised.
   */
  static YamlProblem overLimit(Location location, String path, String message, String limit) {
    return new YamlProblem(location, path, message, limit);
  }

  @Override
  public String toString() {
    return location + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + message;
  }
}
