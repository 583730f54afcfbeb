package dev.vsplit.model;

import java.util.Map;
import java.util.Objects;

/** An Istio {@code Gateway}: which proxies listen on which ports for which hosts. */
public record Gateway(
    String apiVersion, ObjectMeta metadata, GatewaySpec spec, Map<String, Object> extra)
    implements IstioResource {

  public static final String KIND = "Gateway";
  public static final String DEFAULT_API_VERSION = GROUP + "/v1beta1";

  public Gateway {
    apiVersion = apiVersion == null ? DEFAULT_API_VERSION : apiVersion;
    Objects.requireNonNull(metadata, "metadata");
    spec = spec == null ? GatewaySpec.EMPTY : spec;
    extra = Copies.extra(extra);
  }

  public Gateway(ObjectMeta metadata, GatewaySpec spec) {
    this(DEFAULT_API_VERSION, metadata, spec, Map.of());
  }

  @Override
  public String kind() {
    return KIND;
  }

  public Gateway withMetadata(ObjectMeta metadata) {
    return new Gateway(apiVersion, metadata, spec, extra);
  }
}
