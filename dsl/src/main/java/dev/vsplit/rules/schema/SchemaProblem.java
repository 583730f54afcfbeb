package dev.vsplit.rules.schema;

/**
 * A way a resource breaks Istio's CRD schema.
 *
 * @param path the field, e.g. {@code spec.http[0].retries.attempts}; empty for the whole resource
 * @param message what is wrong, in the API server's terms
 * @param unknownField whether it is a field the schema does not declare (the API server prunes
 *     those silently rather than refusing the resource)
 */
public record SchemaProblem(String path, String message, boolean unknownField) {}
