package dev.vsplit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * generate knows it runs in CI from the environment variable {@code CI}, which GitHub Actions,
 * GitLab CI, CircleCI and most others set to {@code true}; {@code -Dvsplit.ci} overrides it either
 * way.
 */
class CiParameterTest {

  private static GenerateMojo mojo(Map<String, String> environment, String property) {
    GenerateMojo mojo = new GenerateMojo();
    mojo.environment = environment::get;
    mojo.ci = property;
    return mojo;
  }

  @Test
  void theEnvironmentVariableCiTurnsItOn() throws MojoFailureException {
    assertThat(mojo(Map.of("CI", "true"), null).inCi()).isTrue();
    assertThat(mojo(Map.of("CI", "TRUE"), null).inCi()).isTrue();
    assertThat(mojo(Map.of("CI", "1"), null).inCi()).isTrue();
    assertThat(mojo(Map.of(), null).inCi()).isFalse();
    assertThat(mojo(Map.of("CI", "false"), null).inCi()).isFalse();
    assertThat(mojo(Map.of("CI", ""), null).inCi()).isFalse();
  }

  @Test
  void thePropertyOverridesTheEnvironmentEitherWay() throws MojoFailureException {
    assertThat(mojo(Map.of("CI", "true"), "false").inCi()).isFalse();
    assertThat(mojo(Map.of(), "true").inCi()).isTrue();
    assertThatThrownBy(() -> mojo(Map.of(), "yes").inCi())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "vsplit: -Dvsplit.ci=yes is neither true nor false. Give -Dvsplit.ci=true or -Dvsplit.ci=false.");
  }

  @Test
  void eachGoalHasItsOwnSkipBesidesVsplitSkip() throws Exception {
    GenerateMojo generate = new GenerateMojo();
    CheckMojo check = new CheckMojo();
    // not skipped, they run: with no project here, that fails
    assertThatThrownBy(generate::execute).isInstanceOf(MojoExecutionException.class);
    assertThatThrownBy(check::execute).isInstanceOf(MojoExecutionException.class);
    generate.skipGenerate = true;
    check.skipCheck = true;
    List<String> generateLog = CapturedLog.of(generate);
    List<String> checkLog = CapturedLog.of(check);

    generate.execute();
    check.execute();

    assertThat(generateLog).containsExactly("[INFO] vsplit: skipped (vsplit.generate.skip=true)");
    assertThat(checkLog).containsExactly("[INFO] vsplit: skipped (vsplit.check.skip=true)");
  }
}
