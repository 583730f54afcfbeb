package dev.vsplit.yaml;

/**
 * Input that vsplit cannot read as a manifest: a YAML syntax error, a value of the wrong type, a
 * limit exceeded. {@code path} is the field inside the document ({@code spec.http[0].match[0].port}),
 * empty when the problem is not inside a field.
 */
public record YamlProblem(Location location, String path, String message) {

  @Override
  public String toString() {
    return location + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + message;
  }
}
