package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A primary VirtualService as a mesh spec declared it, its delegations and the administrators' own
 * routes in the order written; {@code spec} is the MeshSpec's class name.
 *
 * @param routes the routes the primary answers itself, each with the number of delegations written
 *     before it (their written order among the delegations)
 */
record DeclaredPrimary(
    String spec,
    String name,
    String namespace,
    Location site,
    String apiVersion,
    List<String> hosts,
    List<String> gateways,
    List<String> exportTo,
    Map<String, String> labels,
    boolean keepDeclaredOrder,
    List<DeclaredDelegation> delegations,
    List<DeclaredRoute> routes) {

  DeclaredPrimary {
    hosts = List.copyOf(hosts);
    gateways = List.copyOf(gateways);
    exportTo = List.copyOf(exportTo);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    delegations = List.copyOf(delegations);
    routes = List.copyOf(routes);
  }

  /** {@code namespace/name}. */
  String ref() {
    return namespace + "/" + name;
  }
}
