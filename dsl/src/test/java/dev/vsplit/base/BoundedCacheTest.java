package dev.vsplit.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void keepsValuesUpToItsBoundThenNoMore() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(2);
    cache.keep("a", 1);
    cache.keep("b", 2);
    cache.keep("c", 3);

    assertThat(cache.get("a")).isEqualTo(1);
    assertThat(cache.get("b")).isEqualTo(2);
    assertThat(cache.get("c")).as("past the bound nothing new is kept").isNull();
  }

  @Test
  void aKeyKeptAgainKeepsItsLatestValueWhileThereIsRoom() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(2);
    cache.keep("a", 1);
    cache.keep("a", 2);

    assertThat(cache.get("a")).isEqualTo(2);
    assertThat(cache.get("missing")).isNull();
  }
}
