package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallMapTest {

  /** Below, at and beyond the size where it starts indexing by hash. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3, SmallMap.INDEXED, SmallMap.INDEXED + 1, 2000})
  void answersAsALinkedHashMapDoes(int size) {
    SmallMap<Integer> small = new SmallMap<>();
    Map<String, Integer> linked = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String key = "k" + (i * 7919 % (size + 1));
      assertThat(small.put(key, i)).isEqualTo(linked.put(key, i));
    }
    // a key written again keeps its place and takes the new value
    for (int i = 0; i < size; i += 3) {
      String key = "k" + (i * 7919 % (size + 1));
      assertThat(small.put(new String(key), -i)).isEqualTo(linked.put(key, -i));
    }
    assertThat(small).hasSize(linked.size()).isEqualTo(linked);
    assertThat(linked).isEqualTo(small);
    assertThat(small.hashCode()).isEqualTo(linked.hashCode());
    assertThat(new ArrayList<>(small.keySet())).isEqualTo(new ArrayList<>(linked.keySet()));
    assertThat(new ArrayList<>(small.values())).isEqualTo(new ArrayList<>(linked.values()));
    List<String> visited = new ArrayList<>();
    small.forEach((k, v) -> visited.add(k + "=" + v));
    List<String> expected = new ArrayList<>();
    linked.forEach((k, v) -> expected.add(k + "=" + v));
    assertThat(visited).isEqualTo(expected);
    for (int i = -1; i <= size + 1; i++) {
      String key = "k" + i;
      assertThat(small.containsKey(key)).as(key).isEqualTo(linked.containsKey(key));
      assertThat(small.get(key)).as(key).isEqualTo(linked.get(key));
    }
    assertThat(small.get(null)).isNull();
    assertThat(small.getOrDefault("absent", 42)).isEqualTo(42);
  }

  /**
   * The key locations the subset reader keeps as numbers ({@link KeyLocations}) are, as a map, the
   * map of {@code Location}s they stand for: the same keys in the same order, equal values, equal
   * maps both ways; and {@link SmallMap#append} adds as {@code put} does a new key.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3, SmallMap.INDEXED, SmallMap.INDEXED + 1, 2000})
  void keyLocationsAnswerAsAMapOfLocations(int size) {
    SmallMap<Node> entries = new SmallMap<>();
    KeyLocations places = new KeyLocations(entries, "f.yaml");
    SmallMap<Node> put = new SmallMap<>();
    Map<String, dev.vsplit.base.Location> linked = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String key = "k" + (i * 7919 % (size + 1) + size + 1); // distinct
      Node value = new Node.ScalarNode(i, new dev.vsplit.base.Location("f.yaml", i + 2, 3));
      entries.append(key, value);
      places.add(i + 2, i % 7 + 1);
      assertThat(put.put(key, value)).isNull();
      linked.put(key, new dev.vsplit.base.Location("f.yaml", i + 2, i % 7 + 1));
    }
    assertThat(entries).isEqualTo(put);
    assertThat(places).hasSize(linked.size()).isEqualTo(linked);
    assertThat(linked).isEqualTo(places);
    assertThat(places.hashCode()).isEqualTo(linked.hashCode());
    assertThat(new ArrayList<>(places.entrySet())).isEqualTo(new ArrayList<>(linked.entrySet()));
    for (int i = 0; i < size; i++) {
      assertThat(entries.keyAt(i)).isEqualTo(new ArrayList<>(linked.keySet()).get(i));
      assertThat(places.line(i)).isEqualTo(i + 2);
      assertThat(places.column(i)).isEqualTo(i % 7 + 1);
    }
    for (int i = -1; i <= 3 * size + 3; i++) {
      String key = "k" + i;
      assertThat(places.containsKey(key)).as(key).isEqualTo(linked.containsKey(key));
      assertThat(places.get(key)).as(key).isEqualTo(linked.get(key));
    }
    assertThat(places.get(null)).isNull();
    assertThatThrownBy(() -> places.put("x", null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void cannotRemove() {
    SmallMap<Integer> small = new SmallMap<>();
    small.put("a", 1);
    var entries = small.entrySet().iterator();
    entries.next();
    assertThatThrownBy(entries::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThat(small).containsEntry("a", 1);
  }
}
