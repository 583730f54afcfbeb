package dev.vsplit.yaml;

import dev.vsplit.base.Location;

/**
 * A document that is not a VirtualService or Gateway (a DestinationRule, a Deployment...), passed
 * over with a note.
 */
public record SkippedDocument(
    Location location, String apiVersion, String kind, String name, String reason) {

  @Override
  public String toString() {
    return location
        + ": skipped "
        + (kind == null ? "document" : kind)
        + (name == null ? "" : " " + name)
        + ": "
        + reason;
  }
}
