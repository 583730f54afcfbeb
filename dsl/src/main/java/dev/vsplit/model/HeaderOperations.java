package dev.vsplit.model;

import java.util.List;
import java.util.Map;

/** {@code set} overwrites, {@code add} appends, {@code remove} deletes headers. */
public record HeaderOperations(
    Map<String, String> set,
    Map<String, String> add,
    List<String> remove,
    Map<String, Object> extra) {
  public HeaderOperations {
    set = Copies.map(set);
    add = Copies.map(add);
    remove = Copies.list(remove);
    extra = Copies.extra(extra);
  }

  public static HeaderOperations of(
      Map<String, String> set, Map<String, String> add, List<String> remove) {
    return new HeaderOperations(set, add, remove, Map.of());
  }
}
