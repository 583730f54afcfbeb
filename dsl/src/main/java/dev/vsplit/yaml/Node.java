package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers where it was written. Internal to reading. */
sealed interface Node {

  Location location();

  /** A mapping; keys in the order written. */
  record MapNode(Map<String, Node> entries, Map<String, Location> keyLocations, Location location)
      implements Node {
    MapNode(Location location) {
      this(new SmallMap<>(), new SmallMap<>(), location);
    }
  }

  /** A sequence. */
  record ListNode(List<Node> items, Location location) implements Node {}

  /**
   * A scalar: {@code String}, {@code Boolean}, an integral {@code Number} ({@code Integer}, {@code
   * Long}, {@code BigInteger}), a {@code Double}/{@code BigDecimal}, or {@code null}.
   */
  record ScalarNode(Object value, Location location) implements Node {}

  /** What a value is, in the words an error message uses. */
  static String describe(Node node) {
    if (node instanceof MapNode) {
      return "a map";
    }
    if (node instanceof ListNode) {
      return "a list";
    }
    Object v = ((ScalarNode) node).value();
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return "the string \"" + abbreviate(s) + "\"";
    }
    if (v instanceof Boolean b) {
      return "the boolean " + b;
    }
    return "the number " + v;
  }

  static String abbreviate(String s) {
    String oneLine = s.replace("\n", "\\n").replace("\t", "\\t");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
