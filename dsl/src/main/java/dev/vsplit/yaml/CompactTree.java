package dev.vsplit.yaml;

import dev.vsplit.base.FieldPath;
import dev.vsplit.base.Location;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@link SourceMap} needs of a parsed document, in a few arrays instead of a tree of nodes:
 * the line and column of each map key and list item, and the shape to walk a field path along.
 * Reading a 250 000-route mesh kept every document's node tree for its findings' locations, about
 * seven kilobytes a route, more than a 1 GiB heap holds; this keeps about a tenth of that.
 *
 * <p>{@link #locate} answers exactly what walking the node tree answers ({@link
 * SourceMap#locateInTree}). Layout: a node at {@code data[o]} is {@code kind, count}, followed by a
 * map's {@code count} entries {@code key, keyLine, keyColumn, child} or a list's items {@code line,
 * column, child}; {@code key} indexes {@link #keys}, {@code child} is the offset of the value's
 * node, or {@link #LEAF} for a scalar (nothing is under it, so it takes no node: most values are
 * scalars, and their nodes were a third of the array).
 */
final class CompactTree {

  private static final int SCALAR = 0;
  private static final int MAP = 1;
  private static final int LIST = 2;

  /** The child of an entry or item whose value is a scalar: no path goes further. */
  private static final int LEAF = -2;

  /** A key without a recorded location. */
  private static final int NO_LINE = Integer.MIN_VALUE;

  private final String file;
  private final int rootLine;
  private final int rootColumn;

  /** The layout below, or {@code null} when it is kept in {@link #narrow}. */
  private final int[] data;

  /**
   * The layout in half the space when every number in it fits ({@link #narrowed}): each one plus
   * {@link #NARROW_BIAS}, as a {@code char}. A manifest of a few thousand lines has no line,
   * column, key or offset beyond 65 533, and these arrays were a third of what analyze keeps of a
   * 10 000-file mesh (95 of 287 MB), copied by every collection that moved them.
   */
  private final char[] narrow;

  /** What {@link #narrow} adds to each number: the least of them is {@link #LEAF}. */
  private static final int NARROW_BIAS = -LEAF;

  private final String[] keys;

  private CompactTree(String file, int rootLine, int rootColumn, int[] data, String[] keys) {
    this.file = file;
    this.rootLine = rootLine;
    this.rootColumn = rootColumn;
    this.narrow = narrowed(data);
    this.data = narrow == null ? data : null;
    this.keys = keys;
  }

  /**
   * The document in compact form; {@code null} when its locations name more than one file (then
   * keep the tree).
   */
  static CompactTree of(Node root) {
    Builder b = new Builder(root.location().file(), length(root));
    if (!b.add(root)) {
      return null;
    }
    return new CompactTree(
        b.file,
        root.location().line(),
        root.location().column(),
        b.size == b.data.length ? b.data : Arrays.copyOf(b.data, b.size),
        b.keys.toArray(new String[0]));
  }

  /**
   * How many ints the node and everything under it take: the array made at once, where growing it
   * by doubling made about as much garbage again as it kept.
   */
  private static int length(Node node) {
    if (node instanceof MapNode map) {
      int n = 2 + 4 * map.entries().size();
      if (map.entries() instanceof SmallMap<Node> entries) {
        // by position: no entry set, iterator and entries made to walk it
        for (int i = 0; i < entries.size(); i++) {
          Node child = entries.valueAt(i);
          n += child == null ? 0 : childLength(child);
        }
        return n;
      }
      for (Node child : map.entries().values()) {
        n += child == null ? 0 : childLength(child);
      }
      return n;
    }
    if (node instanceof ListNode list) {
      int n = 2 + 3 * list.items().size();
      for (Node item : list.items()) {
        n += item == null ? 0 : childLength(item);
      }
      return n;
    }
    return 2;
  }

  /** What a value under a map or list takes: a scalar nothing ({@link #LEAF}). */
  private static int childLength(Node child) {
    return child instanceof Node.ScalarNode ? 0 : length(child);
  }

  /**
   * {@code data} as {@code char}s, each plus {@link #NARROW_BIAS}; {@code null} if one does not
   * fit.
   */
  private static char[] narrowed(int[] data) {
    char[] out = new char[data.length];
    for (int i = 0; i < data.length; i++) {
      int v = data[i] + NARROW_BIAS;
      if (v < 0 || v > Character.MAX_VALUE) {
        return null; // NO_LINE, or a line, column, key or offset past 65 533
      }
      out[i] = (char) v;
    }
    return out;
  }

  /** Whether the layout is kept in {@code char}s (for tests). */
  boolean isNarrow() {
    return narrow != null;
  }

  /** The number at {@code i} of the layout, wherever it is kept. */
  private int at(int i) {
    return data != null ? data[i] : narrow[i] - NARROW_BIAS;
  }

  /**
   * Where the field was written, or the nearest enclosing field: {@link SourceMap#locateInTree},
   * step for step.
   */
  Location locate(String path) {
    var walk =
        new FieldPath.Steps() {
          int node = 0;
          int bestLine = rootLine;
          int bestColumn = rootColumn;

          @Override
          public boolean key(String key) {
            if (at(node) != MAP) {
              return false;
            }
            int entry = find(node, key);
            if (entry >= 0 && at(entry + 1) != NO_LINE) {
              bestLine = at(entry + 1);
              bestColumn = at(entry + 2);
            }
            node = entry < 0 ? -1 : at(entry + 3);
            return node >= 0;
          }

          @Override
          public boolean index(int index) {
            if (at(node) != LIST) {
              return false;
            }
            if (index < 0 || index >= at(node + 1)) {
              node = -1;
              return false;
            }
            int item = node + 2 + 3 * index;
            bestLine = at(item);
            bestColumn = at(item + 1);
            node = at(item + 2);
            return node >= 0;
          }
        };
    FieldPath.walk(path, walk);
    return new Location(file, walk.bestLine, walk.bestColumn);
  }

  /** The offset of the map entry with this key, or -1. */
  private int find(int map, String key) {
    int count = at(map + 1);
    for (int e = 0, entry = map + 2; e < count; e++, entry += 4) {
      if (keys[at(entry)].equals(key)) {
        return entry;
      }
    }
    return -1;
  }

  private static final class Builder {
    final String file;
    int[] data;
    int size;
    final java.util.List<String> keys = new java.util.ArrayList<>();
    final Map<String, Integer> keyIndex = new HashMap<>();

    Builder(String file, int length) {
      this.file = file;
      this.data = new int[Math.max(length, 2)];
    }

    /** Appends the node and everything under it; false when a location names another file. */
    boolean add(Node node) {
      if (!sameFile(node.location())) {
        return false;
      }
      int at = reserve(2);
      if (node instanceof MapNode map
          && map.entries() instanceof SmallMap<Node> small
          && map.keyLocations() instanceof KeyLocations places
          && places.size() == small.size()) {
        return addRead(small, places, at);
      }
      if (node instanceof MapNode map) {
        data[at] = MAP;
        data[at + 1] = map.entries().size();
        int entries = reserve(4 * map.entries().size());
        int e = entries;
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
          Location keyAt = map.keyLocations().get(entry.getKey());
          if (keyAt != null && !sameFile(keyAt)) {
            return false;
          }
          data[e] = keyIndex(entry.getKey());
          data[e + 1] = keyAt == null ? NO_LINE : keyAt.line();
          data[e + 2] = keyAt == null ? 0 : keyAt.column();
          e += 4;
        }
        e = entries;
        for (Node child : map.entries().values()) {
          if (child == null) {
            data[e + 3] = -1;
          } else if (!addChild(child, e + 3)) {
            return false;
          }
          e += 4;
        }
      } else if (node instanceof ListNode list) {
        data[at] = LIST;
        data[at + 1] = list.items().size();
        int items = reserve(3 * list.items().size());
        int e = items;
        for (Node item : list.items()) {
          if (item == null || item.location() == null) {
            return false; // not what the reader makes: keep the tree
          }
          data[e] = item.location().line();
          data[e + 1] = item.location().column();
          if (!addChild(item, e + 2)) {
            return false;
          }
          e += 3;
        }
      } else {
        data[at] = SCALAR;
        data[at + 1] = 0;
      }
      return true;
    }

    /**
     * {@link #add} for a map as {@link BlockSubsetReader} reads it, by position: its keys' lines
     * and columns read as numbers from {@link KeyLocations}, no {@code Location} or entry made for
     * them. The same ints as the general path.
     */
    private boolean addRead(SmallMap<Node> map, KeyLocations places, int at) {
      int count = map.size();
      if (count > 0 && !java.util.Objects.equals(places.file(), file)) {
        return false; // keys in another file: keep the tree, as the general path does
      }
      data[at] = MAP;
      data[at + 1] = count;
      int entries = reserve(4 * count);
      for (int i = 0, e = entries; i < count; i++, e += 4) {
        data[e] = keyIndex(map.keyAt(i));
        data[e + 1] = places.line(i);
        data[e + 2] = places.column(i);
      }
      for (int i = 0, e = entries; i < count; i++, e += 4) {
        Node child = map.valueAt(i);
        if (child == null) {
          data[e + 3] = -1;
        } else if (!addChild(child, e + 3)) {
          return false;
        }
      }
      return true;
    }

    private int keyIndex(String key) {
      Integer index = keyIndex.get(key);
      if (index == null) {
        index = keys.size();
        keys.add(key);
        keyIndex.put(key, index);
      }
      return index;
    }

    /**
     * Writes where the value under a map entry or list item is ({@code data[slot]}) and appends it:
     * a scalar is {@link #LEAF} and takes no node. False when a location names another file.
     */
    private boolean addChild(Node child, int slot) {
      if (child instanceof Node.ScalarNode) {
        data[slot] = LEAF;
        return sameFile(child.location());
      }
      data[slot] = size;
      return add(child);
    }

    private boolean sameFile(Location at) {
      return at != null && java.util.Objects.equals(at.file(), file);
    }

    private int reserve(int n) {
      if (size + n > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, size + n));
      }
      int at = size;
      size += n;
      return at;
    }
  }
}
