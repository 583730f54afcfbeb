package dev.vsplit.routing;

import java.util.List;
import java.util.Objects;

/**
 * The parts of Istio's mesh configuration that change how delegation behaves.
 *
 * @param domainSuffix the cluster's DNS suffix, {@code cluster.local} by default; short host names
 *     resolve to {@code <name>.<namespace>.svc.<domainSuffix>}
 * @param defaultExportTo {@code meshConfig.defaultVirtualServiceExportTo}; {@code ["*"]} when unset
 */
public record MeshOptions(String domainSuffix, List<String> defaultExportTo) {

  public static final MeshOptions DEFAULTS = new MeshOptions("cluster.local", List.of("*"));

  public MeshOptions {
    Objects.requireNonNull(domainSuffix, "domainSuffix");
    defaultExportTo =
        defaultExportTo == null || defaultExportTo.isEmpty()
            ? List.of("*")
            : List.copyOf(defaultExportTo);
  }
}
