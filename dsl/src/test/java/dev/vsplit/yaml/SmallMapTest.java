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
