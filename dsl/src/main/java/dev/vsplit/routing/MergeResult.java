package dev.vsplit.routing;

import java.util.List;

/** The effective VirtualServices and what was silently dropped on the way. */
public record MergeResult(List<EffectiveVirtualService> effective, List<MergeEvent> events) {
  public MergeResult {
    effective = List.copyOf(effective);
    events = List.copyOf(events);
  }
}
