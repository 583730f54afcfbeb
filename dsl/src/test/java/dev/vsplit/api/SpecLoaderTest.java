package dev.vsplit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import com.example.specloader.CatalogRoutes;
import com.example.specloader.ShopMesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.routing.MeshOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code vsplit:generate} finds the project's specs without configuration. */
class SpecLoaderTest {

  static final ClassLoader LOADER = SpecLoaderTest.class.getClassLoader();

  static Path testClasses() throws URISyntaxException {
    return Path.of(BookinfoMesh.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** A classes folder holding only the compiled {@code com.example.specloader} fixtures. */
  static Path specloaderClasses(Path dir) throws IOException, URISyntaxException {
    Path from = testClasses().resolve("com/example/specloader");
    Path to = Files.createDirectories(dir.resolve("com/example/specloader"));
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  static Finding problem(SpecLoader.Specs specs, String className) {
    List<Finding> found =
        specs.problems().stream().filter(p -> p.message().contains(className + " ")).toList();
    assertThat(found).as("problems about %s in %s", className, specs.problems()).hasSize(1);
    return found.get(0);
  }

  @Test
  void scanningTheTestClassesFindsTheBookinfoSpecsAndOnlySpecs() throws Exception {
    SpecLoader.Specs specs = SpecLoader.load(List.of(testClasses()), LOADER, List.of());

    assertThat(specs.classNames())
        .contains(
            BookinfoMesh.class.getName(),
            IdentityRoutes.class.getName(),
            StorefrontRoutes.class.getName());
    assertThat(specs.classNames())
        .allSatisfy(
            name -> {
              Class<?> type = Class.forName(name, false, LOADER);
              assertThat(
                      MeshSpec.class.isAssignableFrom(type)
                          || TeamSpec.class.isAssignableFrom(type))
                  .as(name)
                  .isTrue();
            });
    // test classes that use specs, anonymous specs, helpers: none of them is a spec
    assertThat(specs.classNames())
        .doesNotContain(
            "dev.vsplit.BookinfoTest",
            SpecLoaderTest.class.getName(),
            "dev.vsplit.InlineSpecs",
            "dev.vsplit.InlineSpecs" + "$1",
            "dev.vsplit.OwnershipTrees",
            "com.example.specloader.NotASpec",
            "com.example.specloader.BaseRoutes",
            "com.example.specloader.ShopMesh$1");
    assertThat(specs.problems()).extracting(Finding::code).containsOnly(Code.VS207);
  }

  @Test
  void aClassesFolderGivesExactlyItsSpecs(@TempDir Path dir) throws Exception {
    SpecLoader.Specs specs = SpecLoader.load(List.of(specloaderClasses(dir)), LOADER, List.of());

    // abstract BaseRoutes, anonymous ShopMesh$1, inner ShopMesh$Inner, local ShopMesh$1Local:
    // skipped
    assertThat(specs.meshes())
        .extracting(m -> m.getClass().getName())
        .containsExactly(ShopMesh.class.getName());
    // CatalogRoutes never names TeamSpec itself: it extends an abstract spec
    assertThat(specs.teams())
        .extracting(t -> t.getClass().getName())
        .containsExactly(CatalogRoutes.class.getName());
    assertThat(specs.problems()).hasSize(3);
  }

  @Test
  void aSpecWithoutPublicNoArgumentConstructorIsAFinding(@TempDir Path dir) throws Exception {
    SpecLoader.Specs specs = SpecLoader.load(List.of(specloaderClasses(dir)), LOADER, List.of());

    Finding needsArgument = problem(specs, "com.example.specloader.NeedsArgumentMesh");
    assertThat(needsArgument.code()).isEqualTo(Code.VS207);
    assertThat(needsArgument.message())
        .isEqualTo(
            "spec class com.example.specloader.NeedsArgumentMesh has no no-argument constructor");
    assertThat(needsArgument.hint())
        .isEqualTo("add a public no-argument constructor: vsplit creates specs itself");
    assertThat(needsArgument.source())
        .isEqualTo(Location.of("com/example/specloader/NeedsArgumentMesh.java", 0));

    Finding hidden = problem(specs, "com.example.specloader.HiddenMesh");
    assertThat(hidden.code()).isEqualTo(Code.VS207);
    assertThat(hidden.message())
        .isEqualTo(
            "spec class com.example.specloader.HiddenMesh and its no-argument constructor must be public");

    Finding throwing = problem(specs, "com.example.specloader.ThrowingConstructorRoutes");
    assertThat(throwing.code()).isEqualTo(Code.VS207);
    assertThat(throwing.message())
        .isEqualTo(
            "creating com.example.specloader.ThrowingConstructorRoutes threw"
                + " java.lang.IllegalStateException: CATALOG_URL is not set");
  }

  @Test
  void explicitNamesAreLoadedWithoutScanning() {
    SpecLoader.Specs specs =
        SpecLoader.load(
            List.of(),
            LOADER,
            List.of(
                IdentityRoutes.class.getName(),
                BookinfoMesh.class.getName(),
                StorefrontRoutes.class.getName()));

    assertThat(specs.problems()).isEmpty();
    assertThat(specs.classNames())
        .containsExactly(
            BookinfoMesh.class.getName(),
            IdentityRoutes.class.getName(),
            StorefrontRoutes.class.getName());
    Generation g = Vsplit.load(specs.meshes(), specs.teams(), MeshOptions.DEFAULTS);
    assertThat(g.findings()).isEmpty();
  }

  @Test
  void anExplicitNameThatIsNoSpecOrNoClassIsAFinding() {
    SpecLoader.Specs specs =
        SpecLoader.load(
            List.of(), LOADER, List.of("com.example.specloader.NotASpec", "com.example.Missing"));

    assertThat(specs.isEmpty()).isTrue();
    assertThat(specs.problems()).extracting(Finding::code).containsExactly(Code.VS207, Code.VS207);
    assertThat(specs.problems())
        .extracting(Finding::message)
        .containsExactly(
            "cannot load spec class com.example.Missing: java.lang.ClassNotFoundException: com.example.Missing",
            "com.example.specloader.NotASpec implements neither MeshSpec nor TeamSpec");
    assertThat(specs.problems())
        .extracting(Finding::source)
        .containsExactly(
            Location.of("com/example/Missing.java", 0),
            Location.of("com/example/specloader/NotASpec.java", 0));
  }

  @Test
  void aClassFoundTwiceIsCreatedOnce(@TempDir Path dir) throws Exception {
    SpecLoader.Specs specs =
        SpecLoader.load(List.of(specloaderClasses(dir)), LOADER, List.of(ShopMesh.class.getName()));

    assertThat(specs.meshes()).hasSize(1);
  }

  @Test
  void specsRegisteredWithServiceLoaderAreFoundAndACrashingOneIsAFinding(@TempDir Path dir)
      throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(MeshSpec.class.getName()), ShopMesh.class.getName() + "\n");
    Files.writeString(
        services.resolve(TeamSpec.class.getName()),
        CatalogRoutes.class.getName() + "\ncom.example.specloader.ThrowingConstructorRoutes\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, LOADER)) {
      SpecLoader.Specs specs = SpecLoader.load(List.of(), loader, List.of());

      assertThat(specs.meshes())
          .extracting(m -> m.getClass().getName())
          .containsExactly(ShopMesh.class.getName());
      assertThat(specs.teams())
          .extracting(t -> t.getClass().getName())
          .containsExactly(CatalogRoutes.class.getName());
      assertThat(problem(specs, "com.example.specloader.ThrowingConstructorRoutes").code())
          .isEqualTo(Code.VS207);
    }
  }

  @Test
  void aMissingFolderHasNoSpecs(@TempDir Path dir) {
    assertThat(SpecLoader.load(List.of(dir.resolve("missing")), LOADER, List.of()).isEmpty())
        .isTrue();
  }

  @Test
  void theFoundSpecsGenerateTogether(@TempDir Path dir) throws Exception {
    SpecLoader.Specs specs = SpecLoader.load(List.of(specloaderClasses(dir)), LOADER, List.of());

    Generation g = Vsplit.load(specs.meshes(), specs.teams(), MeshOptions.DEFAULTS);

    assertThat(g.errors()).isEmpty();
    assertThat(g.resources()).noneMatch(GeneratedResource::skeleton);
  }
}
