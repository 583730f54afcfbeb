package dev.vsplit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Copies#map}: a map of one entry is the compact {@link Map#of(Object, Object)} (the records
 * of a mesh keep a hundred thousand of them), and still a copy that rejects nulls; longer maps keep
 * their insertion order.
 */
class CopiesTest {

  @Test
  void oneEntryIsTheCompactImmutableMap() {
    Map<String, StringMatch> headers = new LinkedHashMap<>();
    headers.put("x-version", StringMatch.exact("beta"));
    Map<String, StringMatch> copy = Copies.map(headers);
    headers.put("x-other", StringMatch.exact("b"));

    assertThat(copy).containsExactly(Map.entry("x-version", StringMatch.exact("beta")));
    assertThat(copy.getClass()).isSameAs(Map.of("k", "v").getClass());
    assertThatThrownBy(() -> copy.put("y", StringMatch.exact("c")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void oneEntryRejectsANullKeyOrValueAsLongerMapsDo() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("x", null);
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "v");

    assertThatThrownBy(() -> Copies.map(nullValue)).hasMessage("value of x");
    assertThatThrownBy(() -> Copies.map(nullKey)).hasMessage("map key");
  }

  @Test
  void longerMapsKeepTheirOrder() {
    Map<String, String> written = new LinkedHashMap<>();
    written.put("z", "1");
    written.put("a", "2");
    written.put("m", "3");

    assertThat(Copies.map(written).keySet()).containsExactly("z", "a", "m");
  }
}
