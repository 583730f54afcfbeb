package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.fuzz.Corpus;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import dev.vsplit.routing.EffectiveRoutes;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.rules.Checker;
import dev.vsplit.rules.Report;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@link YamlWriter} writes, byte for byte, what Jackson's YAML mapper wrote for vsplit ({@link
 * JacksonYamlWriter}, configured exactly as it was): on every input the tests have (the examples'
 * generated folders, the conformance vectors, the real-world corpus, the reader's samples), read as
 * resources and as plain data, with their effective routes; on {@value #RANDOM_RESOURCES} seeded
 * random VirtualServices and Gateways full of awkward strings; on random plain values, lists and
 * root values under both {@link YamlWriter.Defaults}; on keys and values written alone ({@link
 * YamlWriter#scalar}, {@link YamlWriter#key}). A failure names the input or the seed.
 */
class YamlWriterDifferentialTest {

  static final int RANDOM_RESOURCES = 10_000;

  private static final YAMLMapper PLAIN_READER = YAMLMapper.builder().build();

  static Stream<Corpus.Entry> corpus() {
    return Corpus.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyInputTheTestsHaveIsWrittenAsJacksonWroteIt(Corpus.Entry entry) {
    ReadResult read = new ManifestReader().readString(entry.origin(), entry.text());
    List<IstioResource> resources = new ArrayList<>();
    for (LoadedResource r : read.resources()) {
      resources.add(r.resource());
      assertThat(YamlWriter.write(r.resource()))
          .as("%s: %s", entry.origin(), r.resource().ref())
          .isEqualTo(JacksonYamlWriter.write(r.resource()));
    }
    assertThat(YamlWriter.writeAll(resources)).isEqualTo(JacksonYamlWriter.writeAll(resources));
    Report report = new Checker(MeshOptions.DEFAULTS).check(read);
    assertThat(EffectiveRoutes.toYaml(report.effective()))
        .as("%s: effective routes", entry.origin())
        .isEqualTo(oracleEffectiveRoutes(report));
    for (Object document :
        PLAIN_READER.readerFor(Object.class).readValues(entry.text()).readAll()) {
      assertSameValue(document, entry.origin());
    }
  }

  /** What {@link EffectiveRoutes#toYaml} wrote with Jackson. */
  private static String oracleEffectiveRoutes(Report report) {
    if (report.effective().isEmpty()) {
      return "[]\n";
    }
    List<EffectiveRoutes.Item> items = new ArrayList<>();
    report
        .effective()
        .forEach(vs -> items.add(new EffectiveRoutes.Item(vs.name(), vs.namespace(), vs.http())));
    return JacksonYamlWriter.writeValue(items, YamlWriter.Defaults.OMIT);
  }

  @Test
  void randomResourcesAreWrittenAsJacksonWroteThem() {
    long seed = Long.getLong("vsplit.seed", 16_000L);
    for (int i = 0; i < RANDOM_RESOURCES; i++) {
      RandomManifests random = new RandomManifests(seed + i, true);
      IstioResource resource = i % 4 == 3 ? random.gateway() : random.virtualService();
      String expected = JacksonYamlWriter.write(resource);
      assertThat(YamlWriter.write(resource)).as("seed %d", seed + i).isEqualTo(expected);
      if (i % 10 == 0) {
        assertSameValue(resource, "seed " + (seed + i));
      }
    }
  }

  @Test
  void randomListsAndPlainValuesAreWrittenAsJacksonWroteThem() {
    long seed = Long.getLong("vsplit.seed", 17_000L);
    for (int i = 0; i < 500; i++) {
      RandomManifests random = new RandomManifests(seed + i, true);
      VirtualService vs = random.virtualService();
      List<Object> list = new ArrayList<>();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", vs.name());
      item.put("http", vs.spec().http());
      list.add(item);
      list.add(vs.spec());
      list.add(random.plainValue());
      list.add(i % 2 == 0 ? null : random.string());
      list.add(new EffectiveRoutes.Item(vs.name(), vs.namespace(), vs.spec().http()));
      list.add(StringMatch.empty());
      list.add(HTTPRoute.EMPTY);
      list.add(List.of());
      list.add("");
      list.add(false);
      list.add(0);
      assertSameValue(list, "seed " + (seed + i));
      assertSameValue(random.plainValue(), "seed " + (seed + i));
      assertSameValue(vs.spec().http(), "seed " + (seed + i));
      String s = random.string();
      assertThat(YamlWriter.scalar(s)).as("%s", s).isEqualTo(JacksonYamlWriter.scalar(s));
      assertSameKey(s);
    }
  }

  @Test
  void rootValuesAndNumbersOfEveryKind() {
    List<Object> values =
        Arrays.asList(
            null,
            "",
            " ",
            "a",
            "\n",
            "a\n",
            0,
            1,
            -7L,
            1.0,
            1.5,
            -0.0,
            1e15,
            1e16,
            1e-7,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            2.5f,
            (short) 3,
            (byte) 0,
            new BigInteger("123456789012345678901234567890"),
            new BigDecimal("1.50"),
            new BigDecimal("1E+3"),
            new BigDecimal("0.000"),
            true,
            false,
            List.of(),
            Map.of(),
            List.of(List.of(), Map.of(), List.of(List.of(1, 2)), List.of(Map.of("a", 1))),
            StringMatch.exact(""),
            StringMatch.prefix("on"),
            StringMatch.empty(),
            HTTPRoute.EMPTY,
            new EffectiveRoutes.Item("a", "b", List.of()));
    for (Object v : values) {
      assertSameValue(v, String.valueOf(v));
      assertSameValue(Arrays.asList(v, v), "[" + v + "]");
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("k", v);
      m.put("", v);
      m.put("k".repeat(130), v);
      m.put("two\nlines", v);
      assertSameValue(m, "{k: " + v + "}");
    }
  }

  /**
   * Keys that are not strings can share their written form ({@code 1} and {@code "1"}, {@code null}
   * and {@code "null"}), and an unmodelled field can have a modelled field's name: the later entry
   * takes the earlier one's place, as in Jackson's trees.
   */
  @Test
  void entriesWithTheSameWrittenKeyReplaceEachOtherInPlace() {
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put(1, "one");
    map.put("a", "b");
    map.put("1", "uno");
    map.put(null, "nothing");
    map.put("null", "nada");
    map.put(2, "");
    assertSameValue(map, "map");
    Map<Object, Object> unsorted = new HashMap<>(map);
    assertSameValue(unsorted, "hash map");
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("spec", Map.of("x", 1));
    extra.put("kind", "Other");
    extra.put("status", List.of());
    VirtualService vs =
        new VirtualService(
            "networking.istio.io/v1", ObjectMeta.of("a", "b"), VirtualServiceSpec.EMPTY, extra);
    assertThat(YamlWriter.write(vs)).isEqualTo(JacksonYamlWriter.write(vs));
    ObjectMeta meta =
        new ObjectMeta("a", "b", Map.of(), Map.of(), Map.of("name", "again", "labels", Map.of()));
    VirtualService renamed = new VirtualService(null, meta, null, Map.of());
    assertThat(YamlWriter.write(renamed)).isEqualTo(JacksonYamlWriter.write(renamed));
    assertSameValue(renamed, "renamed");
  }

  @Test
  void theYaml11LookAlikesAreThoseOfThePattern() {
    Pattern pattern = Pattern.compile(YamlQuoting.YAML11_SPECIAL);
    Random random = new Random(11);
    String alphabet = "0123456789_:.+-eExXbBoOaAfFiInNtTyYlLsu<=~ \n\u0085";
    for (int i = 0; i < 300_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextInt(4) == 0) {
        b.insert(0, "2025-" + random.nextInt(20) + "-" + random.nextInt(20));
      }
      String s = b.toString();
      assertThat(YamlQuoting.isYaml11Special(s))
          .as("\"%s\"", s)
          .isEqualTo(pattern.matcher(s).matches());
    }
    for (String s :
        List.of(
            "yes",
            "YES",
            "yEs",
            "ye\u017f",
            "\u212a",
            "tru\u0131",
            "Null",
            "~",
            "<<",
            "=",
            ".NaN",
            ".nan",
            "-.Inf",
            "+.INF",
            "0b",
            "0b1",
            "0x",
            "0xF_",
            "0o7",
            "07",
            "08",
            "0",
            "-0",
            "+1_0",
            "1:30",
            "0:30",
            "1:60",
            "1:5:",
            "1:5.3",
            "0:5.",
            "1__2e3",
            ".e5",
            "e5",
            "1e",
            "1e+",
            "2025-01-01",
            "2025-01-01T",
            "2025-01-01t\u2028",
            "2025-1-1 ",
            "2025-001-01")) {
      assertThat(YamlQuoting.isYaml11Special(s))
          .as("\"%s\"", s)
          .isEqualTo(pattern.matcher(s).matches());
    }
  }

  /**
   * Compared with Jackson's {@code writeValue}, or, for a list holding string matches, with its
   * tree: Jackson's {@code writeValue} wrote such a list item by item and took a string match for a
   * plain record ({@code - value: /api}), unlike the tree it stood for. vsplit never writes such a
   * list.
   */
  private static void assertSameValue(Object value, String what) {
    boolean matchList =
        value instanceof List<?> list && list.stream().anyMatch(StringMatch.class::isInstance);
    for (YamlWriter.Defaults defaults : YamlWriter.Defaults.values()) {
      String expected =
          matchList
              ? JacksonYamlWriter.render(
                  JacksonYamlWriter.tree(value, JacksonYamlWriter.Defaults.of(defaults)))
              : JacksonYamlWriter.writeValue(value, defaults);
      assertThat(YamlWriter.writeValue(value, defaults))
          .as("%s, %s", what, defaults)
          .isEqualTo(expected);
    }
  }

  private static void assertSameKey(String key) {
    String expected;
    try {
      expected = JacksonYamlWriter.key(key);
    } catch (IllegalArgumentException e) {
      expected = "refused";
    }
    String actual;
    try {
      actual = YamlWriter.key(key);
    } catch (IllegalArgumentException e) {
      actual = "refused";
    }
    assertThat(actual).as("key \"%s\"", key).isEqualTo(expected);
  }
}
