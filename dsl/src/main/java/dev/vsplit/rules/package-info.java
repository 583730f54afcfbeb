/**
 * The checker: {@link dev.vsplit.rules.Checker} runs every rule over a set of resources and returns
 * a {@link dev.vsplit.rules.Report} (the findings, the resources Istio's webhook refuses, the
 * effective routes); it never decides whether a build fails. One package-private class per rule and
 * code, listed in code order by {@code Rules}, each reading what it needs from a context computed
 * once per check. Istio's admission webhook lives in {@code rules.admission}, its CRD schemas in
 * {@code rules.schema}. May depend on those two and on {@code dev.vsplit.model}, {@code base},
 * {@code findings}, {@code yaml} and {@code routing}.
 */
package dev.vsplit.rules;
