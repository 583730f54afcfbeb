package dev.vsplit.yaml;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The entry set of a map that keeps its entries by index ({@link SmallMap}, {@link KeyLocations}):
 * a view that reads the map's size and entries as they are when asked, each entry made on the way.
 *
 * @param <V> the map's values
 */
final class IndexedEntries<V> extends AbstractSet<Map.Entry<String, V>> {

  /** A map whose entries are numbered from 0 to its size. */
  interface Indexed<V> {
    int size();

    String keyAt(int i);

    V valueAt(int i);
  }

  private final Indexed<V> map;

  IndexedEntries(Indexed<V> map) {
    this.map = map;
  }

  @Override
  public int size() {
    return map.size();
  }

  @Override
  public Iterator<Map.Entry<String, V>> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < map.size();
      }

      @Override
      public Map.Entry<String, V> next() {
        if (next >= map.size()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        return new SimpleImmutableEntry<>(map.keyAt(i), map.valueAt(i));
      }
    };
  }
}
