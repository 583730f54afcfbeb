package dev.vsplit.assembly;

import dev.vsplit.Route;
import dev.vsplit.Routes;
import dev.vsplit.Scope;
import dev.vsplit.base.CallSite;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Routes} a {@link dev.vsplit.TeamSpec} writes into: records each route in the order
 * written.
 */
final class RecordingRoutes implements Routes {

  private final Scope scope;
  private final List<RecordingRoute> routes = new ArrayList<>();
  private final Canonical canonical = new Canonical();

  RecordingRoutes(Scope scope) {
    this.scope = scope;
  }

  @Override
  public Route route() {
    return add(new RecordingRoute(null, CallSite.capture()));
  }

  @Override
  public Route route(String name) {
    return add(new RecordingRoute(name, CallSite.capture()));
  }

  @Override
  public Scope scope() {
    return scope;
  }

  /**
   * The routes written so far, as values: later calls on this object or its routes do not change
   * them.
   */
  List<WrittenRoute> written() {
    return routes.stream().map(r -> r.written(canonical)).toList();
  }

  private Route add(RecordingRoute route) {
    routes.add(route);
    return route;
  }
}
