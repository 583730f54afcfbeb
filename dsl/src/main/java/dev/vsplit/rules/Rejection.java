package dev.vsplit.rules;

import dev.vsplit.base.Location;
import dev.vsplit.model.ResourceRef;
import java.util.List;

/**
 * A resource Istio's admission webhook refuses: it is never stored, so it takes no part in the
 * effective routes.
 *
 * @param resource the refused resource
 * @param reasons Istio's error texts
 * @param location where it was written
 */
public record Rejection(ResourceRef resource, List<String> reasons, Location location) {
  public Rejection {
    reasons = List.copyOf(reasons);
  }
}
