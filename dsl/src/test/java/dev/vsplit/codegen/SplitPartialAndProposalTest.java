package dev.vsplit.codegen;

import static dev.vsplit.codegen.Fixtures.monolith;
import static dev.vsplit.codegen.Fixtures.ownership;
import static dev.vsplit.codegen.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Dvsplit.allowPartial}, and the ownership map proposed when there is none. */
class SplitPartialAndProposalTest {

  @TempDir Path dir;

  @Test
  void aPartialSplitLeavesTheRouteOutWarnsAndProvesTheRest() throws Exception {
    String m =
        monolith(
            route("regex", "/api/v[0-9]+", "api")
                + route("prefix", "/api", "api")
                + route("prefix", "/", "web"));
    SplitResult result =
        Fixtures.split(
            dir,
            m,
            ownership(
                """
        - {prefix: /api, team: api}
        - {prefix: /, team: web}
        """),
            true);

    assertThat(result.errors()).as(Fixtures.all(result.findings())).isEmpty();
    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.VS301);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).endsWith("; left out of the split");
            });
    assertThat(result.proven()).isTrue();
    assertThat(result.proof().get(0))
        .startsWith("default/shop: 2 route(s) (1 left out of the split), 2 Envoy route(s)");
    assertThat(result.sources().get("com/example/shop/ApiRoutes.java")).doesNotContain("regex");
    assertThat(result.written()).hasSize(3);
  }

  @Test
  void withoutAMapSplitProposesOneFromTheDestinationsAndWritesNoCode() throws Exception {
    Path proposal = dir.resolve("vsplit-ownership.yaml");
    SplitRequest request =
        SplitRequest.of(
                List.of(Fixtures.EXAMPLE.resolve("bookinfo-monolith.yaml")),
                null,
                dir.resolve("src"))
            .withSuggestionFile(proposal)
            .withJavaPackage("com.example.bookinfo");

    SplitResult result = Vsplit.split(request);

    assertThat(result.errors()).isEmpty();
    assertThat(result.sources()).isEmpty();
    assertThat(Fixtures.filesUnder(dir.resolve("src"))).isEmpty();
    assertThat(result.suggestionWritten()).isEqualTo(proposal);
    Golden.check(
        SplitBookinfoTest.GOLDEN.resolve("proposal"),
        Map.of("vsplit-ownership.yaml", result.suggestion()));
    assertThat(Fixtures.read(proposal)).isEqualTo(result.suggestion());
    assertThat(result.suggestion()).contains("# With this map all 12 route(s) split cleanly.");

    // the proposal is a valid map: split with it
    SplitResult split =
        Vsplit.split(SplitRequest.of(request.inputs(), proposal, dir.resolve("src")));
    assertThat(split.errors()).as(Fixtures.all(split.findings())).isEmpty();
    assertThat(split.proven()).isTrue();

    // and it is never overwritten
    Files.writeString(proposal, "# mine\n");
    SplitResult again = Vsplit.split(request);
    assertThat(again.errors())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(Code.VS307));
    assertThat(Fixtures.read(proposal)).isEqualTo("# mine\n");
  }

  @Test
  void aProposalNamesTheRoutesThatStillNeedADecision() throws Exception {
    // web's /api comes first and takes /api/users too: the split would evaluate api's /api/users
    // first
    String m = monolith(route("prefix", "/api", "web") + route("exact", "/api/users", "api"));
    SplitResult result = Fixtures.split(dir, m, null, false);

    assertThat(result.suggestion())
        .contains(
            "# With this map 1 of 2 route(s) still need a decision; Vsplit.split lists them.");
    assertThat(result.findings())
        .anySatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).endsWith("(with the proposed map)");
            });
  }

  @Test
  void aMapInCodeWorksLikeTheFile() throws Exception {
    SplitResult result = Fixtures.split(dir, monolith(route("prefix", "/", "web")), null, false);
    SplitRequest request =
        SplitRequest.of(List.of(dir.resolve("in/monolith.yaml")), null, dir.resolve("src2"))
            .withJavaPackage("com.example.code")
            .withDelegations(
                List.of(
                    new SplitRequest.OwnedPath(
                        "/", null, "web", "web-routes", "web", null, null, List.of("@shop/web"))));

    SplitResult inCode = Vsplit.split(request);

    assertThat(result.suggestion()).isNotNull();
    assertThat(inCode.errors()).isEmpty();
    assertThat(inCode.sources())
        .containsOnlyKeys("com/example/code/ShopMesh.java", "com/example/code/WebRoutes.java");
    assertThat(inCode.sources().get("com/example/code/ShopMesh.java"))
        .contains("Team.named(\"web\").namespace(\"web\").owners(\"@shop/web\")");
  }
}
