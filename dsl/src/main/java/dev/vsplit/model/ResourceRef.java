package dev.vsplit.model;

/** Kind, namespace and name: what identifies a resource in a cluster. */
public record ResourceRef(String kind, String namespace, String name)
    implements Comparable<ResourceRef> {

  /** {@code namespace/name}, the form findings and Istio's logs use. */
  @Override
  public String toString() {
    return namespace + "/" + name;
  }

  @Override
  public int compareTo(ResourceRef o) {
    int c = nullSafe(namespace).compareTo(nullSafe(o.namespace));
    if (c == 0) {
      c = nullSafe(name).compareTo(nullSafe(o.name));
    }
    if (c == 0) {
      c = nullSafe(kind).compareTo(nullSafe(o.kind));
    }
    return c;
  }

  private static String nullSafe(String s) {
    return s == null ? "" : s;
  }
}
