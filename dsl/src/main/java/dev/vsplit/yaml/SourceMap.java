package dev.vsplit.yaml;

import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;

/** Finds the line of a field path such as {@code spec.http[1].match[0].uri} in the document it came from. */
public final class SourceMap {

  private final Node root;
  private final CompactTree compact;
  private final Location fallback;
  private final java.util.Map<String, Location> known;

  /** A map of a parsed document, kept in compact form ({@link CompactTree}) rather than as its node tree. */
  SourceMap(Node root, Location fallback) {
    this.compact = root == null ? null : CompactTree.of(root);
    this.root = compact == null ? root : null;
    this.fallback = fallback;
    this.known = java.util.Map.of();
  }

  private SourceMap(java.util.Map<String, Location> known, Location fallback) {
    this.root = null;
    this.compact = null;
    this.fallback = fallback;
    this.known = java.util.Map.copyOf(known);
  }

  /**
   * A map for resources built in code: each path is located at the longest of the given paths it
   * starts with (so {@code spec.http[0].match[1].uri} finds the call that wrote {@code
   * spec.http[0].match[1]}), else at {@code fallback}.
   */
  public static SourceMap of(java.util.Map<String, Location> paths, Location fallback) {
    return new SourceMap(paths, fallback);
  }

  /** A map for resources that were not read from YAML (built in code): every path maps to {@code at}. */
  public static SourceMap none(Location at) {
    return new SourceMap((Node) null, at);
  }

  /** Where the field was written; for a path that does not exist, the nearest enclosing field. */
  public Location locate(String path) {
    if (path != null && !known.isEmpty()) {
      String p = path;
      while (true) {
        Location at = known.get(p);
        if (at != null) {
          return at;
        }
        int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        if (cut <= 0) {
          return fallback;
        }
        p = p.substring(0, cut);
      }
    }
    if (path != null && compact != null) {
      return compact.locate(path);
    }
    if (root == null || path == null) {
      return fallback;
    }
    return locateInTree(root, path);
  }

  /** Walks the node tree along the path: the key or item of the deepest field that exists. */
  static Location locateInTree(Node root, String path) {
    Node node = root;
    Location best = root.location();
    int i = 0;
    int n = path.length();
    while (i < n && node != null) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      if (c == '[') {
        int close;
        if (i + 1 < n && path.charAt(i + 1) == '"') {
          StringBuilder key = new StringBuilder();
          int j = i + 2;
          while (j < n && path.charAt(j) != '"') {
            if (path.charAt(j) == '\\' && j + 1 < n) {
              j++;
            }
            key.append(path.charAt(j++));
          }
          close = path.indexOf(']', j);
          if (!(node instanceof MapNode map)) {
            break;
          }
          Location keyAt = map.keyLocations().get(key.toString());
          node = map.entries().get(key.toString());
          if (keyAt != null) {
            best = keyAt;
          }
        } else {
          close = path.indexOf(']', i);
          if (close < 0 || !(node instanceof ListNode list)) {
            break;
          }
          int index;
          try {
            index = Integer.parseInt(path.substring(i + 1, close));
          } catch (NumberFormatException e) {
            break;
          }
          node = index >= 0 && index < list.items().size() ? list.items().get(index) : null;
          if (node != null) {
            best = node.location();
          }
        }
        if (close < 0) {
          break;
        }
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
        end++;
      }
      String key = path.substring(i, end);
      if (!(node instanceof MapNode map)) {
        break;
      }
      Location keyAt = map.keyLocations().get(key);
      node = map.entries().get(key);
      if (keyAt != null) {
        best = keyAt;
      }
      i = end;
    }
    return best;
  }
}
