package dev.vsplit.routing;

import dev.vsplit.model.ResourceRef;
import java.util.List;

/**
 * Something Istio does silently while merging delegates: each is a dropped route and a line in
 * pilot's log at most.
 */
public sealed interface MergeEvent {

  /** The primary whose route is affected. */
  ResourceRef root();

  /** The position of the primary's delegate route in its {@code spec.http}. */
  int rootIndex();

  /**
   * The root route's delegate was not found among the VirtualServices without hosts.
   *
   * @param target the secondary that was looked for, namespace defaulted to the root's
   * @param hasHosts the target exists but has hosts, so Istio does not treat it as a delegate
   */
  record DelegateNotFound(ResourceRef root, int rootIndex, ResourceRef target, boolean hasHosts)
      implements MergeEvent {}

  /** The delegate exists but its exportTo does not include the root's namespace. */
  record DelegateNotExported(
      ResourceRef root, int rootIndex, ResourceRef target, List<String> exportTo)
      implements MergeEvent {}

  /**
   * A route of the delegate was dropped because one of its matches fits no match of the root route.
   *
   * @param delegateIndex the dropped route's position in the delegate's {@code spec.http}
   * @param matchIndex the delegate match that fits nowhere (one event per such match: Istio stops
   *     at the first, we report all)
   * @param conflicts for each match of the root route, why it does not fit
   */
  record RouteDropped(
      ResourceRef root,
      int rootIndex,
      ResourceRef delegate,
      int delegateIndex,
      int matchIndex,
      List<Conflict> conflicts)
      implements MergeEvent {}
}
