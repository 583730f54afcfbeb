package dev.vsplit.maven;

import dev.vsplit.api.GenerateRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What {@code generate} and {@code check} share: which specs to run and where the YAML lives. */
abstract class AbstractSpecMojo extends AbstractVsplitMojo {

  /**
   * The checked-in folder the generated YAML goes to (applied by your GitOps tool). Files vsplit
   * did not generate there are never touched.
   */
  @Parameter(property = "vsplit.outputDirectory", defaultValue = "${project.basedir}/istio")
  File outputDirectory;

  /**
   * Spec classes to run, by name. Optional: by default every class in the project's compiled
   * classes that implements {@code dev.vsplit.MeshSpec} or {@code dev.vsplit.TeamSpec} runs.
   */
  @Parameter(property = "vsplit.specs")
  List<String> specs;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  GenerateRequest request() throws MojoExecutionException {
    List<Path> classpath = new ArrayList<>();
    try {
      for (String element : project.getCompileClasspathElements()) {
        classpath.add(Path.of(element));
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException(
          "vsplit: the compile classpath is not resolved: " + e.getMessage(), e);
    }
    List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    // <specs> names the specs to run: then those only, else every spec the compiled classes hold.
    boolean named = specs != null && !specs.isEmpty();
    return new GenerateRequest(
            basedir.toPath(),
            classpath,
            named ? List.of() : List.of(classes),
            named ? specs : List.of(),
            sourceRoots,
            outputDirectory.toPath(),
            mesh())
        .withWording(wording());
  }

  /** The output folder as the user knows it: relative to the project. */
  String shownOutput() {
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    Path base = basedir.toPath().toAbsolutePath().normalize();
    return out.startsWith(base) ? base.relativize(out) + "/" : out + "/";
  }
}
