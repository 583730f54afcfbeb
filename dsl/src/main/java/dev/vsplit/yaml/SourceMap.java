package dev.vsplit.yaml;

import dev.vsplit.base.FieldPath;
import dev.vsplit.base.Location;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;

/**
 * Finds the line of a field path such as {@code spec.http[1].match[0].uri} in the document it came
 * from.
 */
public final class SourceMap {

  private final Node root;
  private final CompactTree compact;
  private final Location fallback;

  /** The location of exactly a path, or {@code null}; {@code null} for a parsed document. */
  private final java.util.function.Function<String, Location> known;

  /**
   * A map of a parsed document, kept in compact form ({@link CompactTree}) rather than as its node
   * tree.
   */
  SourceMap(Node root, Location fallback) {
    this.compact = root == null ? null : CompactTree.of(root);
    this.root = compact == null ? root : null;
    this.fallback = fallback;
    this.known = null;
  }

  private SourceMap(java.util.function.Function<String, Location> known, Location fallback) {
    this.root = null;
    this.compact = null;
    this.fallback = fallback;
    this.known = known;
  }

  /**
   * A map for resources built in code: each path is located at the longest of the given paths it
   * starts with (so {@code spec.http[0].match[1].uri} finds the call that wrote {@code
   * spec.http[0].match[1]}), else at {@code fallback}. The given paths are looked up rather than
   * listed: a generated mesh has a route, a match and a field set for each of hundreds of thousands
   * of routes, and only a finding asks for one.
   *
   * @param paths the location of exactly a path, or {@code null} when none was given for it
   * @param fallback where a path none of whose prefixes has a location is
   * @return the map
   */
  public static SourceMap of(
      java.util.function.Function<String, Location> paths, Location fallback) {
    return new SourceMap(paths, fallback);
  }

  /**
   * A map for resources that were not read from YAML (built in code): every path maps to {@code
   * at}.
   */
  public static SourceMap none(Location at) {
    return new SourceMap((Node) null, at);
  }

  /** Where the field was written; for a path that does not exist, the nearest enclosing field. */
  public Location locate(String path) {
    if (path != null && known != null) {
      String p = path;
      while (true) {
        Location at = known.apply(p);
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
    var walk =
        new FieldPath.Steps() {
          Node node = root;
          Location best = root.location();

          @Override
          public boolean key(String key) {
            if (!(node instanceof MapNode map)) {
              return false;
            }
            Location keyAt = map.keyLocations().get(key);
            node = map.entries().get(key);
            if (keyAt != null) {
              best = keyAt;
            }
            return node != null;
          }

          @Override
          public boolean index(int index) {
            if (!(node instanceof ListNode list)) {
              return false;
            }
            node = index >= 0 && index < list.items().size() ? list.items().get(index) : null;
            if (node != null) {
              best = node.location();
            }
            return node != null;
          }
        };
    FieldPath.walk(path, walk);
    return walk.best;
  }
}
