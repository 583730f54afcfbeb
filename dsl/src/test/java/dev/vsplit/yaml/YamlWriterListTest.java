package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.EffectiveRoutes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link YamlWriter#writeValue} writes a list item by item, without its whole tree: the bytes must
 * be those of rendering the whole tree, for lists of records, of maps holding lists of records (the
 * effective routes' form), of plain values, under both defaults, with every awkward string {@link
 * RandomManifests} makes.
 */
class YamlWriterListTest {

  static LongStream seeds() {
    return LongStream.range(0, Integer.getInteger("vsplit.cases", 60))
        .map(i -> Long.getLong("vsplit.seed", 64_000L) + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aListIsWrittenAsItsWholeTreeWouldBe(long seed) {
    RandomManifests random = new RandomManifests(seed);
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      VirtualService vs = random.virtualService();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", vs.name());
      item.put("namespace", vs.namespace());
      item.put("http", vs.spec().http());
      list.add(item);
      list.add(vs.spec());
      list.add(List.of(vs.name(), Map.of()));
      list.add(i % 2 == 0 ? null : "on");
      // the effective-routes item: a record whose list is written item by item
      list.add(
          new EffectiveRoutes.Item(
              vs.name(), vs.namespace(), i % 2 == 0 ? vs.spec().http() : List.of()));
    }
    for (YamlWriter.Defaults defaults : YamlWriter.Defaults.values()) {
      assertThat(YamlWriter.writeValue(list, defaults))
          .as("seed %d, %s", seed, defaults)
          .isEqualTo(
              JacksonYamlWriter.render(
                  JacksonYamlWriter.tree(list, JacksonYamlWriter.Defaults.of(defaults))));
    }
  }

  /** A list longer than one piece of the writer's text is the same text as the whole tree's. */
  @Test
  void aListSpanningManyPiecesOfTextIsWrittenWhole() {
    RandomManifests random = new RandomManifests(64_999L);
    List<Object> list = new ArrayList<>();
    while (list.size() < 2000) {
      list.add(random.virtualService().spec());
    }
    String written = YamlWriter.writeValue(list, YamlWriter.Defaults.KEEP);
    assertThat(written.length()).isGreaterThan(3 * YamlText.PIECE);
    assertThat(written)
        .isEqualTo(
            JacksonYamlWriter.render(
                JacksonYamlWriter.tree(list, JacksonYamlWriter.Defaults.KEEP)));
  }

  @Test
  void theWriterKeepsEveryCharacterAcrossPieces() {
    YamlText w = new YamlText();
    StringBuilder expected = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    while (expected.length() < 3 * YamlText.PIECE + 17) {
      String s =
          "x".repeat(random.nextInt(70_000)) + (char) ('a' + random.nextInt(26)) + "\u00e9\u4e2d";
      switch (random.nextInt(3)) {
        case 0 -> w.append(s);
        case 1 -> w.append("<" + s + ">", 1, s.length() + 1);
        default -> s.chars().forEach(c -> w.append((char) c));
      }
      int spaces = random.nextInt(100);
      w.appendSpaces(spaces);
      expected.append(s).append(" ".repeat(spaces));
      w.lineEnded();
    }
    assertThat(w.length()).isEqualTo(w.toString().length());
    assertThat(w.toString()).isEqualTo(expected.toString());
  }
}
