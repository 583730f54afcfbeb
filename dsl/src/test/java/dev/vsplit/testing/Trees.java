package dev.vsplit.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** YAML trees compared by meaning: key order ignored, numbers by value, empty values dropped. */
public final class Trees {
  private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

  private Trees() {}

  public static Object parse(String yaml) {
    return normalize(MAPPER.readTree(yaml));
  }

  public static JsonNode tree(String yaml) {
    return MAPPER.readTree(yaml);
  }

  public static String yaml(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /**
   * Plain Java values: sorted maps, lists, strings, BigDecimals, booleans; empty maps/lists and
   * nulls dropped.
   */
  public static Object normalize(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> out = new TreeMap<>();
      for (var e : node.properties()) {
        Object v = normalize(e.getValue());
        if (v != null) {
          out.put(e.getKey(), v);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonNode item : node) {
        Object v = normalize(item);
        out.add(v == null && item.isObject() ? Map.of() : v);
      }
      return out.isEmpty() ? null : out;
    }
    if (node.isNumber()) {
      return new BigDecimal(node.asString()).stripTrailingZeros();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asString();
  }
}
