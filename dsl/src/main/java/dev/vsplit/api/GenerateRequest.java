package dev.vsplit.api;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.findings.Wording;
import dev.vsplit.output.OutputLocations;
import dev.vsplit.routing.MeshOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link Vsplit#generate} and {@link Vsplit#check} run and where they write.
 *
 * @param projectDirectory the project's folder; file names in messages are relative to it
 * @param classpath the compiled classes and the jars the specs need
 * @param specDirectories compiled classes to scan for {@link MeshSpec} and {@link TeamSpec} classes
 * @param specClasses spec classes to load whether or not the scan finds them
 * @param sourceRoots the Java source folders, so findings can name {@code
 *     src/main/java/.../Spec.java}
 * @param outputDirectory the checked-in folder the YAML goes to
 * @param mesh the mesh settings the generated YAML is checked under
 * @param upToDateFile where {@link Vsplit#generate} records what the last generation was made from,
 *     so that it can skip the next one when nothing changed (a file in the build folder, e.g.
 *     {@code target/vsplit/generate.uptodate}); {@code null}: always generate
 * @param wording how the front end words a fix: the command in the generated files' header and in
 *     messages ({@link Wording#NEUTRAL} when {@code null})
 * @param reviewDirectory where the effective routes and the CODEOWNERS fragment go; {@code null}:
 *     beside the output folder ({@link OutputLocations#beside})
 * @param ci whether the build runs in CI (the front end decides, e.g. from the environment variable
 *     {@code CI}): then {@link Vsplit#generate} writes nothing and compares like {@link
 *     Vsplit#check}, so that output not regenerated before the commit fails the build instead of
 *     being regenerated in a throwaway checkout
 * @param forkTimeout how long each forked spec run may take ({@code null}: the default, two
 *     minutes)
 * @param adminFiles files the administrator owns besides the mesh specs and the output folder (the
 *     build file that configures vsplit), which the CODEOWNERS fragment gives to the administrators
 */
public record GenerateRequest(
    Path projectDirectory,
    List<Path> classpath,
    List<Path> specDirectories,
    List<String> specClasses,
    List<Path> sourceRoots,
    Path outputDirectory,
    MeshOptions mesh,
    Path upToDateFile,
    Wording wording,
    Path reviewDirectory,
    boolean ci,
    Duration forkTimeout,
    List<Path> adminFiles) {

  /**
   * Checks the folders and copies the lists.
   *
   * @param projectDirectory the project's folder
   * @param classpath the compiled classes and the jars the specs need
   * @param specDirectories compiled classes to scan for specs
   * @param specClasses spec classes to load whether or not the scan finds them
   * @param sourceRoots the Java source folders
   * @param outputDirectory the checked-in folder the YAML goes to
   * @param mesh the mesh settings; {@code null} for the defaults
   * @param upToDateFile where the last generation is recorded; {@code null}: always generate
   * @param wording how the front end words a fix: the command in the generated files' header and in
   *     messages; {@code null} for {@link Wording#NEUTRAL}
   * @param reviewDirectory where the effective routes and the CODEOWNERS fragment go; {@code null}:
   *     beside the output folder
   * @param ci whether to compare instead of writing, as in CI
   * @param forkTimeout how long each forked spec run may take; {@code null} for the default
   * @param adminFiles files the administrator owns besides the mesh specs and the output folder
   * @throws IllegalArgumentException when one of the output and the review folder lies inside the
   *     other
   */
  public GenerateRequest {
    Objects.requireNonNull(projectDirectory, "projectDirectory");
    classpath = List.copyOf(classpath);
    specDirectories = List.copyOf(specDirectories);
    specClasses = List.copyOf(specClasses);
    sourceRoots = List.copyOf(sourceRoots);
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    mesh = Objects.requireNonNullElse(mesh, MeshOptions.DEFAULTS);
    wording = Objects.requireNonNullElse(wording, Wording.NEUTRAL);
    if (reviewDirectory != null) {
      new OutputLocations(outputDirectory, reviewDirectory); // refuses one inside the other
    }
    adminFiles = adminFiles == null ? List.of() : List.copyOf(adminFiles);
  }

  /**
   * The folders vsplit writes: the output folder, applied by the GitOps tool, and the review
   * folder.
   *
   * @return the output folder and {@link #reviewDirectory}, or the folder beside it
   */
  public OutputLocations locations() {
    return OutputLocations.of(outputDirectory, reviewDirectory);
  }

  /**
   * The same request, the effective routes and the CODEOWNERS fragment going to {@code directory}.
   *
   * @param directory the review folder; {@code null}: beside the output folder; the output folder
   *     itself: both in one folder
   * @return a new request
   * @throws IllegalArgumentException when one folder lies inside the other
   */
  public GenerateRequest withReviewDirectory(Path directory) {
    return edit(d -> d.reviewDirectory = directory);
  }

  /**
   * The same request, in CI or not: in CI, {@link Vsplit#generate} writes nothing and compares.
   *
   * @param inCi whether the build runs in CI
   * @return a new request
   */
  public GenerateRequest withCi(boolean inCi) {
    return edit(d -> d.ci = inCi);
  }

  /**
   * The same request, each forked spec run given {@code timeout}.
   *
   * @param timeout how long each run may take; {@code null} for the default
   * @return a new request
   */
  public GenerateRequest withForkTimeout(Duration timeout) {
    return edit(d -> d.forkTimeout = timeout);
  }

  /**
   * The same request, the CODEOWNERS fragment giving {@code files} to the administrators.
   *
   * @param files e.g. the build file that configures vsplit
   * @return a new request
   */
  public GenerateRequest withAdminFiles(List<Path> files) {
    return edit(d -> d.adminFiles = files);
  }

  /**
   * A request that always generates (no up-to-date check).
   *
   * @param projectDirectory the project's folder
   * @param classpath the compiled classes and the jars the specs need
   * @param specDirectories compiled classes to scan for specs
   * @param specClasses spec classes to load whether or not the scan finds them
   * @param sourceRoots the Java source folders
   * @param outputDirectory the checked-in folder the YAML goes to
   * @param mesh the mesh settings; {@code null} for the defaults
   */
  public GenerateRequest(
      Path projectDirectory,
      List<Path> classpath,
      List<Path> specDirectories,
      List<String> specClasses,
      List<Path> sourceRoots,
      Path outputDirectory,
      MeshOptions mesh) {
    this(
        projectDirectory,
        classpath,
        specDirectories,
        specClasses,
        sourceRoots,
        outputDirectory,
        mesh,
        null,
        null,
        null,
        false,
        null,
        List.of());
  }

  /**
   * The same request, skipped when nothing changed since the generation recorded in {@code file}.
   *
   * @param file e.g. {@code target/vsplit/generate.uptodate}; {@code null}: always generate
   * @return a new request
   */
  public GenerateRequest withUpToDateFile(Path file) {
    return edit(d -> d.upToDateFile = file);
  }

  /**
   * The same request, its fixes worded by {@code wording}: the front end's commands and settings.
   *
   * @param wording how the front end words a fix: the command in the generated files' header and in
   *     messages; {@code null} for {@link Wording#NEUTRAL}
   * @return a new request
   */
  public GenerateRequest withWording(Wording wording) {
    return edit(d -> d.wording = wording);
  }

  private GenerateRequest edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new GenerateRequest(
        d.projectDirectory,
        d.classpath,
        d.specDirectories,
        d.specClasses,
        d.sourceRoots,
        d.outputDirectory,
        d.mesh,
        d.upToDateFile,
        d.wording,
        d.reviewDirectory,
        d.ci,
        d.forkTimeout,
        d.adminFiles);
  }

  /** This record's components while a wither changes some of them. */
  private static final class Draft {
    Path projectDirectory;
    List<Path> classpath;
    List<Path> specDirectories;
    List<String> specClasses;
    List<Path> sourceRoots;
    Path outputDirectory;
    MeshOptions mesh;
    Path upToDateFile;
    Wording wording;
    Path reviewDirectory;
    boolean ci;
    Duration forkTimeout;
    List<Path> adminFiles;

    Draft(GenerateRequest r) {
      projectDirectory = r.projectDirectory;
      classpath = r.classpath;
      specDirectories = r.specDirectories;
      specClasses = r.specClasses;
      sourceRoots = r.sourceRoots;
      outputDirectory = r.outputDirectory;
      mesh = r.mesh;
      upToDateFile = r.upToDateFile;
      wording = r.wording;
      reviewDirectory = r.reviewDirectory;
      ci = r.ci;
      forkTimeout = r.forkTimeout;
      adminFiles = r.adminFiles;
    }
  }
}
