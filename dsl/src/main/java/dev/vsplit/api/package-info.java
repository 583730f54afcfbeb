/**
 * The programmatic API, what a front end (the Maven plugin, a program, a test) calls: {@link
 * dev.vsplit.api.Vsplit}, the facade ({@code analyze}, {@code load}, {@code generate}, {@code
 * check}, {@code split}, {@code scaffold}, {@code explain}, {@code plan}), takes a request ({@link
 * dev.vsplit.api.AnalyzeRequest}, {@link dev.vsplit.api.GenerateRequest}, {@link
 * dev.vsplit.api.SplitRequest}, {@link dev.vsplit.api.ScaffoldRequest}, a {@link
 * dev.vsplit.api.RouteSource}) and returns a result ({@link dev.vsplit.api.Analysis}, {@link
 * dev.vsplit.api.Generation}, {@link dev.vsplit.api.GenerateResult}, ...). Knows nothing of Maven:
 * a front end words its own commands. May depend on every package below it; within vsplit-dsl, only
 * {@code dev.vsplit.testing} depends on it.
 */
package dev.vsplit.api;
