package dev.vsplit.routing;

import dev.vsplit.model.HTTPRoute;

/** A route as Envoy gets it (merged, inherited, resolved), with where it came from. */
public record EffectiveRoute(HTTPRoute route, RouteOrigin origin) {}
