package dev.vsplit.routing;

import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import java.util.List;

/**
 * A VirtualService with hosts as pilot holds it after merging its delegates: its routes in
 * evaluation order.
 *
 * @param source the VirtualService as written, short names resolved
 * @param routes the merged routes, in the order Envoy evaluates them
 */
public record EffectiveVirtualService(VirtualService source, List<EffectiveRoute> routes) {
  public EffectiveVirtualService {
    routes = List.copyOf(routes);
  }

  public String name() {
    return source.name();
  }

  public String namespace() {
    return source.namespace();
  }

  public List<HTTPRoute> http() {
    return routes.stream().map(EffectiveRoute::route).toList();
  }
}
