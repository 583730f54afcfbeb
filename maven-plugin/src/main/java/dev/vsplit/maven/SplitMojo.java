package dev.vsplit.maven;

import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Splits a monolithic VirtualService into DSL code: a {@code MeshSpec} with the primary's
 * delegations and one {@code TeamSpec} per team's secondary, by an ownership map. The code is
 * compiled and run in memory and its effective routes compared with the monolith's before any file
 * is written. Works without a pom: <br>
 * {@code mvn dev.vsplit:vsplit-maven-plugin:split -Dvsplit.input=bookinfo.yaml # proposes an
 * ownership map} <br>
 * {@code mvn dev.vsplit:vsplit-maven-plugin:split -Dvsplit.input=bookinfo.yaml
 * -Dvsplit.ownership=ownership.yaml}
 */
@Mojo(name = "split", requiresProject = false, threadSafe = true)
public class SplitMojo extends AbstractVsplitMojo {

  /** The monolith: YAML files or folders with the VirtualServices to split (comma-separated). */
  @Parameter(property = "vsplit.input")
  List<String> input;

  /**
   * The ownership map: which team owns which path (YAML). Without one, split proposes one and
   * generates no code.
   */
  @Parameter(property = "vsplit.ownership")
  File ownership;

  /** The ownership map in the plugin configuration instead of a file: one entry per path. */
  @Parameter List<OwnershipEntry> delegations;

  /** The Java package of the generated specs; overrides the ownership map's {@code package}. */
  @Parameter(property = "vsplit.package")
  String javaPackage;

  /** The source folder the specs are written to; existing files are never overwritten. */
  @Parameter(property = "vsplit.sourceDirectory", defaultValue = "${basedir}/src/main/java")
  File sourceDirectory;

  /**
   * Generate the routes that split cleanly even when others cannot go to one owner; those are
   * listed and left out.
   */
  @Parameter(property = "vsplit.allowPartial", defaultValue = "false")
  boolean allowPartial;

  /** Where a proposed ownership map is written when none is given (never over an existing file). */
  @Parameter(
      property = "vsplit.suggestionOutput",
      defaultValue = "${basedir}/vsplit-ownership.yaml")
  File suggestionOutput;

  /** The project's group: the generated specs' package is {@code <groupId>.mesh} by default. */
  @Parameter(defaultValue = "${project.groupId}", readonly = true)
  String groupId;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (input == null || input.isEmpty()) {
      throw new MojoFailureException(
          "vsplit:split needs the monolith to split: pass -Dvsplit.input=<file or folder>[,...]");
    }
    SplitRequest request =
        new SplitRequest(
            resolveAll(input),
            ownership == null ? null : ownership.toPath(),
            inline(),
            sourceDirectory.toPath(),
            javaPackage,
            allowPartial,
            suggestionOutput.toPath(),
            basedir.toPath(),
            namespace,
            mesh(),
            limits(),
            wording(),
            groupId == null || groupId.isBlank()
                ? null
                : groupId.replace('-', '_').toLowerCase(java.util.Locale.ROOT) + ".mesh");
    SplitResult result;
    try {
      result = Vsplit.split(request);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot read the input or write the sources: " + e.getMessage(), e);
    }
    print(result.findings());
    result.proof().forEach(line -> getLog().info("vsplit: proof: " + line));
    if (result.hasErrors()) {
      throw new MojoFailureException(
          "vsplit: "
              + result.errors().size()
              + " error(s) (listed above); nothing was written."
              + (allowPartial
                  ? ""
                  : " Fix them, or pass -Dvsplit.allowPartial=true to split the rest and keep those routes out."));
    }
    if (result.suggestion() != null) {
      getLog()
          .info(
              "vsplit: proposed ownership map"
                  + (result.suggestionWritten() == null
                      ? ""
                      : " written to " + shown(result.suggestionWritten()))
                  + ":\n"
                  + result.suggestion());
      return;
    }
    // a partial split also writes the routes it left out (YAML beside the ownership map): no source
    List<java.nio.file.Path> specs = new ArrayList<>();
    List<java.nio.file.Path> leftOut = new ArrayList<>();
    for (java.nio.file.Path f : result.written()) {
      (f.getFileName().toString().endsWith(".java") ? specs : leftOut).add(f);
    }
    getLog()
        .info(
            "vsplit: "
                + specs.size()
                + " source file(s) written to "
                + shown(sourceDirectory.toPath())
                + ":");
    specs.forEach(f -> getLog().info("  " + shown(f)));
    leftOut.forEach(
        f -> getLog().info("vsplit: the routes left out of the split written to " + shown(f)));
    getLog()
        .info(
            "vsplit: next, name the mesh spec in the plugin's configuration (<specs><spec>"
                + result.meshSpecClass()
                + "</spec></specs>), then build the project to generate the YAML from them (mvn"
                + " process-classes with vsplit:generate). Each team's specs are in a package of"
                + " its own, which the mesh spec gives the team (Team.specPackage).");
  }

  private String shown(java.nio.file.Path p) {
    java.nio.file.Path abs = p.toAbsolutePath().normalize();
    java.nio.file.Path base = basedir.toPath().toAbsolutePath().normalize();
    return abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
  }

  private List<SplitRequest.OwnedPath> inline() {
    List<SplitRequest.OwnedPath> paths = new ArrayList<>();
    if (delegations != null) {
      for (OwnershipEntry e : delegations) {
        paths.add(
            new SplitRequest.OwnedPath(
                e.prefix,
                e.exact,
                e.team,
                e.secondary,
                e.namespace,
                e.primary,
                e.className,
                e.owners));
      }
    }
    return paths;
  }
}
