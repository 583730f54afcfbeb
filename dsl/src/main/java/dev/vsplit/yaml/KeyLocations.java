package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Where the keys of a map that {@link BlockSubsetReader} read are written: the line and column of
 * each, in one {@code int} array beside the map's own entries, a {@link Location} made only when
 * one is asked for. Reading the 250 000-route mesh made a {@code Location} for every key
 * (millions), almost none of which anything but {@link CompactTree} ever looked at, and that reads
 * the numbers ({@link #line}, {@link #column}).
 *
 * <p>The keys are those of {@code entries}, in their order: the reader adds a key here when it adds
 * it there ({@link #add}). Read-only as a {@code Map}: {@code put} is not supported.
 */
final class KeyLocations extends AbstractMap<String, Location>
    implements IndexedEntries.Indexed<Location> {

  private static final int[] NONE = new int[0];

  private final SmallMap<Node> entries;
  private final String file;

  /** The line and column of the key at position {@code i}: {@code places[2i]}, {@code [2i + 1]}. */
  private int[] places = NONE;

  private int size;

  KeyLocations(SmallMap<Node> entries, String file) {
    this.entries = entries;
    this.file = file;
  }

  /** Records where the map's next key, the one just added to its entries, is written. */
  void add(int line, int column) {
    if (2 * size == places.length) {
      places = Arrays.copyOf(places, Math.max(8, places.length * 2));
    }
    places[2 * size] = line;
    places[2 * size + 1] = column;
    size++;
  }

  /** The file every key of the map is in. */
  String file() {
    return file;
  }

  /** The line of the key at position {@code i} of the entries. */
  int line(int i) {
    return places[2 * i];
  }

  /** The column of the key at position {@code i} of the entries. */
  int column(int i) {
    return places[2 * i + 1];
  }

  private Location at(int i) {
    return new Location(file, places[2 * i], places[2 * i + 1]);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    int i = entries.indexOf(key);
    return i >= 0 && i < size;
  }

  @Override
  public Location get(Object key) {
    int i = entries.indexOf(key);
    return i >= 0 && i < size ? at(i) : null;
  }

  @Override
  public Set<Map.Entry<String, Location>> entrySet() {
    return new IndexedEntries<>(this);
  }

  @Override
  public String keyAt(int i) {
    return entries.keyAt(i);
  }

  @Override
  public Location valueAt(int i) {
    return at(i);
  }
}
