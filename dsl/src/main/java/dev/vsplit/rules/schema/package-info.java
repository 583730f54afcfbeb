/**
 * Istio's CustomResourceDefinition schemas (bundled as resources) and the Kubernetes API server's
 * check against them, which comes before the webhook: {@link dev.vsplit.rules.schema.CrdSchemas}
 * validates a resource (types, enums, required fields, {@code oneOf} groups, CEL rules) and lists
 * the fields the schema does not declare, each a {@link dev.vsplit.rules.schema.SchemaProblem}. May
 * depend on {@code dev.vsplit.model}, {@code base}, {@code findings}, {@code yaml}, {@code routing}
 * and {@code rules.admission}.
 */
package dev.vsplit.rules.schema;
