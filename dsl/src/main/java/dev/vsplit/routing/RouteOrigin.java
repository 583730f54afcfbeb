package dev.vsplit.routing;

import dev.vsplit.model.ResourceRef;

/**
 * Where an effective route came from.
 *
 * @param root the VirtualService with hosts whose route list holds it
 * @param rootIndex its position in the root's {@code spec.http}
 * @param delegate the secondary it was merged from, {@code null} for a route written in the root
 * @param delegateIndex its position in the secondary's {@code spec.http}, {@code -1} if none
 */
public record RouteOrigin(
    ResourceRef root, int rootIndex, ResourceRef delegate, int delegateIndex) {

  public boolean isDelegated() {
    return delegate != null;
  }

  /** The resource and path where the route was written, e.g. {@code ns1/vs-1 spec.http[0]}. */
  public String writtenAt() {
    return delegate != null
        ? delegate + " spec.http[" + delegateIndex + "]"
        : root + " spec.http[" + rootIndex + "]";
  }
}
