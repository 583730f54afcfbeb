package dev.vsplit.model;

import java.util.List;
import java.util.Map;

/** One listener of a Gateway. */
public record Server(
    Port port,
    String bind,
    List<String> hosts,
    ServerTLSSettings tls,
    String defaultEndpoint,
    String name,
    Map<String, Object> extra) {
  public Server {
    hosts = Copies.list(hosts);
    extra = Copies.extra(extra);
  }
}
