package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.api.Generation;
import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Code;
import dev.vsplit.routing.MeshOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example monolith ({@code examples/monolith}) split end to end: the generated Java against
 * golden files, compiled and run here again, the proof, and what a second run does.
 */
class SplitBookinfoTest {

  static final Path GOLDEN = Path.of("src/test/resources/codegen/golden/bookinfo");

  @TempDir Path dir;

  private SplitResult splitExample(Path into) throws Exception {
    return Vsplit.split(
        SplitRequest.of(
            List.of(Fixtures.EXAMPLE.resolve("bookinfo-monolith.yaml")),
            Fixtures.EXAMPLE.resolve("ownership.yaml"),
            into));
  }

  @Test
  void theExampleSplitsIntoTheGoldenSourcesAndIsProven() throws Exception {
    SplitResult result = splitExample(dir);

    assertThat(result.errors()).as(Fixtures.all(result.findings())).isEmpty();
    assertThat(result.proven()).isTrue();
    assertThat(result.proof()).last().asString().contains("routing is unchanged");
    assertThat(result.proof().get(0))
        .startsWith("default/bookinfo: 12 route(s), 15 Envoy route(s)");
    Golden.check(GOLDEN, result.sources());
    assertThat(result.written()).hasSize(result.sources().size());
    for (var e : result.sources().entrySet()) {
      assertThat(Fixtures.read(dir.resolve(e.getKey()))).isEqualTo(e.getValue());
    }
  }

  @Test
  void theGeneratedSourcesCompileAndGenerateWithoutFindings() throws Exception {
    SplitResult result = splitExample(dir);

    Map<String, Class<?>> classes = InMemoryCompiler.compile(result.sources(), MeshSpec.class);
    List<MeshSpec> meshes = new ArrayList<>();
    List<TeamSpec> teams = new ArrayList<>();
    for (Class<?> c : classes.values()) {
      Object spec = c.getConstructor().newInstance();
      if (spec instanceof MeshSpec m) {
        meshes.add(m);
      } else {
        teams.add((TeamSpec) spec);
      }
    }
    Generation generation = Vsplit.load(meshes, teams, MeshOptions.DEFAULTS);

    assertThat(generation.findings()).isEmpty();
    assertThat(meshes).hasSize(1);
    assertThat(result.meshSpecClass())
        .as("the class the build's <specs> must name")
        .isEqualTo(meshes.get(0).getClass().getName());
    assertThat(teams).hasSize(4);
    Golden.check(
        GOLDEN.resolve("effective"), Map.of("effective-routes.yaml", generation.effectiveYaml()));
  }

  @Test
  void aSecondRunRefusesToOverwriteAndWritesNothing() throws Exception {
    splitExample(dir);
    List<Path> before = Fixtures.filesUnder(dir);
    Files.writeString(before.get(0), "// edited by hand\n");

    SplitResult again = splitExample(dir);

    assertThat(again.errors())
        .hasSize(5)
        .allSatisfy(f -> assertThat(f.code()).isEqualTo(Code.VS307));
    assertThat(again.errors().get(0).message())
        .contains("exists; Vsplit.split never overwrites a source file");
    assertThat(again.written()).isEmpty();
    assertThat(Fixtures.filesUnder(dir)).isEqualTo(before);
    assertThat(Fixtures.read(before.get(0))).isEqualTo("// edited by hand\n");
  }

  @Test
  void theOutputIsTheSameBytesEveryTime() throws Exception {
    SplitResult first = splitExample(dir.resolve("a"));
    SplitResult second = splitExample(dir.resolve("b"));

    assertThat(second.sources()).isEqualTo(first.sources());
    assertThat(second.proof()).isEqualTo(first.proof());
  }
}
