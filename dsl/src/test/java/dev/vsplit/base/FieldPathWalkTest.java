package dev.vsplit.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader of field paths that both source maps walk with ({@link FieldPath#walk}). */
class PathsWalkTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "spec.http[1].match[0].uri     | key spec, key http, index 1, key match, index 0, key uri",
        "metadata.labels[\"a.b/c\"].x  | key metadata, key labels, key a.b/c, key x",
        "[\"q\\\"uote\"]               | key q\"uote",
        "''                            | ''",
        ".                             | ''",
        "spec.http[-1]                 | key spec, key http, index -1",
        "spec.http[x].after            | key spec, key http",
        "spec.http[0                   | key spec, key http",
        "[\"open                       | key open",
        "a..b                          | key a, key b",
      })
  void readsEveryStepUntilABrokenOne(String path, String expected) {
    List<String> seen = new ArrayList<>();
    FieldPath.walk(
        path,
        new FieldPath.Steps() {
          @Override
          public boolean key(String key) {
            seen.add("key " + key);
            return true;
          }

          @Override
          public boolean index(int index) {
            seen.add("index " + index);
            return true;
          }
        });
    assertThat(String.join(", ", seen)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"spec.http[0].match", "spec[\"http\"][0]", "[0].spec.more"})
  void stopsWhereTheVisitorSays(String path) {
    List<String> seen = new ArrayList<>();
    FieldPath.walk(
        path,
        new FieldPath.Steps() {
          @Override
          public boolean key(String key) {
            seen.add(key);
            return seen.size() < 2;
          }

          @Override
          public boolean index(int index) {
            seen.add(String.valueOf(index));
            return seen.size() < 2;
          }
        });
    assertThat(seen).as("the walk stops at the step refused").hasSize(2);
  }
}
