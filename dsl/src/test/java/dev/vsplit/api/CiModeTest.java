package dev.vsplit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import dev.vsplit.routing.MeshOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In CI ({@link GenerateRequest#ci}) generate writes nothing and compares: output not regenerated
 * before the commit fails the build instead of being regenerated in CI's checkout and passing.
 */
class CiModeTest {

  private static final ClassLoader LOADER = CiModeTest.class.getClassLoader();

  @TempDir Path project;

  private GenerateRequest request(String... specs) {
    return new GenerateRequest(
            project,
            List.of(),
            List.of(),
            List.of(specs),
            List.of(),
            project.resolve("istio"),
            MeshOptions.DEFAULTS)
        .withUpToDateFile(project.resolve("target/vsplit/generate.uptodate"));
  }

  @Test
  void inCiGenerateComparesWritesNothingAndNamesEachStaleFile() throws IOException {
    String[] committed = {BookinfoMesh.class.getName(), IdentityRoutes.class.getName()};
    GenerateResult local = Vsplit.generate(request(committed), LOADER);
    assertThat(local.written().written()).isNotEmpty();
    Map<String, String> before = snapshot();

    // a team spec added, the YAML not regenerated
    GenerateResult ci =
        Vsplit.generate(
            request(
                    BookinfoMesh.class.getName(),
                    IdentityRoutes.class.getName(),
                    StorefrontRoutes.class.getName())
                .withCi(true),
            LOADER);

    assertThat(snapshot()).isEqualTo(before);
    assertThat(ci.written()).isNull();
    assertThat(ci.upToDate()).isFalse();
    assertThat(ci.drift().isClean()).isFalse();
    assertThat(ci.drift().stale())
        .contains("istio/ns1/virtualservice-vs-2.yaml", "istio-review/effective-routes.yaml")
        .allMatch(p -> p.startsWith("istio/") || p.startsWith("istio-review/"));
    assertThat(ci.drift().describe(20))
        .contains("--- a/istio-review/effective-routes.yaml\n")
        .contains("+++ b/istio-review/effective-routes.yaml\n");
  }

  @Test
  void inCiOutputThatMatchesPassesAndTheUpToDateRecordIsNeitherReadNorWritten() throws IOException {
    String[] specs = {BookinfoMesh.class.getName(), IdentityRoutes.class.getName()};
    Vsplit.generate(request(specs), LOADER);
    Path record = project.resolve("target/vsplit/generate.uptodate");
    assertThat(record).isRegularFile();
    Files.delete(record);

    GenerateResult ci = Vsplit.generate(request(specs).withCi(true), LOADER);

    assertThat(ci.upToDate()).isFalse(); // the specs ran
    assertThat(ci.drift().isClean()).as(ci.drift().describe(5)).isTrue();
    assertThat(record).doesNotExist();
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path p : walk.sorted().toList()) {
        if (!p.startsWith(project.resolve("target"))) {
          out.put(
              project.relativize(p) + " " + Files.getLastModifiedTime(p),
              Files.isRegularFile(p) ? Files.readString(p) : "/");
        }
      }
    }
    return out;
  }
}
