/**
 * The DSL's implementation: {@link dev.vsplit.assembly.Assembler} runs the specs (the {@code
 * Recording*} implementations of {@code Mesh}, {@code Routes} and {@code Route} record what each
 * declares, taken as immutable values), orders each primary's delegations most specific first
 * ({@link dev.vsplit.assembly.DelegationOrder}), computes each team's scope and checks its routes
 * against it, builds skeletons, and emits the resources ({@link
 * dev.vsplit.assembly.GeneratedResource}) with the VS2xx findings ({@link
 * dev.vsplit.assembly.DslFindings}) at the spec's line that caused them. May depend on the DSL
 * ({@code dev.vsplit}) and on every package below it; never on {@code codegen} or {@code api}.
 */
package dev.vsplit.assembly;
