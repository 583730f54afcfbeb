package dev.vsplit.maven;

import dev.vsplit.api.GenerateResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.output.Drift;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Regenerates in memory and fails when {@code outputDirectory} differs: a stale, missing, extra or
 * hand-edited file. CI runs this; it writes nothing.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class CheckMojo extends AbstractSpecMojo {

  /** Lines of diff shown per differing file. */
  @Parameter(property = "vsplit.maxDiffLines", defaultValue = "20")
  int maxDiffLines;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    GenerateResult result;
    try {
      result = Vsplit.check(request(), getClass().getClassLoader());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot read " + shownOutput() + ": " + e.getMessage(), e);
    }
    if (result.noSpecs()) {
      getLog()
          .warn(
              "vsplit: no MeshSpec or TeamSpec classes in "
                  + project.getBuild().getOutputDirectory()
                  + "; nothing to check.");
      return;
    }
    print(result.findings());
    if (result.hasErrors()) {
      throw new MojoFailureException(
          "vsplit: " + result.errors().size() + " error(s) in the specs (listed above).");
    }
    Drift drift = result.drift();
    if (!drift.isClean()) {
      throw new MojoFailureException(
          "vsplit: "
              + shownOutput()
              + " does not match the specs.\n"
              + drift.describe(maxDiffLines, wording()));
    }
    getLog()
        .info(
            "vsplit: "
                + shownOutput()
                + " matches the specs ("
                + String.join(", ", result.specClasses())
                + ")");
  }
}
