package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.InlineSpecs.withCode;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Vsplit;
import dev.vsplit.base.Describe;
import dev.vsplit.findings.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages and the README read as a person writes: possessives, and only what is true. */
class MessageWordingTest {

  static final Secondary WEB = Team.named("web").namespace("web").secondary("web").failClosed();
  static final Secondary PAY =
      Team.named("payments").namespace("payments").secondary("pay").failClosed();

  @Test
  void aPossessiveAfterAFinalSIsAnApostropheAlone() {
    assertThat(Describe.possessive("team identity")).isEqualTo("team identity's");
    assertThat(Describe.possessive("team payments")).isEqualTo("team payments'");
  }

  @Test
  void aRouteInsideAnotherTeamsPartNamesItsRoutesInPlainEnglish() {
    MeshSpec shop =
        mesh(
            m ->
                m.primary("shop", "default")
                    .hosts("shop.example.com")
                    .delegate(prefix("/"), WEB)
                    .delegate(prefix("/pay"), PAY));
    TeamSpec web =
        team(WEB, http -> http.route().match(exact("/pay/x")).to(destination("web.web.svc")));

    List<Finding> found = withCode(Vsplit.load(shop, web), "VS201");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).message())
        .contains("those requests reach team payments' routes first")
        .doesNotContain("payments's");
  }

  @Test
  void theReadmeClaimsOnlyWhatTheBuildDoes() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    // generate (process-classes) rewrites a stale folder before check (verify) compares it
    assertThat(readme).doesNotContain("fails `verify` when that folder is stale");
    // a scaffolded TeamSpec regenerates its secondary: the header names the new spec
    assertThat(readme).doesNotContain("the generated YAML does not change");
  }
}
