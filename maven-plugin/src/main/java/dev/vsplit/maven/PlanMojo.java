package dev.vsplit.maven;

import dev.vsplit.api.Format;
import dev.vsplit.api.Generation;
import dev.vsplit.api.PlanResult;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import dev.vsplit.routing.Plan;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The blast radius of a routing change: compares the effective routes the specs produce now with
 * the checked-in {@code effective-routes.yaml}, or two effective-route files (or generated
 * folders), and prints per primary and per team the routes added, removed, re-ordered and
 * re-targeted, with a one-line summary. Can fail the build when a change touches more than one
 * team. <br>
 * {@code mvn compile vsplit:plan} <br>
 * {@code mvn compile vsplit:plan -Dvsplit.format=markdown -Dvsplit.planOutput=target/plan.md} <br>
 * {@code mvn dev.vsplit:vsplit-maven-plugin:plan -Dvsplit.before=base/istio -Dvsplit.after=istio
 * -Dvsplit.failOnMultipleTeams}
 */
@Mojo(
    name = "plan",
    requiresProject = false,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class PlanMojo extends AbstractSpecMojo {

  /**
   * The routes before: an effective-routes file or a folder holding one. Default: the review
   * folder's {@code effective-routes.yaml} ({@code istio-review/effective-routes.yaml}).
   */
  @Parameter(property = "vsplit.before")
  String before;

  /**
   * The routes after: an effective-routes file or a folder holding one. Default: what the project's
   * specs produce now.
   */
  @Parameter(property = "vsplit.after")
  String after;

  /** Fails the build when the change touches the routes of more than one team. */
  @Parameter(property = "vsplit.failOnMultipleTeams", defaultValue = "false")
  boolean failOnMultipleTeams;

  /** Fails the build when any route changes. */
  @Parameter(property = "vsplit.failOnChange", defaultValue = "false")
  boolean failOnChange;

  /**
   * How the plan is printed and written: {@code text}, {@code markdown} (a pull-request comment,
   * grouped by team, code owners mentioned) or {@code json}.
   */
  @Parameter(property = "vsplit.format", defaultValue = "text")
  String format;

  /** Also writes the plan to this file (for a pull-request comment). */
  @Parameter(property = "vsplit.planOutput")
  File planOutput;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Format shape;
    try {
      shape = Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("vsplit: -Dvsplit.format: " + e.getMessage(), e);
    }
    boolean inProject = project != null && project.getFile() != null;
    if (!inProject && (before == null || after == null)) {
      throw new MojoFailureException(
          "vsplit:plan outside a project compares two sets of effective routes: pass"
              + " -Dvsplit.before= and -Dvsplit.after= (effective-routes files, or generated folders holding one)");
    }
    RouteSource b =
        RouteSource.yaml(yaml(List.of(before != null ? resolve(before) : defaultBefore())));
    RouteSource a =
        after != null
            ? RouteSource.yaml(yaml(List.of(resolve(after))))
            : RouteSource.specs(request());
    PlanResult result;
    try {
      result = Vsplit.plan(b, a, getClass().getClassLoader());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot read the effective routes: " + e.getMessage(), e);
    }
    if (!result.ok()) {
      print(result.findings());
      throw new MojoFailureException("vsplit: no plan: " + result.problem());
    }
    Plan plan = result.plan();
    String rendered = shape.plan(result);
    rendered.lines().forEach(line -> getLog().info(line));
    if (planOutput != null) {
      try {
        writeText(planOutput.toPath(), rendered);
      } catch (IOException e) {
        throw new MojoExecutionException(
            "vsplit: cannot write the plan to " + planOutput + ": " + e.getMessage(), e);
      }
      getLog().info("vsplit: plan written to " + shown(planOutput));
    }
    if (failOnChange && !plan.isEmpty()) {
      throw new MojoFailureException("vsplit: " + plan.summary() + ", and failOnChange is set.");
    }
    if (failOnMultipleTeams && plan.ownersAffected().size() > 1) {
      throw new MojoFailureException(
          "vsplit: "
              + plan.summary()
              + ": this change touches "
              + String.join(", ", plan.ownersAffected())
              + ", and failOnMultipleTeams is set. Split it into one change per team, or get each team's review.");
    }
  }

  private Path defaultBefore() throws MojoFailureException {
    Path file = locations().review().resolve(Generation.EFFECTIVE_ROUTES);
    if (!Files.isRegularFile(file)) {
      throw new MojoFailureException(
          "vsplit: nothing to compare with: "
              + shown(file.toFile())
              + " does not exist. Run vsplit:generate and check the folder in, or pass -Dvsplit.before= (and -Dvsplit.after=)"
              + " with two effective-routes files or generated folders.");
    }
    return file;
  }
}
