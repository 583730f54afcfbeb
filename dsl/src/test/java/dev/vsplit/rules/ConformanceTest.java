package dev.vsplit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.routing.EffectiveRoutes;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.testing.Trees;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every conformance vector under {@code src/test/resources/conformance}: the inputs go through the
 * real reader, admission and merge; the effective routes and the rejected manifests must equal
 * {@code expect}.
 */
class ConformanceTest {

  static Stream<Path> vectors() throws IOException, URISyntaxException {
    Path root = Path.of(ConformanceTest.class.getResource("/conformance").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void effectiveRoutesAndRejectionsMatchIstio(Path vector) throws IOException {
    JsonNode doc = Trees.tree(Files.readString(vector));
    StringBuilder input = new StringBuilder();
    for (JsonNode manifest : doc.get("input")) {
      input.append("---\n").append(Trees.yaml(manifest));
    }
    ReadResult read =
        new ManifestReader().readString(vector.getFileName().toString(), input.toString());
    assertThat(read.problems()).as("read problems").isEmpty();

    Report report = new Checker(MeshOptions.DEFAULTS).check(read);

    Object expected = sortedItems(Trees.normalize(doc.get("expect").get("effective")));
    Object actual = sortedItems(Trees.parse(EffectiveRoutes.toYaml(report.effective())));
    assertThat(actual).as(doc.get("description").asString()).isEqualTo(expected);

    List<String> expectedRejected = new ArrayList<>();
    for (JsonNode r : doc.get("expect").get("rejected")) {
      expectedRejected.add(r.get("namespace").asString() + "/" + r.get("name").asString());
      String reason = r.get("reason").asString();
      Rejection ours =
          report.rejected().stream()
              .filter(
                  x ->
                      x.resource()
                          .toString()
                          .equals(r.get("namespace").asString() + "/" + r.get("name").asString()))
              .findFirst()
              .orElse(null);
      assertThat(ours).as("rejection of " + r).isNotNull();
      assertThat(ours.reasons()).as("reasons of " + ours.resource()).contains(reason);
    }
    assertThat(report.rejected().stream().map(x -> x.resource().toString()).toList())
        .containsExactlyInAnyOrderElementsOf(expectedRejected);
  }

  @SuppressWarnings("unchecked")
  private static Object sortedItems(Object items) {
    if (items == null) {
      return List.of();
    }
    List<Map<String, Object>> list = new ArrayList<>((List<Map<String, Object>>) items);
    list.sort(
        Comparator.comparing((Map<String, Object> m) -> (String) m.get("namespace"))
            .thenComparing(m -> (String) m.get("name")));
    return list;
  }
}
