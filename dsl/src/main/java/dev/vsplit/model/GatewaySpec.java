package dev.vsplit.model;

import java.util.List;
import java.util.Map;

/** {@code spec} of a Gateway. */
public record GatewaySpec(
    List<Server> servers, Map<String, String> selector, Map<String, Object> extra) {
  public static final GatewaySpec EMPTY = new GatewaySpec(List.of(), Map.of(), Map.of());

  public GatewaySpec {
    servers = Copies.list(servers);
    selector = Copies.map(selector);
    extra = Copies.extra(extra);
  }
}
