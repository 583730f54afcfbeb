package dev.vsplit.maven;

import dev.vsplit.api.GenerateRequest;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
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
   * The administrator's {@code MeshSpec} classes, by name: the only mesh specs that run. A {@code
   * MeshSpec} anywhere else in the compiled classes (in a team's sources) fails the build (VS220),
   * as does naming none. Team specs are found in the places the mesh specs give their teams ({@code
   * Team.specPackage}); naming {@code TeamSpec} classes here too runs only those.
   */
  @Parameter(property = "vsplit.specs")
  List<String> specs;

  /**
   * How long each forked spec run (the mesh specs, then each team's specs) may take, in seconds,
   * before it is stopped and the build fails (VS222).
   */
  @Parameter(property = "vsplit.forkTimeout", defaultValue = "120")
  int forkTimeout;

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
    // Always scan: a MeshSpec the administrator did not name must be found to be refused.
    return new GenerateRequest(
            basedir.toPath(),
            classpath,
            List.of(classes),
            specs == null ? List.of() : specs,
            sourceRoots,
            outputDirectory.toPath(),
            mesh())
        .withWording(wording())
        .withForkTimeout(Duration.ofSeconds(forkTimeout))
        .withAdminFiles(
            project.getFile() == null ? List.of() : List.of(project.getFile().toPath()));
  }

  /** The output folder as the user knows it: relative to the project. */
  String shownOutput() {
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    Path base = basedir.toPath().toAbsolutePath().normalize();
    return out.startsWith(base) ? base.relativize(out) + "/" : out + "/";
  }
}
