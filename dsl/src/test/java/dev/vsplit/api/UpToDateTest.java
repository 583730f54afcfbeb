package dev.vsplit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import com.example.broken.ThrowingMesh;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.routing.MeshOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Vsplit#generate} with an up-to-date record: skipped when nothing that decides the output
 * changed, generated again when anything did (a class file, a jar, a setting, the output folder).
 */
class UpToDateTest {

  static final ClassLoader LOADER = UpToDateTest.class.getClassLoader();
  static final List<String> SPECS =
      List.of(
          BookinfoMesh.class.getName(),
          IdentityRoutes.class.getName(),
          StorefrontRoutes.class.getName());

  @TempDir Path dir;

  Path classes;
  Path jar;
  Path out;
  Path record;

  @BeforeEach
  void project() throws IOException, URISyntaxException {
    // a class folder holding the bookinfo specs, as the project's target/classes would
    Path tests =
        Path.of(BookinfoMesh.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    classes =
        Files.createDirectories(dir.resolve("classes/com/example/bookinfo"))
            .getParent()
            .getParent()
            .getParent();
    Path bookinfo = tests.resolve("com/example/bookinfo");
    try (Stream<Path> files = Files.walk(bookinfo)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to =
            classes.resolve("com/example/bookinfo").resolve(bookinfo.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
    jar = Files.writeString(dir.resolve("lib.jar"), "not really a jar");
    out = dir.resolve("istio");
    record = dir.resolve("target/vsplit/generate.uptodate");
  }

  GenerateRequest request(MeshOptions mesh) {
    return new GenerateRequest(
            dir, List.of(classes, jar), List.of(classes), SPECS, List.of(), out, mesh)
        .withUpToDateFile(record);
  }

  GenerateResult generate() throws IOException {
    return Vsplit.generate(request(MeshOptions.DEFAULTS), LOADER);
  }

  Map<String, FileTime> times() throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        times.put(out.relativize(f).toString(), Files.getLastModifiedTime(f));
      }
    }
    return times;
  }

  @Test
  void aSecondGenerationWithNothingChangedIsSkippedAndTouchesNothing() throws IOException {
    GenerateResult first = generate();
    assertThat(first.upToDate()).isFalse();
    assertThat(first.written().written()).isNotEmpty();
    assertThat(record).isRegularFile();
    assertThat(record.toString()).doesNotStartWith(out.toString());
    Map<String, FileTime> before = times();

    GenerateResult second = generate();

    assertThat(second.upToDate()).isTrue();
    assertThat(second.specClasses()).containsExactlyElementsOf(first.specClasses());
    assertThat(second.hasErrors()).isFalse();
    assertThat(second.noSpecs()).isFalse();
    assertThat(times()).isEqualTo(before);
  }

  @Test
  void aDeletedOutputFileIsGeneratedAgain() throws IOException {
    generate();
    Path file = out.resolve("ns1/virtualservice-vs-1.yaml");
    Files.delete(file);

    GenerateResult again = generate();

    assertThat(again.upToDate()).isFalse();
    assertThat(again.written().written()).containsExactly("istio/ns1/virtualservice-vs-1.yaml");
    assertThat(file).isRegularFile();
    assertThat(generate().upToDate()).isTrue();
  }

  @Test
  void anOutputFileEditedSinceIsNotSkippedSoTheEditIsReported() throws IOException {
    generate();
    Path file = out.resolve("ns1/virtualservice-vs-1.yaml");
    Files.writeString(file, Files.readString(file) + "# hotfix\n");

    assertThat(UpToDate.of(request(MeshOptions.DEFAULTS)).orElseThrow().unchanged()).isEmpty();
  }

  @Test
  void aChangedClassFileIsGeneratedAgainEvenIfNoSpec() throws IOException {
    generate();
    // any class in the folder may be one a spec calls
    Files.write(
        classes.resolve("com/example/bookinfo/Helper.class"),
        new byte[] {(byte) 0xCA, (byte) 0xFE});

    assertThat(generate().upToDate()).isFalse();
    assertThat(generate().upToDate()).isTrue();
  }

  @Test
  void sameBytesWrittenAgainAreStillUpToDate() throws IOException {
    generate();
    // a compiler writing the same bytes again: only the content counts in class folders
    Path spec = classes.resolve("com/example/bookinfo/identity/IdentityRoutes.class");
    Files.write(spec, Files.readAllBytes(spec));
    Files.setLastModifiedTime(spec, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

    assertThat(generate().upToDate()).isTrue();
  }

  @Test
  void aJarReplacedOnTheClasspathIsGeneratedAgain() throws IOException {
    generate();
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));

    assertThat(generate().upToDate()).isFalse();
  }

  @Test
  void aChangedSettingIsGeneratedAgain() throws IOException {
    generate();

    GenerateResult other =
        Vsplit.generate(request(new MeshOptions("corp.example", List.of("*"))), LOADER);

    assertThat(other.upToDate()).isFalse();
    assertThat(generate().upToDate()).as("and back: the record is the last generation's").isFalse();
  }

  /**
   * The wording counts by the words it writes into the files' headers, not by which object it is.
   */
  @Test
  void otherWordsForRegeneratingAreGeneratedAgainTheSameWordsAreNot() throws IOException {
    Wording cli =
        fix ->
            fix.kind() == Fix.Kind.REGENERATE ? "run 'vsplit generate'" : Wording.NEUTRAL.word(fix);
    Wording sameWords =
        fix ->
            fix.kind() == Fix.Kind.REGENERATE ? "run 'vsplit generate'" : "other words elsewhere";
    GenerateResult first = Vsplit.generate(request(MeshOptions.DEFAULTS).withWording(cli), LOADER);
    assertThat(first.upToDate()).isFalse();
    assertThat(Files.readString(dir.resolve("istio-review").resolve(Generation.EFFECTIVE_ROUTES)))
        .contains("change the spec and run 'vsplit generate'.");

    assertThat(
            Vsplit.generate(request(MeshOptions.DEFAULTS).withWording(sameWords), LOADER)
                .upToDate())
        .isTrue();
    GenerateResult neutral = generate();
    assertThat(neutral.upToDate()).isFalse();
    assertThat(Files.readString(dir.resolve("istio-review").resolve(Generation.EFFECTIVE_ROUTES)))
        .contains("change the spec and regenerate.");
  }

  @Test
  void withoutRecordFileEveryGenerationRuns() throws IOException {
    GenerateRequest always = request(MeshOptions.DEFAULTS).withUpToDateFile(null);
    Vsplit.generate(always, LOADER);

    assertThat(Vsplit.generate(always, LOADER).upToDate()).isFalse();
    assertThat(record).doesNotExist();
  }

  @Test
  void aFailedGenerationLeavesNoRecordSoTheNextOneRunsAndReportsAgain() throws IOException {
    generate();
    GenerateRequest broken =
        new GenerateRequest(
                dir,
                List.of(classes, jar),
                List.of(classes),
                List.of(ThrowingMesh.class.getName()),
                List.of(),
                out,
                MeshOptions.DEFAULTS)
            .withUpToDateFile(record);

    GenerateResult failed = Vsplit.generate(broken, LOADER);
    assertThat(failed.hasErrors()).isTrue();
    assertThat(record).doesNotExist();

    assertThat(Vsplit.generate(broken, LOADER).upToDate()).isFalse();
  }

  @Test
  void anUnreadableRecordIsNotTrusted() throws IOException {
    generate();
    Files.writeString(record, "something else\n");

    assertThat(generate().upToDate()).isFalse();
    assertThat(generate().upToDate()).isTrue();
  }
}
