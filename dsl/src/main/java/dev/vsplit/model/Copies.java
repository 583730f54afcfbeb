package dev.vsplit.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Immutable, order-keeping copies for the records' compact constructors. */
final class Copies {
  private Copies() {}

  static <T> List<T> list(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    // List.copyOf rejects null elements, which is what we want: a null route or match is a bug.
    return List.copyOf(list);
  }

  /**
   * Keeps insertion order (Map.copyOf does not), rejects null keys and values. One entry has one
   * order, so it is {@link Map#of(Object, Object)} (24 bytes, where an unmodifiable linked hash map
   * of one entry takes some 150): most maps in a mesh (a match's headers) hold one, and a generated
   * mesh keeps 100,000 of them at N = 10,000.
   */
  static <V> Map<String, V> map(Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    if (map.size() == 1) {
      Map.Entry<String, V> only = map.entrySet().iterator().next();
      String k = Objects.requireNonNull(only.getKey(), "map key");
      return Map.of(k, Objects.requireNonNull(only.getValue(), () -> "value of " + k));
    }
    LinkedHashMap<String, V> copy = new LinkedHashMap<>(map.size() * 2);
    map.forEach(
        (k, v) ->
            copy.put(
                Objects.requireNonNull(k, "map key"),
                Objects.requireNonNull(v, () -> "value of " + k)));
    return Collections.unmodifiableMap(copy);
  }

  /** Fields vsplit does not model, kept as plain YAML values so a round trip loses nothing. */
  static Map<String, Object> extra(Map<String, Object> extra) {
    if (extra == null || extra.isEmpty()) {
      return Map.of();
    }
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>(extra.size() * 2);
    extra.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "field name"), raw(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** A deep, immutable copy of a plain YAML value: map, list, string, number, boolean or null. */
  static Object raw(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Double
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      LinkedHashMap<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
      map.forEach((k, v) -> copy.put(String.valueOf(k), raw(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      ArrayList<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        copy.add(raw(item));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        "not a plain YAML value: " + value.getClass().getName() + " (" + value + ")");
  }
}
