/**
 * What Istio and Envoy do with the admitted VirtualServices: {@link dev.vsplit.routing.Merger}
 * merges delegates into effective routes as pilot does ({@link dev.vsplit.routing.MergeResult},
 * {@link dev.vsplit.routing.EffectiveVirtualService}, and the {@link
 * dev.vsplit.routing.MergeEvent}s Istio drops silently); {@link dev.vsplit.routing.Coverage},
 * {@link dev.vsplit.routing.Overlap} and {@link dev.vsplit.routing.MatchConflicts} compare matches;
 * {@link dev.vsplit.routing.Shadowing} finds routes that can never match; {@link
 * dev.vsplit.routing.Simulator} routes one {@link dev.vsplit.routing.Request} ({@link
 * dev.vsplit.routing.Decision}); {@link dev.vsplit.routing.RouteTable} and {@link
 * dev.vsplit.routing.Plan} are what {@code explain} and {@code plan} print. May depend on {@code
 * dev.vsplit.model}, {@code base}, {@code findings} and {@code yaml} (effective-routes documents
 * are read and written there).
 */
package dev.vsplit.routing;
