package dev.vsplit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Wording;
import dev.vsplit.output.OutputConflictException;
import dev.vsplit.output.OutputLocations;
import dev.vsplit.output.WriteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The folder a GitOps tool applies holds only Kubernetes objects and {@code kustomization.yaml},
 * which lists every one: {@code kubectl apply -k}, {@code kubectl apply -R -f}, an Argo CD
 * directory application and a Flux Kustomization take it whole. The effective routes and the
 * CODEOWNERS fragment are in the review folder beside it, and an output folder of the earlier
 * layout moves them there on the next generation.
 */
class AppliedFolderTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  @TempDir Path tmp;

  private static Generation bookinfo() {
    return Vsplit.load(new BookinfoMesh(), new IdentityRoutes(), new StorefrontRoutes());
  }

  @Test
  void theGeneratedAppliedFolderHoldsOnlyKubernetesObjectsAllListedByItsKustomization()
      throws IOException {
    Path istio = tmp.resolve("istio");
    bookinfo().writeTo(istio);

    assertOnlyKubernetesObjects(istio);
    assertThat(tmp.resolve("istio-review/effective-routes.yaml")).isRegularFile();
    assertThat(tmp.resolve("istio-review/CODEOWNERS")).isRegularFile();
  }

  /** The examples' checked-in folders, as GitOps would apply them from this repository. */
  @Test
  void theExamplesCheckedInFoldersHoldOnlyKubernetesObjects() throws IOException {
    List<Path> folders =
        List.of(Path.of("../examples/bookinfo/istio"), Path.of("../examples/shop/istio"));
    for (Path folder : folders) {
      assertThat(folder).as("run from dsl/ in the repository").isDirectory();
      assertOnlyKubernetesObjects(folder);
      Path review = folder.resolveSibling("istio-review");
      assertThat(review.resolve("effective-routes.yaml")).isRegularFile();
    }
  }

  /** What kubectl apply -R -f reads: every .yaml, .yml and .json file, in every folder below. */
  static void assertOnlyKubernetesObjects(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    TreeSet<String> objects = new TreeSet<>();
    JsonNode kustomization = null;
    for (Path file : files) {
      String path = folder.relativize(file).toString().replace('\\', '/');
      assertThat(path).as("only YAML in the applied folder").endsWith(".yaml");
      if (path.equals("kustomization.yaml")) {
        kustomization = YAML.readTree(file.toFile());
        continue;
      }
      try (MappingIterator<JsonNode> docs =
          YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
        List<JsonNode> all = new ArrayList<>(docs.readAll());
        assertThat(all).as(path).isNotEmpty();
        for (JsonNode doc : all) {
          assertThat(doc.isObject()).as("%s is a map, not %s", path, doc.getNodeType()).isTrue();
          assertThat(doc.path("apiVersion").asString()).as(path + " apiVersion").isNotBlank();
          assertThat(doc.path("kind").asString()).as(path + " kind").isNotBlank();
          assertThat(doc.path("metadata").path("name").asString())
              .as(path + " metadata.name")
              .isNotBlank();
        }
      }
      objects.add(path);
    }
    assertThat(kustomization).as("kustomization.yaml in " + folder).isNotNull();
    assertThat(kustomization.path("kind").asString()).isEqualTo("Kustomization");
    TreeSet<String> resources = new TreeSet<>();
    kustomization.path("resources").forEach(r -> resources.add(r.asString()));
    assertThat(resources).as("kustomize's view of " + folder).isEqualTo(objects);
  }

  @Test
  void anEarlierLayoutMovesTheEffectiveRoutesAndCodeOwnersBesideOnTheNextGeneration()
      throws IOException {
    Path istio = tmp.resolve("istio");
    Generation g = bookinfo();
    g.writeTo(new OutputLocations(istio, istio), Wording.NEUTRAL, tmp); // the earlier layout
    assertThat(istio.resolve("effective-routes.yaml")).isRegularFile();
    assertThat(istio.resolve("CODEOWNERS")).isRegularFile();
    String effective = Files.readString(istio.resolve("effective-routes.yaml"));

    WriteResult moved = g.writeTo(istio);

    assertThat(moved.deleted()).containsExactly("istio/CODEOWNERS", "istio/effective-routes.yaml");
    assertThat(moved.written())
        .containsExactly("istio-review/CODEOWNERS", "istio-review/effective-routes.yaml");
    assertThat(istio.resolve("effective-routes.yaml")).doesNotExist();
    assertThat(istio.resolve("CODEOWNERS")).doesNotExist();
    assertThat(tmp.resolve("istio-review/effective-routes.yaml")).hasContent(effective);
    assertOnlyKubernetesObjects(istio);
    assertThat(g.check(istio).isClean()).isTrue();
  }

  @Test
  void aHandEditedFileOfTheEarlierLayoutStopsTheMoveAndNothingIsWritten() throws IOException {
    Path istio = tmp.resolve("istio");
    Generation g = bookinfo();
    g.writeTo(new OutputLocations(istio, istio), Wording.NEUTRAL, tmp);
    Path owners = istio.resolve("CODEOWNERS");
    Files.writeString(owners, Files.readString(owners) + "/istio/extra.yaml @someone\n");
    Map<String, String> before = snapshot(tmp);

    assertThatThrownBy(() -> g.writeTo(istio))
        .isInstanceOf(OutputConflictException.class)
        .hasMessageContaining(
            "istio/CODEOWNERS: edited by hand since vsplit generated it (the spec no longer produces it)");

    assertThat(snapshot(tmp)).isEqualTo(before);
  }

  @Test
  void aFileOfTheSameNameThatVsplitDidNotWriteStaysWhereItIs() throws IOException {
    Path istio = tmp.resolve("istio");
    Files.createDirectories(istio);
    Files.writeString(istio.resolve("CODEOWNERS"), "* @platform\n");

    bookinfo().writeTo(istio);

    assertThat(istio.resolve("CODEOWNERS")).hasContent("* @platform\n");
    assertThat(tmp.resolve("istio-review/CODEOWNERS")).isRegularFile();
  }

  @Test
  void theReviewFolderIsConfigurableButNeverInsideTheAppliedOneNorAroundIt() {
    Path istio = tmp.resolve("istio");
    assertThat(OutputLocations.beside(istio).review()).isEqualTo(tmp.resolve("istio-review"));
    assertThat(new OutputLocations(istio, istio).together()).isTrue();
    assertThat(new OutputLocations(istio, tmp.resolve("docs/routes")).review())
        .isEqualTo(tmp.resolve("docs/routes"));
    assertThatThrownBy(() -> new OutputLocations(istio, istio.resolve("review")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lies inside the applied folder")
        .hasMessageContaining("istio-review");
    assertThatThrownBy(() -> new OutputLocations(istio, tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds the applied folder");
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted().toList()) {
        out.put(root.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "/");
      }
    }
    return out;
  }
}
