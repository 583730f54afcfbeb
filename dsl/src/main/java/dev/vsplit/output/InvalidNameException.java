package dev.vsplit.output;

import dev.vsplit.model.ResourceRef;

/**
 * A resource whose name or namespace cannot name its output file: not a valid Kubernetes name, or
 * one that would lead out of the output folder. Carries the offending value, the field, the
 * resource and the rule it breaks.
 */
public final class InvalidNameException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field holding a resource's name. */
  public static final String NAME = "metadata.name";

  /** The field holding a resource's namespace. */
  public static final String NAMESPACE = "metadata.namespace";

  private final String value;
  private final String field;
  private final transient ResourceRef resource;
  private final String problem;
  private final String rule;

  InvalidNameException(
      String value,
      String field,
      ResourceRef resource,
      String problem,
      String rule,
      String message) {
    super(message);
    this.value = value;
    this.field = field;
    this.resource = resource;
    this.problem = problem;
    this.rule = rule;
  }

  /** The name or namespace as given ({@code null} when unset). */
  public String value() {
    return value;
  }

  /** {@link #NAME} or {@link #NAMESPACE}. */
  public String field() {
    return field;
  }

  /** The resource that carries it. */
  public ResourceRef resource() {
    return resource;
  }

  /** What is wrong with the value, e.g. {@code contains '/'}. */
  public String problem() {
    return problem;
  }

  /** The rule it breaks, e.g. {@code a DNS-1123 label: at most 63 characters of ...}. */
  public String rule() {
    return rule;
  }
}
