package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scaffold.InlineSecondaryMesh;
import com.example.scaffold.ScaffoldMesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.api.Generation;
import dev.vsplit.api.ScaffoldRequest;
import dev.vsplit.api.ScaffoldResult;
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
 * {@code vsplit:scaffold}: golden TeamSpecs that compile, load without findings and route as the
 * skeletons did.
 */
class ScaffoldTest {

  static final Path GOLDEN = Path.of("src/test/resources/codegen/golden/scaffold");

  @TempDir Path dir;

  private ScaffoldResult scaffold(Class<? extends MeshSpec> mesh) throws Exception {
    ScaffoldRequest request =
        new ScaffoldRequest(
            dir,
            List.of(),
            List.of(),
            List.of(mesh.getName()),
            List.of(),
            dir.resolve("src"),
            null,
            null,
            null);
    return Vsplit.scaffold(request, getClass().getClassLoader());
  }

  @Test
  void everySecondaryWithoutATeamSpecGetsOneThatRoutesAsItsSkeleton() throws Exception {
    ScaffoldResult result = scaffold(ScaffoldMesh.class);

    assertThat(result.errors()).as(Fixtures.all(result.findings())).isEmpty();
    assertThat(result.scaffolded())
        .containsExactly("api/api-routes", "search/search-api", "web/web-frontend");
    Golden.check(GOLDEN, result.sources());
    assertThat(result.written()).hasSize(3);

    // compiled here, they load without a finding (the mesh alone had VS204 for search-api)
    Map<String, Class<?>> classes =
        InMemoryCompiler.compile(result.sources(), MeshSpec.class, ScaffoldMesh.class);
    List<TeamSpec> teams = new ArrayList<>();
    for (Class<?> c : classes.values()) {
      teams.add((TeamSpec) c.getConstructor().newInstance());
    }
    assertThat(Vsplit.load(new ScaffoldMesh()).errors())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(Code.VS204));
    Generation scaffolded = Vsplit.load(List.of(new ScaffoldMesh()), teams, MeshOptions.DEFAULTS);
    assertThat(scaffolded.findings()).isEmpty();
    Golden.check(GOLDEN, Map.of("effective-routes.yaml", scaffolded.effectiveYaml()));
  }

  @Test
  void aSecondaryThatIsNoConstantIsNamedAndNothingIsWritten() throws Exception {
    ScaffoldResult result = scaffold(InlineSecondaryMesh.class);

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.VS310);
              assertThat(f.message())
                  .contains(
                      "secondary web/inline-web is not a public static final constant of a MeshSpec");
              assertThat(f.hint())
                  .isEqualTo(
                      "declare it as one, e.g. public static final Secondary INLINE_WEB = WEB.secondary(\"inline-web\");");
            });
    assertThat(Fixtures.filesUnder(dir)).isEmpty();
  }

  @Test
  void anExistingFileIsNeverOverwrittenAndNothingIsWritten() throws Exception {
    Path existing = dir.resolve("src/com/example/scaffold/SearchRoutes.java");
    Files.createDirectories(existing.getParent());
    Files.writeString(existing, "// work in progress\n");

    ScaffoldResult result = scaffold(ScaffoldMesh.class);

    assertThat(result.errors())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(Code.VS307));
    assertThat(Fixtures.filesUnder(dir)).containsExactly(existing);
    assertThat(Fixtures.read(existing)).isEqualTo("// work in progress\n");
  }
}
