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
 * {@code <specs>} names the administrator's mesh specs; the compiled classes are scanned whether or
 * not it is given, so that a mesh spec it does not name (one in a team's sources) is found and
 * refused (VS220) instead of silently left out or silently run.
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
  void withoutSpecsTheClassesAreScanned() throws MojoExecutionException {
    GenerateRequest request = mojo(null).request();
    assertThat(request.specDirectories()).containsExactly(tmp.resolve("target/classes"));
    assertThat(request.specClasses()).isEmpty();
    assertThat(mojo(List.of()).request().specDirectories())
        .containsExactly(tmp.resolve("target/classes"));
  }

  @Test
  void namedSpecsAreNamedAndTheClassesStillScanned() throws MojoExecutionException {
    GenerateRequest request = mojo(List.of("com.example.ShopMesh")).request();
    assertThat(request.specDirectories()).containsExactly(tmp.resolve("target/classes"));
    assertThat(request.specClasses()).containsExactly("com.example.ShopMesh");
  }
}
