package dev.vsplit.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Istio {@code VirtualService}. A VirtualService with no hosts is a delegate (a secondary); one
 * with hosts and at least one {@code delegate} route is a root (a primary).
 */
public record VirtualService(
    String apiVersion, ObjectMeta metadata, VirtualServiceSpec spec, Map<String, Object> extra)
    implements IstioResource {

  public static final String KIND = "VirtualService";
  public static final String DEFAULT_API_VERSION = GROUP + "/v1beta1";

  public VirtualService {
    apiVersion = apiVersion == null ? DEFAULT_API_VERSION : apiVersion;
    Objects.requireNonNull(metadata, "metadata");
    spec = spec == null ? VirtualServiceSpec.EMPTY : spec;
    extra = Copies.extra(extra);
  }

  public VirtualService(ObjectMeta metadata, VirtualServiceSpec spec) {
    this(DEFAULT_API_VERSION, metadata, spec, Map.of());
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** No hosts: Istio treats it as a delegate, whatever else it contains. */
  public boolean isDelegate() {
    return spec.hosts().isEmpty();
  }

  /** Has hosts and at least one route with {@code delegate} (Istio's {@code isRootVs}). */
  public boolean isRoot() {
    return !spec.hosts().isEmpty() && spec.http().stream().anyMatch(r -> r.delegate() != null);
  }

  public VirtualService withSpec(VirtualServiceSpec spec) {
    return new VirtualService(apiVersion, metadata, spec, extra);
  }

  public VirtualService withMetadata(ObjectMeta metadata) {
    return new VirtualService(apiVersion, metadata, spec, extra);
  }

  public VirtualService withHttp(List<HTTPRoute> http) {
    return withSpec(spec.withHttp(http));
  }
}
