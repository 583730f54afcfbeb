package dev.vsplit.api;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.codegen.Scaffolder;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.MeshOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Vsplit#scaffold} loads and where it writes.
 *
 * @param projectDirectory the project's folder; file names in messages are relative to it
 * @param classpath the compiled classes and the jars the specs need
 * @param specDirectories compiled classes to scan for {@link MeshSpec} and {@link TeamSpec} classes
 * @param specClasses spec classes to load whether or not the scan finds them
 * @param sourceRoots the Java source folders, so findings can name the spec's source file
 * @param sourceDirectory the source folder the new TeamSpecs go to (e.g. {@code src/main/java})
 * @param javaPackage the new classes' package; {@code null} for the package of the MeshSpec that
 *     declares the secondary
 * @param mesh the mesh settings the specs are checked under
 * @param wording how the front end words a fix in the findings and the new sources ({@link
 *     Wording#NEUTRAL} when {@code null})
 */
public record ScaffoldRequest(
    Path projectDirectory,
    List<Path> classpath,
    List<Path> specDirectories,
    List<String> specClasses,
    List<Path> sourceRoots,
    Path sourceDirectory,
    String javaPackage,
    MeshOptions mesh,
    Wording wording) {

  /**
   * Checks the folders and copies the lists.
   *
   * @param projectDirectory the project's folder
   * @param classpath the compiled classes and the jars the specs need
   * @param specDirectories compiled classes to scan for specs
   * @param specClasses spec classes to load whether or not the scan finds them
   * @param sourceRoots the Java source folders
   * @param sourceDirectory the source folder the new TeamSpecs go to
   * @param javaPackage the new classes' package, or {@code null}
   * @param mesh the mesh settings; {@code null} for the defaults
   * @param wording how the front end words a fix in the findings and the new sources; {@code null}
   *     for {@link Wording#NEUTRAL}
   */
  public ScaffoldRequest {
    Objects.requireNonNull(projectDirectory, "projectDirectory");
    classpath = List.copyOf(classpath);
    specDirectories = List.copyOf(specDirectories);
    specClasses = List.copyOf(specClasses);
    sourceRoots = List.copyOf(sourceRoots);
    Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    mesh = Objects.requireNonNullElse(mesh, MeshOptions.DEFAULTS);
    wording = Objects.requireNonNullElse(wording, Wording.NEUTRAL);
  }

  /**
   * A request that loads the specs as {@code generate} does and writes the new TeamSpecs to {@code
   * sourceDirectory}.
   *
   * @param generate the project, classpath, specs, source folders, mesh settings and wording to use
   * @param sourceDirectory the source folder the new TeamSpecs go to
   * @param javaPackage the new classes' package; {@code null} for the package of the MeshSpec that
   *     declares the secondary
   * @return the request
   */
  public static ScaffoldRequest of(
      GenerateRequest generate, Path sourceDirectory, String javaPackage) {
    return new ScaffoldRequest(
        generate.projectDirectory(),
        generate.classpath(),
        generate.specDirectories(),
        generate.specClasses(),
        generate.sourceRoots(),
        sourceDirectory,
        javaPackage,
        generate.mesh(),
        generate.wording());
  }

  GenerateRequest toGenerateRequest() {
    return new GenerateRequest(
            projectDirectory,
            classpath,
            specDirectories,
            specClasses,
            sourceRoots,
            sourceDirectory,
            mesh)
        .withWording(wording);
  }

  /**
   * The scaffold of the specs loaded for this request, which produced {@code generation} with
   * {@code loading}'s findings.
   */
  Scaffolder.Job toJob(SpecLoader.Specs specs, Generation generation, List<Finding> loading) {
    List<VirtualService> skeletons = new ArrayList<>();
    for (GeneratedResource r : generation.resources()) {
      if (r.skeleton() && r.resource() instanceof VirtualService vs) {
        skeletons.add(vs);
      }
    }
    return new Scaffolder.Job(
        projectDirectory,
        sourceDirectory,
        javaPackage,
        specs.meshes(),
        specs.teams(),
        generation.scopes(),
        skeletons,
        loading,
        wording);
  }
}
