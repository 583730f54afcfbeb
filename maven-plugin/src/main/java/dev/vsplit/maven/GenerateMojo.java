package dev.vsplit.maven;

import dev.vsplit.api.GenerateResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.output.OutputRefusedException;
import dev.vsplit.output.WriteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the project's {@code MeshSpec} and {@code TeamSpec} classes and writes the primaries,
 * secondaries, skeletons, gateways, {@code kustomization.yaml}, {@code effective-routes.yaml} and a
 * CODEOWNERS fragment to {@code outputDirectory}, when the result has no error. Writes atomically,
 * only files whose bytes change; refuses to overwrite a hand edit.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class GenerateMojo extends AbstractSpecMojo {

  /**
   * Generates even when nothing changed since the last generation. By default the goal skips its
   * work when the spec classes (and every class and resource in the project's class folders), the
   * jars on the compile classpath, vsplit's version, the settings and the output folder are all as
   * the last generation left them.
   */
  @Parameter(property = "vsplit.force", defaultValue = "false")
  boolean force;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution execution;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    OutputClaims.claim(
        session,
        outputDirectory.toPath(),
        new OutputClaims.Claim(
            project.getGroupId() + ":" + project.getArtifactId(),
            execution.getExecutionId(),
            specs == null ? List.of() : List.copyOf(specs)),
        shownOutput());
    GenerateResult result;
    try {
      result =
          Vsplit.generate(
              request().withUpToDateFile(force ? null : upToDateFile()),
              getClass().getClassLoader());
    } catch (OutputRefusedException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot write " + shownOutput() + ": " + e.getMessage(), e);
    }
    if (result.upToDate()) {
      getLog()
          .info(
              "vsplit: "
                  + shownOutput()
                  + " is up to date: nothing it is made from changed since the last generation ("
                  + String.join(", ", result.specClasses())
                  + "); skipped in "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms (-Dvsplit.force=true generates anyway)");
      return;
    }
    if (result.noSpecs()) {
      getLog()
          .warn(
              "vsplit: no MeshSpec or TeamSpec classes in "
                  + project.getBuild().getOutputDirectory()
                  + "; nothing generated. Write a class implementing dev.vsplit.MeshSpec, or name your specs with <specs>.");
      return;
    }
    print(result.findings());
    if (result.hasErrors()) {
      throw new MojoFailureException(
          "vsplit: "
              + result.errors().size()
              + " error(s) in the specs (listed above, each at"
              + " the line that wrote it); nothing was written to "
              + shownOutput()
              + ". Fix them and run the build again.");
    }
    WriteResult written = result.written();
    getLog()
        .info(
            "vsplit: "
                + shownOutput()
                + " "
                + written.summary()
                + ", from "
                + String.join(", ", result.specClasses()));
    written.written().forEach(f -> getLog().info("  written: " + f));
    written.deleted().forEach(f -> getLog().info("  deleted: " + f));
  }

  /**
   * Where the last generation is recorded: in the build folder, one file per execution of the goal.
   */
  private Path upToDateFile() {
    return Path.of(
        project.getBuild().getDirectory(),
        "vsplit",
        "generate-" + execution.getExecutionId() + ".uptodate");
  }
}
