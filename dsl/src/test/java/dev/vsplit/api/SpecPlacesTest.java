package dev.vsplit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.broken.ThrowingMesh;
import com.example.places.BothSpecs;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator names the mesh specs: any other one found is refused, never run (VS220). */
class SpecPlacesTest {

  @TempDir Path dir;

  /** A class folder holding two mesh specs' class files, as a project's target/classes would. */
  Path twoMeshes() throws IOException, URISyntaxException {
    for (Class<?> c : List.of(BookinfoMesh.class, ThrowingMesh.class)) {
      String file = c.getName().replace('.', '/') + ".class";
      Path to = dir.resolve(file);
      Files.createDirectories(to.getParent());
      Files.copy(SpecLoaderTest.testClasses().resolve(file), to);
    }
    return dir;
  }

  @Test
  void aMeshSpecTheConfigurationDoesNotNameIsRefusedNotRun() throws Exception {
    SpecLoader.Found found =
        SpecLoader.find(
            List.of(twoMeshes()),
            SpecLoaderTest.LOADER,
            List.of(BookinfoMesh.class.getName()),
            Wording.NEUTRAL);

    assertThat(found.meshSpecs()).containsExactly(BookinfoMesh.class.getName());
    assertThat(found.problems()).hasSize(1);
    Finding f = found.problems().get(0);
    assertThat(f.code()).isEqualTo(Code.VS220);
    assertThat(f.message())
        .startsWith("MeshSpec com.example.broken.ThrowingMesh is not named in")
        .contains("which names com.example.bookinfo.BookinfoMesh");
    assertThat(f.source().file()).isEqualTo("com/example/broken/ThrowingMesh.java");
  }

  @Test
  void namingNoMeshSpecRunsNoneAndSaysWhichToName() throws Exception {
    SpecLoader.Found found =
        SpecLoader.find(List.of(twoMeshes()), SpecLoaderTest.LOADER, List.of(), Wording.NEUTRAL);

    assertThat(found.meshSpecs()).isEmpty();
    assertThat(found.problems()).extracting(Finding::code).containsExactly(Code.VS220);
    assertThat(found.problems().get(0).message())
        .startsWith("no MeshSpec is named in")
        .endsWith("found com.example.bookinfo.BookinfoMesh, com.example.broken.ThrowingMesh");
    assertThat(found.problems().get(0).hint())
        .startsWith("if com.example.bookinfo.BookinfoMesh is the administrator's, name it there");
  }

  @Test
  void aClassThatIsBothMeshAndTeamSpecIsRefused() {
    SpecLoader.Found found =
        SpecLoader.find(
            List.of(),
            SpecLoaderTest.LOADER,
            List.of(BookinfoMesh.class.getName(), BothSpecs.class.getName()),
            Wording.NEUTRAL);

    assertThat(found.meshSpecs()).containsExactly(BookinfoMesh.class.getName());
    assertThat(found.teamSpecs()).isEmpty();
    assertThat(found.problems()).extracting(Finding::code).containsExactly(Code.VS220);
    assertThat(found.problems().get(0).message())
        .isEqualTo(
            "com.example.places.BothSpecs implements both MeshSpec and TeamSpec: the"
                + " administrator's declarations and a team's routes must come from different"
                + " classes");
  }
}
