package dev.vsplit.fork;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import com.example.places.ExitingMesh;
import com.example.places.ExitingRoutes;
import dev.vsplit.assembly.Assembler;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.base.CallSite;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specs run in forked JVMs; what goes wrong there is a finding naming the spec (VS220, VS222). */
class SpecRunsTest {

  static SpecRuns.Options options(String... jvmOptions) {
    List<String> jvm = new ArrayList<>(SpecRuns.DEFAULT_JVM_OPTIONS);
    jvm.addAll(List.of(jvmOptions));
    return new SpecRuns.Options(
        ForkClasspath.of(SpecRunsTest.class.getClassLoader()),
        List.of(),
        Duration.ofSeconds(60),
        jvm);
  }

  static SpecRuns.Outcome run(List<String> meshes, List<String> teams, SpecRuns.Options options)
      throws Exception {
    return SpecRuns.run(
        meshes,
        teams,
        Path.of("").toAbsolutePath(),
        List.of(Path.of("src/test/java")),
        options,
        Wording.NEUTRAL);
  }

  @Test
  void theForkedRunGivesWhatTheSpecsGiveInProcess() throws Exception {
    SpecRuns.Outcome forked =
        run(
            List.of(BookinfoMesh.class.getName()),
            List.of(IdentityRoutes.class.getName(), StorefrontRoutes.class.getName()),
            options());
    Assembler.Result inProcess =
        new Assembler()
            .run(
                List.of(new BookinfoMesh()), List.of(new IdentityRoutes(), new StorefrontRoutes()));

    assertThat(forked.findings()).isEmpty();
    assertThat(forked.result().resources())
        .extracting(r -> r.resource())
        .containsExactlyElementsOf(inProcess.resources().stream().map(r -> r.resource()).toList());
    assertThat(forked.result().findings()).isEqualTo(inProcess.findings());
    assertThat(forked.result().adminOwners()).isEqualTo(inProcess.adminOwners());
    assertThat(forked.result().scopes().keySet())
        .containsExactlyElementsOf(inProcess.scopes().keySet());
  }

  static GeneratedResource written(SpecRuns.Outcome outcome, Class<?> spec) {
    return outcome.result().resources().stream()
        .filter(r -> spec.getName().equals(r.source()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void withoutLinesTheForksGiveTheSameResourcesLocatedNowhere() throws Exception {
    List<String> meshes = List.of(BookinfoMesh.class.getName());
    List<String> teams = List.of(IdentityRoutes.class.getName(), StorefrontRoutes.class.getName());
    SpecRuns.Outcome quick = run(meshes, teams, options().withLines(false));
    SpecRuns.Outcome lines = run(meshes, teams, options());

    assertThat(quick.result().resources())
        .extracting(r -> r.resource())
        .containsExactlyElementsOf(
            lines.result().resources().stream().map(r -> r.resource()).toList());
    GeneratedResource quickIdentity = written(quick, IdentityRoutes.class);
    GeneratedResource linesIdentity = written(lines, IdentityRoutes.class);
    assertThat(quickIdentity.sourceMap().locate("spec.http[0]")).isEqualTo(CallSite.NOT_CAPTURED);
    assertThat(linesIdentity.sourceMap().locate("spec.http[0]").file())
        .isEqualTo("com/example/bookinfo/identity/IdentityRoutes.java");
  }

  @Test
  void theForkLoadsNoJsonLibrary(@TempDir Path dir) throws Exception {
    // Jackson, configured to write a few kilobytes, was most of a fork's time: the child loads
    // the specs, vsplit's recording classes and the JDK's, and nothing else
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SpecRuns.DEFAULT_JVM_OPTIONS);
    command.addAll(List.of("-Xlog:class+load=info", "-cp"));
    command.add(
        String.join(
            File.pathSeparator,
            ForkClasspath.of(SpecRunsTest.class.getClassLoader()).stream()
                .map(Path::toString)
                .toList()));
    command.addAll(
        List.of(
            ForkMain.class.getName(),
            "team",
            dir.resolve("result").toString(),
            BookinfoMesh.class.getName(),
            IdentityRoutes.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor()).isZero();
    assertThat(dir.resolve("result")).isNotEmptyFile();
    assertThat(log).contains(IdentityRoutes.class.getName() + " source:");
    assertThat(log.lines().filter(l -> l.contains("jackson"))).isEmpty();
  }

  @Test
  void aSpecThatExitsFailsTheRunWithItsExitCodeAndOutput() throws Exception {
    SpecRuns.Outcome outcome =
        run(List.of(ExitingMesh.class.getName()), List.of(), options("-Dvsplit.test.exit=true"));

    assertThat(outcome.result()).isNull();
    assertThat(outcome.findings()).extracting(Finding::code).containsExactly(Code.VS222);
    Finding f = outcome.findings().get(0);
    assertThat(f.message())
        .isEqualTo(
            "the JVM running com.example.places.ExitingMesh exited with code 0 before writing its"
                + " result (a spec called System.exit?); its output ends:\nleaving now");
    assertThat(f.source().file()).isEqualTo("com/example/places/ExitingMesh.java");
  }

  @Test
  void aSpecThatHangsIsStoppedAtTheTimeout() throws Exception {
    SpecRuns.Options options =
        new SpecRuns.Options(
            ForkClasspath.of(SpecRunsTest.class.getClassLoader()),
            List.of(),
            Duration.ofMillis(1),
            null);

    SpecRuns.Outcome outcome = run(List.of(BookinfoMesh.class.getName()), List.of(), options);

    assertThat(outcome.findings()).extracting(Finding::code).containsExactly(Code.VS222);
    assertThat(outcome.findings().get(0).message())
        .contains(
            "did not finish within 0 s and was stopped (raise the fork timeout if it needs longer)");
  }

  @Test
  void aTeamSpecInNoTeamsPlaceIsRefusedNotRun() throws Exception {
    SpecRuns.Outcome outcome =
        run(
            List.of(BookinfoMesh.class.getName()),
            List.of(ExitingRoutes.class.getName()),
            options("-Dvsplit.test.exit=true"));

    assertThat(outcome.result()).isNull();
    assertThat(outcome.findings()).extracting(Finding::code).containsExactly(Code.VS220);
    assertThat(outcome.findings().get(0).message())
        .isEqualTo(
            "TeamSpec com.example.places.ExitingRoutes lies in no team's place, so no team owns it"
                + " and it does not run; the places the administrator gave are: storefront: package"
                + " com.example.bookinfo.storefront; identity: package"
                + " com.example.bookinfo.identity");
  }
}
