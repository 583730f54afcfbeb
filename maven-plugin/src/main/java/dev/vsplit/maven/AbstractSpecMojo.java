package dev.vsplit.maven;

import dev.vsplit.api.GenerateRequest;
import dev.vsplit.api.GenerateResult;
import dev.vsplit.output.Drift;
import dev.vsplit.output.OutputLocations;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
   * Where the effective routes ({@code effective-routes.yaml}) and the CODEOWNERS fragment go:
   * files people review but no cluster applies, kept out of {@code outputDirectory} so that it
   * holds only Kubernetes objects and {@code kustomization.yaml}. Default: beside it, named after
   * it with {@code -review} ({@code istio-review/}). {@code outputDirectory} itself puts them back
   * in it.
   */
  @Parameter(property = "vsplit.reviewDirectory")
  File reviewDirectory;

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

  /** Lines of diff shown per differing file (check, and generate in CI). */
  @Parameter(property = "vsplit.maxDiffLines", defaultValue = "20")
  int maxDiffLines;

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
        .withReviewDirectory(reviewDirectory == null ? null : reviewDirectory.toPath())
        .withForkTimeout(Duration.ofSeconds(forkTimeout))
        .withAdminFiles(
            project.getFile() == null ? List.of() : List.of(project.getFile().toPath()));
  }

  /**
   * Fails the build when the folders differ from what the specs produce, naming each stale,
   * missing, extra or hand-edited file with its diff; says so when they match.
   *
   * @param result what check (or generate in CI) compared
   * @param why what the comparison was for, after "vsplit: ... does not match the specs", e.g.
   *     {@code ""} or {@code " (CI: generate compares and writes nothing)"}
   */
  void failOnDrift(GenerateResult result, String why) throws MojoFailureException {
    Drift drift = result.drift();
    if (!drift.isClean()) {
      throw new MojoFailureException(
          "vsplit: "
              + shownFolders()
              + " "
              + (shownFolders().contains(" and ") ? "do" : "does")
              + " not match the specs"
              + why
              + ".\n"
              + drift.describe(maxDiffLines, wording()));
    }
    getLog()
        .info(
            "vsplit: "
                + shownFolders()
                + (shownFolders().contains(" and ") ? " match" : " matches")
                + " the specs ("
                + String.join(", ", result.specClasses())
                + ")");
  }

  /** The output folder as the user knows it: relative to the project. */
  String shownOutput() {
    return shownFolder(outputDirectory.toPath());
  }

  /** The output folder and the review folder beside it (or where {@code reviewDirectory} says). */
  OutputLocations locations() {
    return reviewDirectory == null
        ? OutputLocations.beside(outputDirectory.toPath())
        : new OutputLocations(outputDirectory.toPath(), reviewDirectory.toPath());
  }

  /** The output folder and the review folder (when it is another), as the user knows them. */
  String shownFolders() {
    OutputLocations locations = locations();
    return locations.together()
        ? shownFolder(locations.applied())
        : shownFolder(locations.applied()) + " and " + shownFolder(locations.review());
  }

  private String shownFolder(Path folder) {
    Path out = folder.toAbsolutePath().normalize();
    Path base = basedir.toPath().toAbsolutePath().normalize();
    return out.startsWith(base) ? base.relativize(out) + "/" : out + "/";
  }
}
