/**
 * Java code vsplit writes for its users, with JavaPoet: {@link dev.vsplit.codegen.Splitter} ({@code
 * vsplit:split}) turns a monolithic VirtualService and an ownership map ({@link
 * dev.vsplit.codegen.OwnershipMap}) into a MeshSpec and one TeamSpec per secondary, compiles and
 * runs them in memory and proves that they route as the monolith did before it writes a file;
 * {@link dev.vsplit.codegen.Scaffolder} ({@code vsplit:scaffold}) writes a first TeamSpec for every
 * secondary that has none. Reports VS3xx findings. May depend on {@code assembly}, the DSL and
 * every package below them; never on {@code api}, which calls it.
 */
package dev.vsplit.codegen;
