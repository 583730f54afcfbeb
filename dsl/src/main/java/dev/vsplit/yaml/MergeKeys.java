package dev.vsplit.yaml;

import dev.vsplit.base.FieldPath;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies a merge key as YAML 1.1 readers (kubectl) do: {@code <<: *base} or {@code <<: [*a, *b]}
 * adds the fields of the merged maps that the map does not set itself, earlier maps first, in place
 * of the {@code <<} entry.
 */
final class MergeKeys {

  static final String MERGE_KEY = "<<";

  private MergeKeys() {}

  /**
   * The map with its merge key applied; the map itself when the merge key's value is an alias to
   * nothing (in {@code unresolved}, reported already) or not a map (reported here).
   */
  static MapNode apply(MapNode map, String path, Set<Node> unresolved, List<YamlProblem> problems) {
    Node source = map.entries().get(MERGE_KEY);
    List<MapNode> sources = new ArrayList<>();
    if (unresolved.contains(source)
        || (source instanceof ListNode list
            && list.items().stream().anyMatch(unresolved::contains))) {
      return map; // its alias is reported already, and the document is not read
    }
    if (source instanceof MapNode m) {
      sources.add(m);
    } else if (source instanceof ListNode l
        && l.items().stream().allMatch(i -> i instanceof MapNode)) {
      l.items().forEach(i -> sources.add((MapNode) i));
    } else {
      problems.add(
          new YamlProblem(
              map.keyLocations().get(MERGE_KEY),
              FieldPath.key(path, MERGE_KEY),
              "a merge key (<<) takes a map or a list of maps, such as <<: *defaults; got "
                  + (source instanceof ScalarNode s && s.value() == null
                      ? "no value"
                      : Node.describe(source))));
      return map;
    }
    MapNode out = new MapNode(map.location());
    for (var e : map.entries().entrySet()) {
      if (!e.getKey().equals(MERGE_KEY)) {
        out.entries().put(e.getKey(), e.getValue());
        out.keyLocations().put(e.getKey(), map.keyLocations().get(e.getKey()));
        continue;
      }
      for (MapNode m : sources) {
        for (var merged : m.entries().entrySet()) {
          String key = merged.getKey();
          if (!map.entries().containsKey(key) && !out.entries().containsKey(key)) {
            out.entries().put(key, merged.getValue());
            out.keyLocations().put(key, m.keyLocations().get(key));
          }
        }
      }
    }
    return out;
  }
}
