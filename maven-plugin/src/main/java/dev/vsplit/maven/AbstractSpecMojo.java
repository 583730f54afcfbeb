package dev.vsplit.maven;

import dev.vsplit.api.GenerateRequest;
import dev.vsplit.api.GenerateResult;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import dev.vsplit.output.Drift;
import dev.vsplit.output.OutputLocations;
import java.io.File;
import java.io.IOException;
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

  /** A run of the specs that writes nothing: {@link Vsplit#check}, or generate in CI. */
  @FunctionalInterface
  interface Comparison {
    GenerateResult run(GenerateRequest request, ClassLoader loader) throws IOException;
  }

  /**
   * Runs the specs through {@code comparison} and fails the build on errors in the specs, or when
   * the folders differ from what they produce.
   *
   * @param nothing what is not done when there are no specs ({@code check}, {@code compare})
   * @param errorsAside what the count of errors adds inside its parentheses, e.g. {@code ", each at
   *     the line that wrote it"}
   * @param why what the comparison was for, as {@link #failOnDrift} takes it
   */
  void compare(
      GenerateRequest request,
      Comparison comparison,
      String nothing,
      String errorsAside,
      String why)
      throws MojoExecutionException, MojoFailureException {
    GenerateResult result;
    try {
      result = comparison.run(request, getClass().getClassLoader());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot read " + shownFolders() + ": " + e.getMessage(), e);
    }
    if (ran(result, "; nothing to " + nothing + ".", errorsAside + ").")) {
      failOnDrift(result, why);
    }
  }

  /**
   * Warns when the compiled classes hold no spec; else prints the findings and fails the build on
   * errors in the specs.
   *
   * @param noSpecs what the warning adds after the folder, e.g. {@code "; nothing to check."}
   * @param errors what the message about errors adds after "(listed above"
   * @return whether the specs ran without errors: false when there were none
   */
  boolean ran(GenerateResult result, String noSpecs, String errors) throws MojoFailureException {
    if (result.noSpecs()) {
      warnNoSpecs(noSpecs);
      return false;
    }
    print(result.findings());
    if (result.hasErrors()) {
      throw new MojoFailureException(
          "vsplit: " + result.errors().size() + " error(s) in the specs (listed above" + errors);
    }
    return true;
  }

  /** Warns that the compiled classes hold no spec; {@code rest} follows the folder. */
  private void warnNoSpecs(String rest) {
    getLog()
        .warn(
            "vsplit: no MeshSpec or TeamSpec classes in "
                + shown(new File(project.getBuild().getOutputDirectory()))
                + rest);
  }

  /**
   * What a goal that reads YAML or the project's specs reads: {@code input} when given, else the
   * specs. Outside a project there are no specs, and {@code input} is needed.
   *
   * @param goal the goal, for the message when there is nothing to read
   */
  RouteSource routes(List<String> input, String goal)
      throws MojoExecutionException, MojoFailureException {
    boolean yaml = input != null && !input.isEmpty();
    if (!yaml && (project == null || project.getFile() == null)) {
      throw new MojoFailureException(
          "vsplit:"
              + goal
              + " outside a project reads YAML: pass -Dvsplit.input=<files or folders>"
              + " (the manifests, e.g. a generated istio/ folder)");
    }
    return yaml ? RouteSource.yaml(yaml(resolveAll(input))) : RouteSource.specs(request());
  }

  /**
   * Fails the build when the folders differ from what the specs produce, naming each stale,
   * missing, extra or hand-edited file with its diff; says so when they match.
   *
   * @param result what check (or generate in CI) compared
   * @param why what the comparison was for, after "vsplit: ... does not match the specs", e.g.
   *     {@code ""} or {@code " (CI: generate compares and writes nothing)"}
   */
  private void failOnDrift(GenerateResult result, String why) throws MojoFailureException {
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
    return OutputLocations.of(
        outputDirectory.toPath(), reviewDirectory == null ? null : reviewDirectory.toPath());
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
