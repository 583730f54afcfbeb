package dev.vsplit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.bookinfo.BookinfoMesh;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.routing.MeshOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goals that read compiled specs on their own refuse classes older than their sources, or missing,
 * instead of answering from the last compile; they say to compile first, in the front end's words.
 */
class StaleClassesTest {

  private static final ClassLoader LOADER = StaleClassesTest.class.getClassLoader();
  private static final Instant COMPILED = Instant.parse("2026-01-01T12:00:00Z");

  /** A front end that words compiling as its own command, the operation after it. */
  private static final Wording TOOL =
      fix ->
          fix.kind() == Fix.Kind.COMPILE
              ? "tool compile" + (fix.subject() == null ? "" : " && tool " + fix.subject())
              : Wording.NEUTRAL.word(fix);

  @TempDir Path project;
  Path classes;
  Path sources;

  @BeforeEach
  void compiledProject() throws IOException, URISyntaxException {
    Path tests =
        Path.of(BookinfoMesh.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    classes = project.resolve("target/classes");
    Path bookinfo = tests.resolve("com/example/bookinfo");
    try (Stream<Path> files = Files.walk(bookinfo)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = classes.resolve("com/example/bookinfo").resolve(bookinfo.relativize(f));
        Files.createDirectories(to.getParent());
        Files.setLastModifiedTime(Files.copy(f, to), FileTime.from(COMPILED));
      }
    }
    sources = Files.createDirectories(project.resolve("src/main/java/com/example/bookinfo"));
    for (String name :
        List.of("BookinfoMesh", "identity/IdentityRoutes", "storefront/StorefrontRoutes")) {
      source(
          name,
          "public final class " + name.substring(name.indexOf('/') + 1) + " {}",
          COMPILED.minusSeconds(60));
    }
    source("package-info", "package com.example.bookinfo;", COMPILED.plusSeconds(60));
  }

  private void source(String name, String text, Instant modified) throws IOException {
    Path file = sources.resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }

  private GenerateRequest request() {
    return new GenerateRequest(
            project,
            List.of(classes),
            List.of(classes),
            List.of(BookinfoMesh.class.getName()),
            List.of(project.resolve("src/main/java")),
            project.resolve("istio"),
            MeshOptions.DEFAULTS)
        .withWording(TOOL);
  }

  @Test
  void classesNewerThanTheirSourcesRun() throws IOException {
    GenerateResult result = Vsplit.check(request(), LOADER);
    assertThat(result.specClasses()).hasSize(3);
  }

  @Test
  void aSourceChangedSinceTheCompileIsRefusedNamingItAndTheCommand() {
    Path changed = sources.resolve("identity/IdentityRoutes.java");
    assertThat(changed).exists();
    try {
      Files.setLastModifiedTime(changed, FileTime.from(COMPILED.plusSeconds(5)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    assertThatThrownBy(() -> Vsplit.check(request(), LOADER))
        .isInstanceOf(StaleClassesException.class)
        .hasMessage(
            "1 source file is newer than its compiled class, so the specs would run as they were at"
                + " the last compile, not as they are now:\n"
                + "  src/main/java/com/example/bookinfo/identity/IdentityRoutes.java (changed after"
                + " target/classes/com/example/bookinfo/identity/IdentityRoutes.class was"
                + " compiled)\n"
                + "Compile first (tool compile && tool check), then run it again.")
        .satisfies(
            e ->
                assertThat(((StaleClassesException) e).sources())
                    .singleElement()
                    .asString()
                    .startsWith("src/main/java/com/example/bookinfo/identity/IdentityRoutes.java"));
    // explain and plan run the specs through run(): no operation of vsplit's to name
    assertThatThrownBy(() -> Vsplit.run(request(), LOADER))
        .hasMessageEndingWith("Compile first (tool compile), then run it again.");
  }

  @Test
  void aNewSpecNeverCompiledIsRefusedOneExcludedBeforeTheCompileIsNot() throws IOException {
    source("Excluded", "final class Excluded {}", COMPILED.minusSeconds(3600));
    assertThat(Vsplit.check(request(), LOADER).specClasses()).hasSize(3);

    source("ReviewsRoutes", "public final class ReviewsRoutes {}", COMPILED.plusSeconds(30));
    source("Helpers", "// only a comment, no type of this name", COMPILED.plusSeconds(30));

    assertThatThrownBy(() -> Vsplit.generate(request(), LOADER))
        .isInstanceOf(StaleClassesException.class)
        .hasMessageContaining(
            "  src/main/java/com/example/bookinfo/ReviewsRoutes.java (not compiled: no"
                + " com/example/bookinfo/ReviewsRoutes.class)\n")
        .hasMessageContaining("(tool compile && tool generate)")
        .hasMessageNotContaining("Helpers")
        .hasMessageNotContaining("Excluded")
        .hasMessageNotContaining("package-info");
    assertThat(project.resolve("istio")).doesNotExist();
  }

  @Test
  void classesFromElsewhereAreNotCompared() throws IOException {
    // the specs on a test's class path, no class folder in the request: nothing to compare with
    Files.setLastModifiedTime(
        sources.resolve("identity/IdentityRoutes.java"), FileTime.from(COMPILED.plusSeconds(5)));
    GenerateRequest noFolders =
        new GenerateRequest(
            project,
            List.of(),
            List.of(),
            List.of(BookinfoMesh.class.getName()),
            List.of(project.resolve("src/main/java")),
            project.resolve("istio"),
            MeshOptions.DEFAULTS);
    assertThat(Vsplit.check(noFolders, LOADER).specClasses()).hasSize(1);
  }
}
