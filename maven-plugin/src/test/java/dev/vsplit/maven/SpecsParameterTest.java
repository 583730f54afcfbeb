package dev.vsplit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.GenerateRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <specs>} says which specs run: then those only; without it, every spec the compiled
 * classes hold.
 */
class SpecsParameterTest {

  @TempDir Path tmp;

  private GenerateMojo mojo(List<String> specs) {
    GenerateMojo mojo = new GenerateMojo();
    MavenProject project = new MavenProject();
    Build build = new Build();
    build.setOutputDirectory(tmp.resolve("target/classes").toString());
    project.getModel().setBuild(build);
    mojo.project = project;
    mojo.basedir = tmp.toFile();
    mojo.outputDirectory = new File(tmp.toFile(), "istio");
    mojo.domainSuffix = "cluster.local";
    mojo.specs = specs;
    return mojo;
  }

  @Test
  void withoutSpecsEveryCompiledSpecRuns() throws MojoExecutionException {
    GenerateRequest request = mojo(null).request();
    assertThat(request.specDirectories()).containsExactly(tmp.resolve("target/classes"));
    assertThat(request.specClasses()).isEmpty();
    assertThat(mojo(List.of()).request().specDirectories())
        .containsExactly(tmp.resolve("target/classes"));
  }

  @Test
  void namedSpecsRunAlone() throws MojoExecutionException {
    // The classes folder was scanned as well, so naming specs added to them instead of choosing
    // them.
    GenerateRequest request = mojo(List.of("com.example.ShopMesh")).request();
    assertThat(request.specDirectories()).isEmpty();
    assertThat(request.specClasses()).containsExactly("com.example.ShopMesh");
  }
}
