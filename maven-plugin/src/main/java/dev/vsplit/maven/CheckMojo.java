package dev.vsplit.maven;

import dev.vsplit.api.Vsplit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Regenerates in memory and fails when {@code outputDirectory} or the review folder beside it
 * differs: a stale, missing, extra or hand-edited file, each shown with its diff. It writes
 * nothing. In CI, {@code generate} compares the same way before it.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class CheckMojo extends AbstractSpecMojo {

  /** Skips this goal only ({@code vsplit.skip} skips every goal). */
  @Parameter(property = "vsplit.check.skip", defaultValue = "false")
  boolean skipCheck;

  @Override
  String skippedBy() {
    return skipCheck ? "vsplit.check.skip" : null;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    compare(request(), Vsplit::check, "check", "", "");
  }
}
