/**
 * Routing assertions for users' tests, in any test framework: {@link dev.vsplit.testing.MeshRoutes}
 * takes the effective routes of specs or YAML and checks where a request goes ({@link
 * dev.vsplit.testing.RequestAssert}, {@link dev.vsplit.testing.RouteAssert}); a failed check is an
 * {@link AssertionError} with the whole explanation. The top layer: may depend on every package of
 * vsplit-dsl, and none depends on it.
 */
package dev.vsplit.testing;
