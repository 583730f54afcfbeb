package dev.vsplit.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The YAML files tests read, and a generic view of YAML for comparing meaning rather than text. */
final class TestFiles {
  private TestFiles() {}

  static final Path RESOURCES = Path.of("src/test/resources");
  static final Path ISTIO_SAMPLES = RESOURCES.resolve("yaml/istio-samples");
  static final Path REAL_WORLD = RESOURCES.resolve("real-world");
  static final Path ROUND_TRIP = RESOURCES.resolve("yaml/round-trip");

  /** Every {@code .yaml}/{@code .yml} file under the folders, sorted. */
  static List<Path> yamlFiles(Path... folders) {
    List<Path> out = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .sorted()
            .forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A YAML 1.2 (core schema) reader independent of ours: the oracle for "the written YAML means
   * what the input meant".
   */
  static final YAMLMapper GENERIC =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .loadSettings(LoadSettings.builder().setSchema(new CoreSchema()).build())
                  .build())
          .build();

  /** Every document of a YAML text as a Jackson tree ({@code null} documents left out). */
  static List<JsonNode> documents(String yaml) {
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> it = GENERIC.readerFor(JsonNode.class).readValues(yaml)) {
      while (it.hasNextValue()) {
        JsonNode node = it.nextValue();
        if (node != null && !node.isNull() && !node.isMissingNode()) {
          out.add(node);
        }
      }
    }
    return out;
  }

  /**
   * A tree as plain Java values that compare by meaning: maps sorted by key with empty values
   * (null, {}, []) left out, numbers compared by value (1 equals 1.0). List items stay in place,
   * empty or not: their position is meaning.
   */
  static Object normalize(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> out = new TreeMap<>();
      for (var e : node.properties()) {
        Object value = normalize(e.getValue());
        if (!isEmpty(value)) {
          out.put(e.getKey(), value);
        }
      }
      return out;
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonNode item : node) {
        out.add(normalize(item));
      }
      return out;
    }
    if (node.isNumber()) {
      if (node.isDouble()
          && (Double.isNaN(node.doubleValue()) || Double.isInfinite(node.doubleValue()))) {
        return node.doubleValue();
      }
      BigDecimal d = node.decimalValue().stripTrailingZeros();
      return d.signum() == 0 ? BigDecimal.ZERO : d;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.stringValue();
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof Map<?, ?> m && m.isEmpty())
        || (value instanceof List<?> l && l.isEmpty());
  }
}
