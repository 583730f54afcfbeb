package dev.vsplit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.yaml.ReadLimits;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * Every read limit is a parameter; its defaults are the library's, and a bad value is the user's to
 * fix.
 */
class ReadLimitParametersTest {

  private static AnalyzeMojo mojo() {
    AnalyzeMojo mojo = new AnalyzeMojo();
    // the defaults the descriptor declares
    mojo.maxFileBytes = 33554432;
    mojo.maxDepth = 64;
    mojo.maxAliases = 100;
    mojo.maxAliasExpansion = 10000;
    mojo.maxScalarLength = 1048576;
    mojo.namespace = "default";
    mojo.domainSuffix = "cluster.local";
    mojo.basedir = new File(".");
    return mojo;
  }

  @Test
  void theDefaultsAreTheLibrarysDefaults() throws MojoFailureException {
    assertThat(mojo().limits()).isEqualTo(ReadLimits.DEFAULTS);
  }

  @Test
  void everyLimitIsPassedOn() throws MojoFailureException {
    AnalyzeMojo mojo = mojo();
    mojo.maxFileBytes = 1000;
    mojo.maxDepth = 5;
    mojo.maxAliases = 0;
    mojo.maxAliasExpansion = 7;
    mojo.maxScalarLength = 80;
    assertThat(mojo.limits()).isEqualTo(new ReadLimits(1000, 5, 0, 7, 80));
  }

  @Test
  void aLimitOutOfRangeFailsTheBuildNamingIt() {
    AnalyzeMojo mojo = mojo();
    mojo.maxDepth = 0;
    mojo.input = List.of("x.yaml");
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "vsplit: read limit maxDepth is 0; it must be between 1 and 256 (default 64). Fix the parameter in"
                + " the plugin's <configuration> or its -Dvsplit.<name> property.");
  }
}
