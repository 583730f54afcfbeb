/**
 * What the engine reports: a {@link dev.vsplit.findings.Finding} is a value (code, severity,
 * resource, field path, team, message, hint, source location), never an exception, and its {@link
 * dev.vsplit.findings.Severity} says how bad it is; the callers decide what each severity does to a
 * build. The rules, the DSL's assembly, codegen and the API all report through these types. May
 * depend only on {@code dev.vsplit.model} and {@code dev.vsplit.base}.
 */
package dev.vsplit.findings;
