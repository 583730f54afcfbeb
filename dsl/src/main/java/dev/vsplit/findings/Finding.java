package dev.vsplit.findings;

import dev.vsplit.base.Location;
import java.util.Objects;

/**
 * One thing the engine found: a value, never an exception.
 *
 * @param code what kind of finding it is, e.g. {@link Code#VS102}: its stable identifier and
 *     summary
 * @param severity how bad it is
 * @param resource {@code namespace/name} of the resource it is about
 * @param path where inside the resource, e.g. {@code spec.http[0].match[1].uri}; empty for the
 *     whole resource
 * @param team the team that owns the resource, when known; {@code null} otherwise
 * @param message what is wrong, with the values involved
 * @param hint how to fix it
 * @param source the file and line it was written at (a YAML line, or the Java line of a DSL call),
 *     when known
 */
public record Finding(
    Code code,
    Severity severity,
    String resource,
    String path,
    String team,
    String message,
    String hint,
    Location source) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    resource = resource == null ? "" : resource;
    path = path == null ? "" : path;
    hint = hint == null ? "" : hint;
  }

  /**
   * An error finding.
   *
   * @param code what kind of finding it is
   * @param resource {@code namespace/name} of the resource it is about
   * @param path where inside the resource
   * @param team the team that owns the resource, or {@code null}
   * @param message what is wrong
   * @param hint how to fix it
   * @param source where it was written, or {@code null}
   * @return the finding
   */
  public static Finding error(
      Code code,
      String resource,
      String path,
      String team,
      String message,
      String hint,
      Location source) {
    return new Finding(code, Severity.ERROR, resource, path, team, message, hint, source);
  }

  /**
   * An error finding about no one resource: a spec class, the input as a whole, a file.
   *
   * @param code what kind of finding it is
   * @param message what is wrong
   * @param hint how to fix it
   * @param source where it was written, or {@code null}
   * @return the finding
   */
  public static Finding error(Code code, String message, String hint, Location source) {
    return error(code, "", "", null, message, hint, source);
  }

  /**
   * A warning finding.
   *
   * @param code what kind of finding it is
   * @param resource {@code namespace/name} of the resource it is about
   * @param path where inside the resource
   * @param team the team that owns the resource, or {@code null}
   * @param message what is wrong
   * @param hint how to fix it
   * @param source where it was written, or {@code null}
   * @return the finding
   */
  public static Finding warning(
      Code code,
      String resource,
      String path,
      String team,
      String message,
      String hint,
      Location source) {
    return new Finding(code, Severity.WARNING, resource, path, team, message, hint, source);
  }

  public Finding withSource(Location source) {
    return new Finding(code, severity, resource, path, team, message, hint, source);
  }

  public Finding withTeam(String team) {
    return new Finding(code, severity, resource, path, team, message, hint, source);
  }

  /**
   * The finding the way a compiler prints a diagnostic: {@code file:line: VS102 ns1/vs-1
   * spec.http[0].match[1].uri: message — hint}.
   */
  public String format() {
    StringBuilder out = new StringBuilder();
    if (source != null) {
      out.append(source).append(": ");
    }
    out.append(code.id());
    if (!resource.isEmpty()) {
      out.append(' ').append(resource);
    }
    if (!path.isEmpty()) {
      out.append(' ').append(path);
    }
    out.append(": ").append(message);
    if (team != null && !team.isEmpty()) {
      out.append(" [team ").append(team).append(']');
    }
    if (!hint.isEmpty()) {
      out.append(" — ").append(hint);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return severity.label() + " " + format();
  }
}
