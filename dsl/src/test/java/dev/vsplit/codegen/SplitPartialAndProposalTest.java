package dev.vsplit.codegen;

import static dev.vsplit.codegen.Fixtures.monolith;
import static dev.vsplit.codegen.Fixtures.ownership;
import static dev.vsplit.codegen.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
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
  void aPartialSplitWritesTheLeftOutRoutesAndSaysWhereTheirRequestsGoNow() throws Exception {
    // the canary route of /api shares requests with /api/admin and comes first; most specific
    // first, team admin's /api/admin would come first: /api/admin cannot move and is left out
    String m =
        monolith(
            """
        - match:
          - uri: {prefix: /api}
            headers: {x-canary: {exact: "true"}}
          route:
          - destination: {host: canary}
        """
                + route("prefix", "/api/admin", "admin")
                + route("prefix", "/", "web"));
    SplitResult result =
        Fixtures.split(
            dir,
            m,
            ownership(
                """
        - {prefix: /api, team: api}
        - {prefix: /api/admin, team: admin}
        - {prefix: /, team: web}
        """),
            true);

    assertThat(result.errors()).as(Fixtures.all(result.findings())).isEmpty();
    assertThat(result.findings())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(Code.VS303);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).endsWith("; left out of the split");
            });
    Path leftOut = dir.resolve("in/ownership.left-out.yaml");
    Finding summary =
        result.findings().stream().filter(f -> f.code() == Code.VS312).findFirst().orElseThrow();
    assertThat(summary.severity()).isEqualTo(Severity.WARNING);
    assertThat(summary.message())
        .isEqualTo(
            "partial split: routing CHANGED for 1 route(s) left out of the split; their requests"
                + " now go elsewhere:\n"
                + "  spec.http[1] (to admin.default.svc.cluster.local): prefix \"/api/admin\" now"
                + " goes some to api/api spec.http[0] (to canary.default.svc.cluster.local), the"
                + " rest to web/web spec.http[0] (to web.default.svc.cluster.local)");
    assertThat(summary.hint()).startsWith("the left-out routes are in ");
    assertThat(result.proven()).isTrue();
    assertThat(result.proof().get(0))
        .startsWith("default/shop: 2 route(s) (1 left out of the split), 2 Envoy route(s)");
    assertThat(result.proof().get(result.proof().size() - 1))
        .startsWith("routing is CHANGED for the 1 route(s) left out of the split")
        .doesNotContain("unchanged");
    assertThat(result.written()).hasSize(4).contains(leftOut);
    assertThat(Fixtures.read(leftOut))
        .contains("primary: default/shop")
        .contains("# VS303 spec.http[1].match[0]: ")
        .contains(
            "# requests now: spec.http[1] (to admin.default.svc.cluster.local): prefix \"/api/admin\" now goes")
        .contains("  - match:\n    - uri:\n        prefix: /api/admin\n");
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
    // web's canary /api comes first and shares /api/users: the split would evaluate api's
    // /api/users first
    String m =
        monolith(
            """
        - match:
          - uri: {prefix: /api}
            headers: {x-canary: {exact: "true"}}
          route:
          - destination: {host: web}
        """
                + route("exact", "/api/users", "api"));
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
        .containsOnlyKeys("com/example/code/ShopMesh.java", "com/example/code/web/WebRoutes.java");
    assertThat(inCode.sources().get("com/example/code/ShopMesh.java"))
        .contains("Team.named(\"web\").namespace(\"web\").owners(\"@shop/web\")");
  }
}
