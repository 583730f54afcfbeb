package dev.vsplit.model;

import java.util.List;
import java.util.Map;

/**
 * {@code spec} of a VirtualService, fields in Istio's documented order. {@code tls} and {@code tcp}
 * routes are kept as plain YAML: vsplit carries them through but does not interpret them.
 */
public record VirtualServiceSpec(
    List<String> hosts,
    List<String> gateways,
    List<HTTPRoute> http,
    List<Object> tls,
    List<Object> tcp,
    List<String> exportTo,
    Map<String, Object> extra) {

  public static final VirtualServiceSpec EMPTY =
      new VirtualServiceSpec(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

  public VirtualServiceSpec {
    hosts = Copies.list(hosts);
    gateways = Copies.list(gateways);
    http = Copies.list(http);
    tls = rawList(tls);
    tcp = rawList(tcp);
    exportTo = Copies.list(exportTo);
    extra = Copies.extra(extra);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> rawList(List<Object> list) {
    return list == null || list.isEmpty() ? List.of() : (List<Object>) Copies.raw(list);
  }

  public VirtualServiceSpec withHosts(List<String> hosts) {
    return new VirtualServiceSpec(hosts, gateways, http, tls, tcp, exportTo, extra);
  }

  public VirtualServiceSpec withGateways(List<String> gateways) {
    return new VirtualServiceSpec(hosts, gateways, http, tls, tcp, exportTo, extra);
  }

  public VirtualServiceSpec withHttp(List<HTTPRoute> http) {
    return new VirtualServiceSpec(hosts, gateways, http, tls, tcp, exportTo, extra);
  }

  public VirtualServiceSpec withExportTo(List<String> exportTo) {
    return new VirtualServiceSpec(hosts, gateways, http, tls, tcp, exportTo, extra);
  }
}
