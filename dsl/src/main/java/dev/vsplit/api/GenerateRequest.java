package dev.vsplit.api;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.findings.Wording;
import dev.vsplit.routing.MeshOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

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
   * @param forkTimeout how long each forked spec run may take; {@code null} for the default
   * @param adminFiles files the administrator owns besides the mesh specs and the output folder
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
    adminFiles = adminFiles == null ? List.of() : List.copyOf(adminFiles);
  }

  /**
   * A request in the engine's own words ({@link Wording#NEUTRAL}).
   *
   * @param projectDirectory the project's folder
   * @param classpath the compiled classes and the jars the specs need
   * @param specDirectories compiled classes to scan for specs
   * @param specClasses spec classes to load whether or not the scan finds them
   * @param sourceRoots the Java source folders
   * @param outputDirectory the checked-in folder the YAML goes to
   * @param mesh the mesh settings; {@code null} for the defaults
   * @param upToDateFile where the last generation is recorded; {@code null}: always generate
   */
  public GenerateRequest(
      Path projectDirectory,
      List<Path> classpath,
      List<Path> specDirectories,
      List<String> specClasses,
      List<Path> sourceRoots,
      Path outputDirectory,
      MeshOptions mesh,
      Path upToDateFile) {
    this(
        projectDirectory,
        classpath,
        specDirectories,
        specClasses,
        sourceRoots,
        outputDirectory,
        mesh,
        upToDateFile,
        null,
        null,
        null);
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
        null);
  }

  /**
   * The same request, skipped when nothing changed since the generation recorded in {@code file}.
   *
   * @param file e.g. {@code target/vsplit/generate.uptodate}; {@code null}: always generate
   * @return a new request
   */
  public GenerateRequest withUpToDateFile(Path file) {
    return new GenerateRequest(
        projectDirectory,
        classpath,
        specDirectories,
        specClasses,
        sourceRoots,
        outputDirectory,
        mesh,
        file,
        wording,
        forkTimeout,
        adminFiles);
  }

  /**
   * The same request, its fixes worded by {@code wording}: the front end's commands and settings.
   *
   * @param wording how the front end words a fix: the command in the generated files' header and in
   *     messages; {@code null} for {@link Wording#NEUTRAL}
   * @return a new request
   */
  public GenerateRequest withWording(Wording wording) {
    return new GenerateRequest(
        projectDirectory,
        classpath,
        specDirectories,
        specClasses,
        sourceRoots,
        outputDirectory,
        mesh,
        upToDateFile,
        wording,
        forkTimeout,
        adminFiles);
  }

  /**
   * The same request, each forked spec run given {@code timeout}.
   *
   * @param timeout how long each run may take; {@code null} for the default
   * @return a new request
   */
  public GenerateRequest withForkTimeout(Duration timeout) {
    return new GenerateRequest(
        projectDirectory,
        classpath,
        specDirectories,
        specClasses,
        sourceRoots,
        outputDirectory,
        mesh,
        upToDateFile,
        wording,
        timeout,
        adminFiles);
  }

  /**
   * The same request, the CODEOWNERS fragment giving {@code files} to the administrators.
   *
   * @param files e.g. the build file that configures vsplit
   * @return a new request
   */
  public GenerateRequest withAdminFiles(List<Path> files) {
    return new GenerateRequest(
        projectDirectory,
        classpath,
        specDirectories,
        specClasses,
        sourceRoots,
        outputDirectory,
        mesh,
        upToDateFile,
        wording,
        forkTimeout,
        files);
  }
}
