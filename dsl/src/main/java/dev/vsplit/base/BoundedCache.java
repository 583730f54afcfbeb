package dev.vsplit.base;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values worked out once per key and kept for the life of the JVM, up to a bound: past it, new keys
 * are worked out every time instead of kept (a long-lived JVM such as a Maven daemon reading many
 * meshes must not grow without end). Safe for concurrent use; two threads may work out the same
 * value at once, which is harmless for the pure functions it holds.
 *
 * @param <K> the key, e.g. a duration's text
 * @param <V> what is worked out from it
 */
public final class BoundedCache<K, V> {

  private final Map<K, V> kept = new ConcurrentHashMap<>();
  private final int bound;

  /**
   * A cache that keeps at most about {@code bound} entries.
   *
   * @param bound how many entries are kept at the most
   */
  public BoundedCache(int bound) {
    this.bound = bound;
  }

  /**
   * What is kept for the key.
   *
   * @param key the key
   * @return the value kept for it, or {@code null} when none is
   */
  public V get(K key) {
    return kept.get(key);
  }

  /**
   * Keeps the value for the key while there is room.
   *
   * @param key the key
   * @param value what was worked out from it
   */
  public void keep(K key, V value) {
    if (kept.size() < bound) {
      kept.put(key, value);
    }
  }
}
