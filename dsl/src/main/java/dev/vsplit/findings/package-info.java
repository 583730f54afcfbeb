/**
 * What the engine reports: a {@link dev.vsplit.findings.Finding} is a value (code, severity,
 * resource, field path, team, message, hint, source location), never an exception, and its {@link
 * dev.vsplit.findings.Severity} says how bad it is; the callers decide what each severity does to a
 * build. {@link dev.vsplit.findings.Code} is the one registry of finding codes, VS0xx to VS3xx:
 * each code's severity, one-line summary and anchor in the README's rule table; no other class
 * spells a code. A message states its fix in neutral terms as a {@link dev.vsplit.findings.Fix}
 * (regenerate, allow a partial split), and the front end words it through its {@link
 * dev.vsplit.findings.Wording} (the Maven plugin as a Maven command or setting). The rules, the
 * DSL's assembly, codegen and the API all report through these types. May depend only on {@code
 * dev.vsplit.model} and {@code dev.vsplit.base}.
 */
package dev.vsplit.findings;
