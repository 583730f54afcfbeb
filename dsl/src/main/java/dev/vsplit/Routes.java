package dev.vsplit;

import java.util.ArrayList;
import java.util.List;

/**
 * The routes of one team's secondary, in the order Envoy evaluates them; every match must stay
 * inside the team's {@link Scope}. Handed to {@link TeamSpec#define}.
 */
public final class Routes {

  private final Scope scope;
  private final List<Route> routes = new ArrayList<>();

  Routes(Scope scope) {
    this.scope = scope;
  }

  /** A new route, appended after the ones written so far. */
  public Route route() {
    return add(new Route(null, CallSite.capture()));
  }

  /** A new named route (the name shows in Envoy's stats and access logs). */
  public Route route(String name) {
    return add(new Route(name, CallSite.capture()));
  }

  /** What this team may match: its delegations minus what the primary gives to other teams. */
  public Scope scope() {
    return scope;
  }

  private Route add(Route route) {
    routes.add(route);
    return route;
  }

  List<Route> routes() {
    return routes;
  }
}
