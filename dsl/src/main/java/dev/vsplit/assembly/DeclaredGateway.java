package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import dev.vsplit.model.Server;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Gateway as a mesh spec declared it; {@code spec} is the MeshSpec's class name. */
record DeclaredGateway(
    String spec,
    String name,
    String namespace,
    Location site,
    String apiVersion,
    Map<String, String> selector,
    List<Server> servers,
    Map<String, String> labels) {

  DeclaredGateway {
    selector = Collections.unmodifiableMap(new LinkedHashMap<>(selector));
    servers = List.copyOf(servers);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }
}
