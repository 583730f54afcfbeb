package dev.vsplit.yaml;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The keys of a parsed YAML map in the order written, in two arrays. Most maps of a manifest have
 * one to five keys, and reading the 250 000-route mesh made two {@code LinkedHashMap}s for each
 * ({@link Node.MapNode}'s values and its keys' locations): their tables and entries were a fifth of
 * what reading allocated, and their hashing a tenth of its time. Up to {@link #INDEXED} keys are
 * found by comparing (the reader gives a key written again the same {@code String}, so mostly by
 * identity); a larger map, which hostile input may make as large as the read limits allow, is
 * indexed by hash.
 *
 * <p>A {@code Map} in every respect a reader of a node uses ({@code get}, {@code put}, iteration in
 * order, equality with any other map); it cannot remove.
 */
final class SmallMap<V> extends AbstractMap<String, V> implements IndexedEntries.Indexed<V> {

  /** Beyond this many keys, a hash index finds them. */
  static final int INDEXED = 8;

  private static final String[] NO_KEYS = new String[0];
  private static final Object[] NO_VALUES = new Object[0];

  private String[] keys = NO_KEYS;
  private Object[] values = NO_VALUES;
  private int size;

  /** The position of each key, once the map has more than {@link #INDEXED}; else {@code null}. */
  private HashMap<String, Integer> index;

  /** The position of {@code key} in the order written, or -1. */
  int indexOf(Object key) {
    return find(key);
  }

  /** The key at a position in the order written. */
  @Override
  public String keyAt(int i) {
    return keys[i];
  }

  /** The value at a position in the order written. */
  @Override
  @SuppressWarnings("unchecked")
  public V valueAt(int i) {
    return (V) values[i];
  }

  /**
   * Adds a key the caller knows is not in the map yet (a reader that has just looked it up),
   * without looking for it again.
   */
  void append(String key, V value) {
    if (size == keys.length) {
      int capacity = Math.max(4, size * 2);
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    keys[size] = key;
    values[size] = value;
    if (index != null) {
      index.put(key, size);
    } else if (size == INDEXED) {
      index = new HashMap<>();
      for (int i = 0; i <= size; i++) {
        index.put(keys[i], i);
      }
    }
    size++;
  }

  private int find(Object key) {
    if (index != null) {
      Integer at = index.get(key);
      return at == null ? -1 : at;
    }
    for (int i = 0; i < size; i++) {
      if (Objects.equals(keys[i], key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int at = find(key);
    return at < 0 ? null : (V) values[at];
  }

  @Override
  @SuppressWarnings("unchecked")
  public V put(String key, V value) {
    int at = find(key);
    if (at >= 0) {
      V old = (V) values[at];
      values[at] = value;
      return old;
    }
    append(key, value);
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super String, ? super V> action) {
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], (V) values[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new IndexedEntries<>(this);
  }
}
