package dev.vsplit;

import dev.vsplit.routing.MeshOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Vsplit#generate} and {@link Vsplit#check} run and where they write.
 *
 * @param projectDirectory the project's folder; file names in messages are relative to it
 * @param classpath the compiled classes and the jars the specs need
 * @param specDirectories compiled classes to scan for {@link MeshSpec} and {@link TeamSpec} classes
 * @param specClasses spec classes to load whether or not the scan finds them
 * @param sourceRoots the Java source folders, so findings can name {@code src/main/java/.../Spec.java}
 * @param outputDirectory the checked-in folder the YAML goes to
 * @param mesh the mesh settings the generated YAML is checked under
 */
public record GenerateRequest(
    Path projectDirectory,
    List<Path> classpath,
    List<Path> specDirectories,
    List<String> specClasses,
    List<Path> sourceRoots,
    Path outputDirectory,
    MeshOptions mesh) {

  public GenerateRequest {
    Objects.requireNonNull(projectDirectory, "projectDirectory");
    classpath = List.copyOf(classpath);
    specDirectories = List.copyOf(specDirectories);
    specClasses = List.copyOf(specClasses);
    sourceRoots = List.copyOf(sourceRoots);
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    mesh = Objects.requireNonNullElse(mesh, MeshOptions.DEFAULTS);
  }
}
