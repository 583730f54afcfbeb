package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.FieldPath;
import dev.vsplit.base.Location;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Field paths to lines, for findings. */
class SourceMapTest {

  private static final String TEXT =
      """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: reviews
        annotations:
          kubectl.kubernetes.io/last-applied-configuration: "{}"
      spec:
        hosts:
        - reviews
        http:
        - match:
          - uri:
              prefix: /a
          route:
          - destination: {host: a}
        - match:
          - uri:
              exact: /b
            headers:
              x.y:
                exact: "1"
              "quote\\"d":
                prefix: q
              "":
                regex: .*
          - port: 8080
          route:
          - destination:
              host: b
      """;

  private static SourceMap map() {
    LoadedResource loaded = new ManifestReader().readString("vs.yaml", TEXT).resources().get(0);
    return loaded.source();
  }

  private static int line(String path) {
    return map().locate(path).line();
  }

  @Test
  void findsFieldsByPath() {
    assertThat(map().locate("spec.http[1].match[0].uri")).isEqualTo(new Location("vs.yaml", 17, 7));
    assertThat(line("spec.http[1].match[0].uri.exact")).isEqualTo(18);
    assertThat(line("spec.http[1].match[1].port")).isEqualTo(26);
    assertThat(line("spec.http[0].route[0].destination.host")).isEqualTo(15);
    assertThat(line("spec.hosts[0]")).isEqualTo(9);
    assertThat(line("metadata.name")).isEqualTo(4);
  }

  @Test
  void findsKeysThatNeedQuotingInAPath() {
    assertThat(line("spec.http[1].match[0].headers[\"x.y\"]")).isEqualTo(20);
    assertThat(line("spec.http[1].match[0].headers[\"x.y\"].exact")).isEqualTo(21);
    assertThat(line("spec.http[1].match[0].headers[\"quote\\\"d\"]")).isEqualTo(22);
    assertThat(line("spec.http[1].match[0].headers[\"\"].regex")).isEqualTo(25);
    assertThat(line("metadata.annotations[\"kubectl.kubernetes.io/last-applied-configuration\"]"))
        .isEqualTo(6);
  }

  @Test
  void aMissingFieldFallsBackToTheNearestEnclosingOne() {
    assertThat(line("spec.http[1].match[0].headers.x-missing")).isEqualTo(19);
    assertThat(line("spec.http[1].timeout")).isEqualTo(16);
    assertThat(line("spec.http[7].match[0]")).isEqualTo(10);
    assertThat(line("spec.gateways[0]")).isEqualTo(7);
    assertThat(line("spec.hosts.name")).isEqualTo(8); // a key on a list
    assertThat(line("spec.http[1].match[0].uri[0]")).isEqualTo(17); // an index on a map
    assertThat(line("spec.http[x]")).isEqualTo(10); // not an index
    assertThat(line("spec.http[1")).isEqualTo(10); // unterminated
    assertThat(line("status.conditions[0]")).isEqualTo(1);
  }

  @Test
  void theWholeDocumentAndNoPath() {
    assertThat(map().locate("")).isEqualTo(new Location("vs.yaml", 1, 1));
    assertThat(map().locate(null)).isEqualTo(new Location("vs.yaml", 1, 1));
    Location at = Location.of("Spec.java", 42);
    assertThat(SourceMap.none(at).locate("spec.http[0]")).isEqualTo(at);
    assertThat(
            LoadedResource.of(
                    new ManifestReader().readString("x", TEXT).resources().get(0).resource(), at)
                .source()
                .locate("spec"))
        .isEqualTo(at);
  }

  @Test
  void findsFieldsOfAResourceInsideAList() {
    String list = "apiVersion: v1\nkind: List\nitems:\n- " + TEXT.replace("\n", "\n  ");
    SourceMap source =
        new ManifestReader().readString("list.yaml", list).resources().get(0).source();
    assertThat(source.locate("spec.http[1].match[1].port").line()).isEqualTo(4 + 25);
  }

  static Stream<Path> manifests() {
    return TestFiles.yamlFiles(TestFiles.ISTIO_SAMPLES, TestFiles.REAL_WORLD, TestFiles.ROUND_TRIP)
        .stream();
  }

  /**
   * Every path vsplit can build (the form of problem and finding paths) leads back to its field.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void everyPathBuiltByPathsLeadsBackToItsField(Path file) {
    List<YamlProblem> problems = new ArrayList<>();
    for (TreeReader.Document doc :
        new TreeReader(ReadLimits.DEFAULTS)
            .read(
                file.toString(), TestFiles.read(file).getBytes(StandardCharsets.UTF_8), problems)) {
      SourceMap source = new SourceMap(doc.root(), doc.start());
      walk(doc.root(), "", source);
    }
    assertThat(problems).isEmpty();
  }

  private static void walk(Node node, String path, SourceMap source) {
    if (node instanceof MapNode map) {
      map.entries()
          .forEach(
              (key, child) -> {
                String childPath = FieldPath.key(path, key);
                assertThat(source.locate(childPath))
                    .as(childPath)
                    .isEqualTo(map.keyLocations().get(key));
                walk(child, childPath, source);
              });
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        String childPath = FieldPath.index(path, i);
        assertThat(source.locate(childPath))
            .as(childPath)
            .isEqualTo(list.items().get(i).location());
        walk(list.items().get(i), childPath, source);
      }
    }
  }
}
