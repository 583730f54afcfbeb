package dev.vsplit.maven;

import dev.vsplit.api.GenerateRequest;
import dev.vsplit.api.GenerateResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.output.OutputRefusedException;
import dev.vsplit.output.WriteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
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
 * secondaries, skeletons, gateways and {@code kustomization.yaml} to {@code outputDirectory}, and
 * {@code effective-routes.yaml} and a CODEOWNERS fragment to the review folder beside it, when the
 * result has no error. Writes atomically, only files whose bytes change; refuses to overwrite a
 * hand edit. In CI (the environment variable {@code CI} is {@code true}, or {@code
 * -Dvsplit.ci=true}) it writes nothing: it compares like {@code check} and fails on stale output.
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

  /**
   * Whether the build runs in CI: then generate writes nothing, compares like {@code check}, and
   * fails naming each stale, missing or extra file, so that output not regenerated before the
   * commit fails the build instead of being regenerated in CI's throwaway checkout. Default: the
   * environment variable {@code CI} ({@code true} on GitHub Actions, GitLab CI, CircleCI and most
   * others); {@code false} switches it off, {@code true} on.
   */
  @Parameter(property = "vsplit.ci")
  String ci;

  /** Skips this goal only ({@code vsplit.skip} skips every goal). */
  @Parameter(property = "vsplit.generate.skip", defaultValue = "false")
  boolean skipGenerate;

  /** The environment the build runs in: where the variable {@code CI} is read. */
  Function<String, String> environment = System::getenv;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution execution;

  @Override
  String skippedBy() {
    return skipGenerate ? "vsplit.generate.skip" : null;
  }

  /**
   * Whether the build runs in CI: {@code -Dvsplit.ci} when given, else the environment variable
   * {@code CI}.
   */
  boolean inCi() throws MojoFailureException {
    if (ci != null && !ci.isBlank()) {
      String v = ci.strip();
      if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
        return v.equalsIgnoreCase("true");
      }
      throw new MojoFailureException(
          "vsplit: -Dvsplit.ci="
              + ci
              + " is neither true nor false. Give -Dvsplit.ci=true or -Dvsplit.ci=false.");
    }
    String env = environment.apply("CI");
    return env != null && (env.strip().equalsIgnoreCase("true") || env.strip().equals("1"));
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (inCi()) {
      compareInCi();
      return;
    }
    long start = System.nanoTime();
    claim(outputDirectory.toPath(), shownOutput());
    GenerateRequest request = request();
    if (!request.locations().together()) {
      claim(request.locations().review(), shown(request.locations().review().toFile()) + "/");
    }
    GenerateResult result;
    try {
      result =
          Vsplit.generate(
              request.withUpToDateFile(force ? null : upToDateFile()), getClass().getClassLoader());
    } catch (OutputRefusedException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot write " + shownFolders() + ": " + e.getMessage(), e);
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
    if (!ran(
        result,
        "; nothing generated. Write a class implementing dev.vsplit.MeshSpec, or name your specs with <specs>.",
        ", each at the line that wrote it); nothing was written to "
            + shownFolders()
            + ". Fix them and run the build again.")) {
      return;
    }
    WriteResult written = result.written();
    getLog()
        .info(
            "vsplit: "
                + shownFolders()
                + ": "
                + written.summary()
                + ", from "
                + String.join(", ", result.specClasses()));
    written.written().forEach(f -> getLog().info("  written: " + f));
    written.deleted().forEach(f -> getLog().info("  deleted: " + f));
  }

  /**
   * In CI: the specs run, nothing is written, and the folders must already hold what they produce.
   */
  private void compareInCi() throws MojoExecutionException, MojoFailureException {
    compare(
        request().withCi(true),
        Vsplit::generate,
        "compare",
        ", each at the line that wrote it",
        " (in CI, generate compares and writes nothing; regenerate where CI is not set, or with"
            + " -Dvsplit.ci=false)");
  }

  /** Claims {@code folder} for this execution, or refuses when another one with other work did. */
  private void claim(Path folder, String shown) throws MojoFailureException {
    OutputClaims.claim(
        session,
        folder,
        new OutputClaims.Claim(
            project.getGroupId() + ":" + project.getArtifactId(),
            execution.getExecutionId(),
            specs == null ? List.of() : List.copyOf(specs)),
        shown);
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
