package dev.vsplit.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputClaimsTest {

  @TempDir Path tmp;

  private static OutputClaims.Claim claim(String project, String execution, String... specs) {
    return new OutputClaims.Claim(project, execution, List.of(specs));
  }

  @Test
  void aSecondExecutionWithOtherSpecsIsRefusedNamingBoth() throws MojoFailureException {
    Object build = new Object();
    OutputClaims.claim(build, tmp.resolve("istio"), claim("g:shop", "mesh", "a.Mesh"), "istio/");

    assertThatThrownBy(
            () ->
                OutputClaims.claim(
                    build, tmp.resolve("istio"), claim("g:shop", "teams", "a.Routes"), "istio/"))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "vsplit: istio/ is the output folder of execution 'mesh' of g:shop in this build already; execution"
                + " 'teams' of g:shop writing it too would delete the files the other one generated (a generation removes"
                + " the files it no longer produces). Nothing was written by execution 'teams' of g:shop. Give each execution"
                + " its own <outputDirectory>, or run all the specs in one execution.");
  }

  @Test
  void anotherModuleWritingTheSameFolderIsRefusedToo() throws MojoFailureException {
    Object build = new Object();
    OutputClaims.claim(
        build, tmp.resolve("shared/istio"), claim("g:a", "default"), "../shared/istio/");
    assertThatThrownBy(
            () ->
                OutputClaims.claim(
                    build,
                    tmp.resolve("b/../shared/istio"),
                    claim("g:b", "default"),
                    "../shared/istio/"))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("execution 'default' of g:a");
  }

  @Test
  void theSameWorkAgainOtherFoldersAndOtherBuildsAreFine() throws MojoFailureException {
    Object build = new Object();
    OutputClaims.claim(
        build, tmp.resolve("istio"), claim("g:shop", "generate", "a.Mesh"), "istio/");
    assertThatCode(
            () ->
                OutputClaims.claim(
                    build,
                    tmp.resolve("istio"),
                    claim("g:shop", "default-cli", "a.Mesh"),
                    "istio/"))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                OutputClaims.claim(
                    build, tmp.resolve("other"), claim("g:shop", "teams", "a.Routes"), "other/"))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                OutputClaims.claim(new Object(), tmp.resolve("istio"), claim("g:x", "x"), "istio/"))
        .doesNotThrowAnyException();
  }
}
