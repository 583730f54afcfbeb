package dev.vsplit.maven;

import dev.vsplit.api.ScaffoldRequest;
import dev.vsplit.api.ScaffoldResult;
import dev.vsplit.api.Vsplit;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a compilable {@code TeamSpec} for every secondary of the project's mesh specs that has
 * none yet: its scope in a comment and in the example route, which routes as the skeleton did.
 * Needs the compiled specs: {@code mvn compile vsplit:scaffold}. Never overwrites a file.
 */
@Mojo(name = "scaffold", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class ScaffoldMojo extends AbstractSpecMojo {

  /** The source folder the TeamSpecs are written to. */
  @Parameter(property = "vsplit.sourceDirectory", defaultValue = "${project.build.sourceDirectory}")
  File sourceDirectory;

  /** The TeamSpecs' package; default: the package of the MeshSpec that declares the secondary. */
  @Parameter(property = "vsplit.package")
  String javaPackage;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    ScaffoldRequest request = ScaffoldRequest.of(request(), sourceDirectory.toPath(), javaPackage);
    ScaffoldResult result;
    try {
      result = Vsplit.scaffold(request, getClass().getClassLoader());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "vsplit: cannot write " + shown(sourceDirectory) + ": " + e.getMessage(), e);
    }
    if (result.noSpecs()) {
      throw new MojoFailureException(
          "vsplit: no compiled MeshSpec in "
              + shown(new File(project.getBuild().getOutputDirectory()))
              + "; run 'mvn compile vsplit:scaffold' so that scaffold can read the mesh spec.");
    }
    print(result.findings());
    if (result.hasErrors()) {
      throw new MojoFailureException(
          "vsplit: " + result.errors().size() + " error(s) (listed above); nothing was written.");
    }
    if (result.scaffolded().isEmpty()) {
      getLog().info("vsplit: every secondary has a TeamSpec; nothing to scaffold.");
      return;
    }
    List<Path> written = result.written();
    getLog()
        .info(
            "vsplit: "
                + written.size()
                + " TeamSpec(s) written for "
                + String.join(", ", result.scaffolded())
                + ":");
    written.forEach(f -> getLog().info("  " + shown(f.toFile())));
  }
}
