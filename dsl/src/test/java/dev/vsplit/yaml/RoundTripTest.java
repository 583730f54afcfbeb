package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.IstioResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Real manifests survive vsplit: read → write → read gives equal records, write → read → write
 * gives the same bytes, and the written YAML means what the input meant, fields vsplit does not
 * model included.
 */
class RoundTripTest {

  private static final ManifestReader READER = new ManifestReader();

  /** No namespace defaulting: the written YAML must say exactly what the input said. */
  private static final ManifestReader VERBATIM = new ManifestReader(ReadLimits.DEFAULTS, null);

  static Stream<Path> manifests() {
    return TestFiles.yamlFiles(TestFiles.ISTIO_SAMPLES, TestFiles.REAL_WORLD, TestFiles.ROUND_TRIP)
        .stream();
  }

  @Test
  void theCorpusIsThere() {
    List<Path> files = manifests().toList();
    assertThat(files).hasSizeGreaterThan(60);
    ReadResult all =
        READER.read(List.of(TestFiles.ISTIO_SAMPLES, TestFiles.REAL_WORLD, TestFiles.ROUND_TRIP));
    assertThat(all.problems()).isEmpty();
    assertThat(all.resources()).hasSizeGreaterThan(70);
  }

  static Stream<Path> realWorldSets() {
    try (Stream<Path> sets = Files.list(TestFiles.REAL_WORLD)) {
      return sets.filter(Files::isDirectory).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every VirtualService and Gateway that SOURCE.txt lists is read, and every other kind is a note.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("realWorldSets")
  void readsEveryIstioResourceOfARealWorldSet(Path set) {
    Map<String, Integer> expected = new TreeMap<>();
    TestFiles.read(set.resolve("SOURCE.txt"))
        .lines()
        .filter(l -> l.startsWith("Kinds:"))
        .findFirst()
        .ifPresent(
            line -> {
              for (String entry : line.substring("Kinds:".length()).split(",")) {
                String[] kindAndCount = entry.trim().split(" x");
                expected.put(kindAndCount[0], Integer.parseInt(kindAndCount[1]));
              }
            });
    assertThat(expected).as("Kinds: line of %s", set).isNotEmpty();
    ReadResult read = READER.read(List.of(set));
    assertThat(read.problems()).isEmpty();
    Map<String, Integer> actual = new TreeMap<>();
    read.resources().forEach(r -> actual.merge(r.resource().kind(), 1, Integer::sum));
    read.skipped().forEach(d -> actual.merge(d.kind(), 1, Integer::sum));
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void readWriteReadGivesEqualRecords(Path file) {
    ReadResult first = READER.read(List.of(file));
    assertThat(first.problems()).as("problems reading %s", file).isEmpty();
    for (LoadedResource loaded : first.resources()) {
      String written = YamlWriter.write(loaded.resource());
      ReadResult second = READER.readString("written", written);
      assertThat(second.problems()).as("problems reading back\n%s", written).isEmpty();
      assertThat(second.resources()).hasSize(1);
      assertThat(second.resources().get(0).resource())
          .as("read back\n%s", written)
          .isEqualTo(loaded.resource());
      assertThat(second.resources().get(0).namespaceDefaulted()).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void writeReadWriteGivesTheSameBytes(Path file) {
    List<IstioResource> resources =
        READER.read(List.of(file)).resources().stream().map(LoadedResource::resource).toList();
    String once = YamlWriter.writeAll(resources);
    List<IstioResource> back =
        READER.readString("written", once).resources().stream()
            .map(LoadedResource::resource)
            .toList();
    assertThat(YamlWriter.writeAll(back)).isEqualTo(once);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void writtenYamlMeansWhatTheInputMeant(Path file) {
    ReadResult read = VERBATIM.read(List.of(file));
    assertThat(read.problems()).isEmpty();
    String written =
        YamlWriter.writeAll(read.resources().stream().map(LoadedResource::resource).toList());

    List<Object> expected = new ArrayList<>();
    for (JsonNode doc : TestFiles.documents(TestFiles.read(file))) {
      collectIstioDocuments(doc, expected);
    }
    List<Object> actual = TestFiles.documents(written).stream().map(TestFiles::normalize).toList();
    assertThat(actual).as("written:\n%s", written).isEqualTo(expected);
  }

  @Test
  void unknownFieldsAtEveryLevelAreKept() {
    Path file = TestFiles.ROUND_TRIP.resolve("unknown-fields.yaml");
    ReadResult read = VERBATIM.read(List.of(file));
    assertThat(read.problems()).isEmpty();
    assertThat(read.resources()).hasSize(2);
    String written =
        YamlWriter.writeAll(read.resources().stream().map(LoadedResource::resource).toList());
    for (String kept :
        List.of(
            "futureTopLevelField",
            "futureSpecField",
            "futureRouteField",
            "futureMatchField",
            "futureRouteDestinationField",
            "futureDestinationField",
            "futurePortField",
            "futureHeadersField",
            "futureOpsField",
            "futureRewriteField",
            "futureRegexRewriteField",
            "backoff: 25ms",
            "retryIgnorePreviousHosts: true",
            "futureDelayField",
            "futureAbortField",
            "futureFaultField",
            "futurePercentField",
            "futureMirrorField",
            "futureCorsField",
            "futureRedirectField",
            "futureBodyField",
            "futureDirectResponseField",
            "futureDelegateField",
            "futureTlsField",
            "futureServerField",
            "futureGatewaySpecField",
            "observedGeneration: 3",
            "status: \"True\"",
            "sniHosts:",
            "destinationSubnets:",
            "creationTimestamp: \"2025-01-01T00:00:00Z\"",
            "ownerReferences:",
            "kubectl.kubernetes.io/last-applied-configuration",
            "verifyCertificateSpki:",
            "mirrors:")) {
      assertThat(written).contains(kept);
    }
  }

  private static final Set<String> ISTIO_KINDS = Set.of("VirtualService", "Gateway");

  private static void collectIstioDocuments(JsonNode doc, List<Object> out) {
    String kind = doc.path("kind").asString("");
    if (kind.endsWith("List") && doc.path("items").isArray()) {
      doc.path("items").forEach(item -> collectIstioDocuments(item, out));
      return;
    }
    String apiVersion = doc.path("apiVersion").asString("");
    if (ISTIO_KINDS.contains(kind) && apiVersion.startsWith("networking.istio.io/")) {
      out.add(TestFiles.normalize(doc));
    }
  }
}
