package dev.vsplit.assembly;

import java.util.List;

/** What one MeshSpec declared; {@code spec} is its class name. */
record DeclaredMesh(
    String spec,
    List<DeclaredGateway> gateways,
    List<DeclaredPrimary> primaries,
    List<String> owners) {

  DeclaredMesh {
    gateways = List.copyOf(gateways);
    primaries = List.copyOf(primaries);
    owners = List.copyOf(owners);
  }
}
