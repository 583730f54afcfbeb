package dev.vsplit.model;

import java.util.Map;

/** Kubernetes object metadata: the part of it vsplit reads and writes. */
public record ObjectMeta(
    String name,
    String namespace,
    Map<String, String> labels,
    Map<String, String> annotations,
    Map<String, Object> extra) {

  public ObjectMeta {
    labels = Copies.map(labels);
    annotations = Copies.map(annotations);
    extra = Copies.extra(extra);
  }

  public static ObjectMeta of(String name, String namespace) {
    return new ObjectMeta(name, namespace, Map.of(), Map.of(), Map.of());
  }

  public ObjectMeta withNamespace(String namespace) {
    return new ObjectMeta(name, namespace, labels, annotations, extra);
  }

  public ObjectMeta withLabels(Map<String, String> labels) {
    return new ObjectMeta(name, namespace, labels, annotations, extra);
  }

  public ObjectMeta withAnnotations(Map<String, String> annotations) {
    return new ObjectMeta(name, namespace, labels, annotations, extra);
  }
}
