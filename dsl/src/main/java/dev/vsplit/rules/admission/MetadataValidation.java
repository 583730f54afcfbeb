package dev.vsplit.rules.admission;

import dev.vsplit.model.IstioResource;
import java.util.Map;

/**
 * Istio's {@code validateMetadata}, which wraps every validation function: annotations that make
 * the webhook refuse an object before its spec is looked at.
 */
final class MetadataValidation {
  private MetadataValidation() {}

  static final String DRY_RUN = "istio.io/dry-run";
  static final String ALWAYS_REJECT = "internal.istio.io/webhook-always-reject";
  static final String INTERNAL_PARENT_NAMES = "internal.istio.io/parents";

  /**
   * Adds the one error the annotations cause, if any.
   *
   * @return whether the object is refused on its annotations alone (then Istio checks nothing else)
   */
  static boolean refused(IstioResource resource, Messages out) {
    Map<String, String> annotations = resource.metadata().annotations();
    At path = At.of("metadata.annotations");
    if (annotations.containsKey(DRY_RUN)) {
      // Only an AuthorizationPolicy may carry it; vsplit validates VirtualServices and Gateways.
      String namespace = resource.namespace() == null ? "" : resource.namespace();
      String name = resource.name() == null ? "" : resource.name();
      out.deny(
          path.key(DRY_RUN),
          namespace
              + "/"
              + name
              + " has unsupported annotation "
              + DRY_RUN
              + ", please remove the annotation");
      return true;
    }
    if (annotations.containsKey(ALWAYS_REJECT)) {
      out.deny(
          path.key(ALWAYS_REJECT), GoText.quote(ALWAYS_REJECT) + " annotation found, rejecting");
      return true;
    }
    if (annotations.containsKey(INTERNAL_PARENT_NAMES)) {
      out.deny(
          path.key(INTERNAL_PARENT_NAMES),
          GoText.quote(INTERNAL_PARENT_NAMES) + " annotation found, this may not be set by users");
      return true;
    }
    return false;
  }
}
