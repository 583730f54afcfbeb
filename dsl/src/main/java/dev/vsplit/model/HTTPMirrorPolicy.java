package dev.vsplit.model;

import java.util.Map;

/** One entry of {@code mirrors}: a destination that receives a copy of a share of the traffic. */
public record HTTPMirrorPolicy(
    Destination destination, Percent percentage, Map<String, Object> extra) {
  public HTTPMirrorPolicy {
    extra = Copies.extra(extra);
  }
}
