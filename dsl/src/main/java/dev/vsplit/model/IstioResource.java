package dev.vsplit.model;

import java.util.Map;

/** A top-level Istio networking resource that vsplit models. */
public sealed interface IstioResource permits VirtualService, Gateway {

  String GROUP = "networking.istio.io";

  String apiVersion();

  /** The Kubernetes kind, {@code VirtualService} or {@code Gateway}. */
  String kind();

  ObjectMeta metadata();

  /**
   * Top-level fields other than apiVersion, kind, metadata and spec (for example {@code status}).
   */
  Map<String, Object> extra();

  default String name() {
    return metadata().name();
  }

  default String namespace() {
    return metadata().namespace();
  }

  default ResourceRef ref() {
    return new ResourceRef(kind(), namespace(), name());
  }
}
