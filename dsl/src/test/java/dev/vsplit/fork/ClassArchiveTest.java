package dev.vsplit.fork;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import dev.vsplit.findings.Wording;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class archive of vsplit's own classes: made once, then used; anything wrong with it costs
 * time, never the build or a word in the output.
 */
class ClassArchiveTest {

  @TempDir static Path jars;

  /** vsplit as a user's build has it: jars only (this module's classes, packed), no folder. */
  static List<Path> vsplitJars;

  /** The specs, from the test classes folder. */
  static List<Path> projectClasses;

  @BeforeAll
  static void packVsplit() throws IOException {
    vsplitJars = new ArrayList<>();
    projectClasses = new ArrayList<>();
    for (Path p : ForkClasspath.of(ClassArchiveTest.class.getClassLoader())) {
      if (Files.isDirectory(p) && Files.exists(p.resolve("dev/vsplit/fork/ForkMain.class"))) {
        vsplitJars.add(0, jar(p, jars.resolve("vsplit-dsl.jar")));
      } else if (Files.isDirectory(p)) {
        projectClasses.add(p);
      } else {
        vsplitJars.add(p);
      }
    }
  }

  static Path jar(Path classes, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new ZipEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  static SpecRuns.Outcome run(Path archives) throws Exception {
    return SpecRuns.run(
        List.of(BookinfoMesh.class.getName()),
        List.of(IdentityRoutes.class.getName(), StorefrontRoutes.class.getName()),
        Path.of("").toAbsolutePath(),
        List.of(Path.of("src/test/java")),
        new SpecRuns.Options(vsplitJars, projectClasses, Duration.ofSeconds(60), null, archives),
        Wording.NEUTRAL);
  }

  static ClassArchive archive(Path archives) {
    return ClassArchive.of(archives, vsplitJars, SpecRuns.DEFAULT_JVM_OPTIONS);
  }

  static List<String> yaml(SpecRuns.Outcome outcome) {
    assertThat(outcome.findings()).isEmpty();
    return outcome.result().resources().stream().map(r -> r.resource().toString()).toList();
  }

  @Test
  void theFirstRunMakesTheArchiveAndTheRunsAfterItUseIt(@TempDir Path tmp) throws Exception {
    Path archives = tmp.resolve("archives");
    assertThat(archive(archives).toMake()).isTrue();

    List<String> first = yaml(run(archives));

    ClassArchive made = archive(archives);
    assertThat(made.usable()).isTrue();
    assertThat(made.file()).isNotEmptyFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archives)))
        .isEqualTo("rwx------");
    assertThat(yaml(run(archives))).isEqualTo(first);
    assertThat(forkOutput(made.options(SpecRuns.DEFAULT_JVM_OPTIONS), vsplitJars))
        .as("what a fork that maps the archive prints")
        .isEmpty();
  }

  @Test
  void aTruncatedArchiveIsNotUsedButMadeAgain(@TempDir Path tmp) throws Exception {
    Path archives = tmp.resolve("archives");
    yaml(run(archives));
    Path file = archive(archives).file();
    byte[] whole = Files.readAllBytes(file);
    file.toFile().setWritable(true);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

    // mapped, this would crash the JVM (SIGBUS): it is not handed to the forks
    assertThat(archive(archives).usable()).isFalse();
    assertThat(archive(archives).options(List.of("-Xss4m"))).containsExactly("-Xss4m");
    List<String> yaml = yaml(run(archives));

    assertThat(archive(archives).usable()).isTrue();
    assertThat(Files.size(file)).isGreaterThan(whole.length / 2);
    assertThat(yaml(run(archives))).isEqualTo(yaml);
  }

  @Test
  void anArchiveTheJvmRefusesCostsNothingButTimeAndSaysNothing(@TempDir Path tmp) throws Exception {
    Path archives = tmp.resolve("archives");
    yaml(run(archives));
    ClassArchive made = archive(archives);
    // another classpath than the archive was made for (another vsplit, another JDK's jars): the
    // JVM does not use it and, with the archive's options, prints nothing about it
    Path other = jar(Files.createDirectories(tmp.resolve("empty")), tmp.resolve("other.jar"));
    List<Path> otherClasspath = new ArrayList<>(List.of(other));
    otherClasspath.addAll(vsplitJars);

    assertThat(forkOutput(made.options(SpecRuns.DEFAULT_JVM_OPTIONS), otherClasspath)).isEmpty();
    assertThat(forkOutput(SpecRuns.DEFAULT_JVM_OPTIONS, otherClasspath)).isEmpty();
    List<String> loud = new ArrayList<>(SpecRuns.DEFAULT_JVM_OPTIONS);
    loud.add("-XX:SharedArchiveFile=" + made.file());
    assertThat(forkOutput(loud, otherClasspath))
        .as("without the archive's options the JVM would say so in the fork's output")
        .contains("Unable to use shared archive");
  }

  @Test
  void thereIsNoArchiveWhereItCannotBeSafeOrUseful(@TempDir Path tmp) throws IOException {
    Path open = Files.createDirectories(tmp.resolve("open/archives"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path openParent = Files.createDirectories(tmp.resolve("shared/archives"));
    Files.setPosixFilePermissions(
        openParent.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
    List<Path> withFolder = new ArrayList<>(vsplitJars);
    withFolder.add(tmp);

    assertThat(archive(open).toMake()).as("a folder others can write").isFalse();
    assertThat(archive(openParent).toMake()).as("in a folder others can write").isFalse();
    assertThat(archive(null).toMake()).isFalse();
    assertThat(ClassArchive.of(tmp.resolve("a"), withFolder, List.of()).toMake())
        .as("the JVM archives classes from jars only")
        .isFalse();
    assertThat(archive(tmp.resolve("mine")).toMake()).isTrue();
  }

  @Test
  void concurrentFirstRunsGiveTheSameResultsAndOneIntactArchive(@TempDir Path tmp)
      throws Exception {
    Path archives = tmp.resolve("archives");
    List<String> sequential = yaml(run(tmp.resolve("elsewhere")));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<SpecRuns.Outcome> a = pool.submit(() -> run(archives));
      Future<SpecRuns.Outcome> b = pool.submit(() -> run(archives));

      assertThat(yaml(a.get())).isEqualTo(sequential);
      assertThat(yaml(b.get())).isEqualTo(sequential);
    } finally {
      pool.shutdown();
    }
    assertThat(archive(archives).usable()).isTrue();
    try (Stream<Path> left = Files.list(archives)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no partial file is left")
          .allMatch(n -> n.endsWith(".jsa") || n.endsWith(".jsa.about"))
          .hasSize(2);
    }
  }

  /** What a fork running bookinfo's mesh spec prints with these options and vsplit classpath. */
  static String forkOutput(List<String> options, List<Path> vsplit) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    List<Path> cp = new ArrayList<>(vsplit);
    cp.addAll(projectClasses);
    command.add("-cp");
    command.add(String.join(File.pathSeparator, cp.stream().map(Path::toString).toList()));
    Path result = Files.createTempFile(jars, "result", "");
    command.addAll(
        List.of(ForkMain.class.getName(), "mesh", result.toString(), BookinfoMesh.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(result).isNotEmptyFile();
    return out;
  }
}
