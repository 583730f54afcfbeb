package dev.vsplit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The valid YAML the fuzzers start from: every generated file of the examples ({@code
 * examples/*}{@code /istio}), the manifests of every conformance vector, the real-world corpus and
 * the reader's own samples.
 */
public final class Corpus {

  /** One valid input: where it came from, and its text. */
  public record Entry(String origin, String text) {
    @Override
    public String toString() {
      return origin;
    }
  }

  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static List<Entry> all;

  private Corpus() {}

  /** Loaded once per JVM. */
  public static synchronized List<Entry> all() {
    if (all == null) {
      List<Entry> out = new ArrayList<>();
      for (Path file : yamlFiles(Path.of("..", "examples"))) {
        if (file.toString().contains("/istio/")) {
          out.add(new Entry(file.toString(), read(file)));
        }
      }
      for (Path file : yamlFiles(RESOURCES.resolve("conformance"))) {
        out.add(new Entry(file.toString(), conformanceInput(read(file))));
      }
      for (Path folder : List.of(RESOURCES.resolve("real-world"), RESOURCES.resolve("yaml"))) {
        for (Path file : yamlFiles(folder)) {
          out.add(new Entry(file.toString(), read(file)));
        }
      }
      all = List.copyOf(out);
    }
    return all;
  }

  /** How many of the entries came from the examples' generated folders. */
  public static long fromExamples() {
    return all().stream().filter(e -> e.origin().contains("examples")).count();
  }

  /** The manifests of a conformance vector ({@code input: [...]}) as one multi-document file. */
  static String conformanceInput(String vector) {
    JsonNode doc = YAML.readTree(vector);
    StringBuilder out = new StringBuilder();
    for (JsonNode manifest : doc.path("input")) {
      out.append(YAML.writeValueAsString(manifest));
    }
    return out.toString();
  }

  static List<Path> yamlFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
