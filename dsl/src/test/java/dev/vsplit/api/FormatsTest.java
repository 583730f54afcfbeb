package dev.vsplit.api;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;
import dev.vsplit.routing.Request;
import dev.vsplit.testing.BookinfoSpecs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * explain and plan show everything that changes behaviour, plan with old -> new values, in text,
 * Markdown (grouped by team, owners mentioned) and JSON; explain answers several requests in one
 * table.
 */
class FormatsTest {

  private static final ClassLoader LOADER = FormatsTest.class.getClassLoader();

  /** Identity's routes with a timeout, retries, a mirror and header operations on sign-in. */
  public static final class IdentityTuned implements TeamSpec {
    @Override
    public Secondary secondary() {
      return BookinfoSpecs.VS_1;
    }

    @Override
    public void define(Routes http) {
      http.route("canary")
          .match(exact("/login").header("x-canary", "true"))
          .to(destination("reviews.default.svc.cluster.local").subset("v2").port(9080));
      http.route("sign-in")
          .match(exact("/login"), exact("/logout"))
          .to(
              destination("productpage.default.svc.cluster.local").port(9080).weight(90),
              destination("productpage-next.default.svc.cluster.local").port(9080).weight(10))
          .timeout("10s")
          .retries(3, "2s", "5xx")
          .mirror(destination("shadow.default.svc.cluster.local"), 5)
          .setRequestHeader("x-team", "identity");
    }
  }

  private static PlanResult tunedPlan(Path dir) throws Exception {
    Path before = dir.resolve("before/istio");
    Path after = dir.resolve("after/istio");
    Vsplit.load(
            new BookinfoSpecs.Mesh(), new BookinfoSpecs.Identity(), new BookinfoSpecs.Storefront())
        .writeTo(before);
    Generation tuned =
        Vsplit.load(new BookinfoSpecs.Mesh(), new IdentityTuned(), new BookinfoSpecs.Storefront());
    tuned.writeTo(after);
    PlanResult plain =
        Vsplit.plan(
            RouteSource.yaml(AnalyzeRequest.of(before)),
            RouteSource.yaml(AnalyzeRequest.of(after)),
            LOADER);
    assertThat(plain.ok()).as(plain.problem()).isTrue();
    // the owners a plan on the specs carries, as RouteSources takes them from the generation
    return new PlanResult(
        plain.plan(),
        plain.findings(),
        null,
        Map.of("team identity", List.of("@bookinfo/identity", "identity-oncall@example.com")));
  }

  @Test
  void thePlanSaysOldAndNewValuesOfEveryFieldThatChangesBehaviour(@TempDir Path dir)
      throws Exception {
    PlanResult result = tunedPlan(dir);

    assertThat(result.plan().changes()).hasSize(1);
    assertThat(result.plan().changes().get(0).details())
        .containsExactly(
            "timeout none -> 10s",
            "retries none -> 3 x 2s on 5xx",
            "mirror none -> shadow.default.svc.cluster.local 5%",
            "request headers none -> set x-team=identity");
    assertThat(Format.TEXT.plan(result))
        .isEqualTo(result.plan().render())
        .contains("timeout none -> 10s; retries none -> 3 x 2s on 5xx");
  }

  @Test
  void theMarkdownPlanGroupsByTeamAndMentionsItsOwners(@TempDir Path dir) throws Exception {
    String md = Format.MARKDOWN.plan(tunedPlan(dir));

    assertThat(md)
        .startsWith("### vsplit plan\n")
        .contains("**1 route of team identity changed; no other team affected**")
        .contains("\n#### team identity (@bookinfo/identity)\n")
        .doesNotContain("identity-oncall@example.com")
        .contains(
            "| ~ changed | default/bookinfo | 1 | `exact \"/login\" or exact \"/logout\"` |"
                + " timeout none -> 10s; retries none -> 3 x 2s on 5xx;");
  }

  @Test
  void theJsonPlanIsOneDocumentWithBeforeAndAfterOfEachRoute(@TempDir Path dir) throws Exception {
    JsonNode json = JsonMapper.builder().build().readTree(Format.JSON.plan(tunedPlan(dir)));

    assertThat(json.get("changed").asInt()).isEqualTo(1);
    JsonNode change = json.get("primaries").get(0).get("changes").get(0);
    assertThat(change.get("owner").asString()).isEqualTo("team identity");
    assertThat(change.get("codeOwners").get(0).asString()).isEqualTo("@bookinfo/identity");
    assertThat(change.get("before").get("behaviour").isEmpty()).isTrue();
    assertThat(change.get("after").get("behaviour").get("timeout").asString()).isEqualTo("10s");
    assertThat(change.get("details").get(0).asString()).isEqualTo("timeout none -> 10s");
  }

  @Test
  void explainShowsWhatTheRouteDoesBesidesItsDestination(@TempDir Path dir) throws Exception {
    Vsplit.load(new BookinfoSpecs.Mesh(), new IdentityTuned(), new BookinfoSpecs.Storefront())
        .writeTo(dir);
    RouteSource yaml = RouteSource.yaml(AnalyzeRequest.of(dir));

    ExplainResult one =
        Vsplit.explain(yaml, Request.get("/login").host("bookinfo.example.com"), LOADER);
    assertThat(Format.TEXT.explain(one))
        .contains("     timeout 10s\n")
        .contains("     retries 3 x 2s on 5xx\n")
        .contains("     mirror shadow.default.svc.cluster.local 5%\n")
        .contains("     request headers set x-team=identity\n");

    String table = Format.TEXT.explain(Vsplit.explain(yaml, (Request) null, LOADER));
    assertThat(table.lines().filter(l -> l.contains("#  match")).findFirst().orElseThrow())
        .matches(".*destination +behaviour");
    assertThat(table).contains("timeout 10s; retries 3 x 2s on 5xx;");
  }

  @Test
  void explainAnswersSeveralRequestsInOneTable(@TempDir Path dir) throws Exception {
    Vsplit.load(new BookinfoSpecs.Mesh(), new IdentityTuned(), new BookinfoSpecs.Storefront())
        .writeTo(dir);
    RouteSource yaml = RouteSource.yaml(AnalyzeRequest.of(dir));
    List<Request> asked =
        RequestLines.parseAll(
            """
            # sign-in, the canary, a page, and nothing
            GET /login host=bookinfo.example.com
            GET /login host=bookinfo.example.com header.x-canary=true
            /productpage host=bookinfo.example.com

            POST /nowhere host=bookinfo.example.com
            """,
            "requests.txt");

    ExplainResult result = Vsplit.explainAll(yaml, asked, LOADER);

    assertThat(result.decisions()).hasSize(4);
    assertThat(result.decision()).isNull();
    List<String> lines = Format.TEXT.explain(result).lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("  request").contains("behaviour");
    assertThat(lines.get(1))
        .startsWith("  GET /login host bookinfo.example.com ")
        .contains("  default/bookinfo  1  identity  ")
        .endsWith(
            "timeout 10s; retries 3 x 2s on 5xx; mirror shadow.default.svc.cluster.local 5%;"
                + " request headers set x-team=identity");
    assertThat(lines.get(2)).contains("reviews.default.svc.cluster.local:9080 subset v2");
    assertThat(lines.get(3)).contains("storefront");
    assertThat(lines.get(4)).contains("POST /nowhere").contains("404");

    JsonNode json = JsonMapper.builder().build().readTree(Format.JSON.explain(result));
    assertThat(json.get("requests")).hasSize(4);
    assertThat(json.get("requests").get(3).get("routed").asBoolean()).isFalse();
    assertThat(Format.MARKDOWN.explain(result))
        .contains("| request | virtual service | # | team | written at | action | behaviour |");
  }

  @Test
  void aRequestLineOrFormatThatCannotBeReadSaysWhatToWrite() {
    assertThatThrownBy(() -> RequestLines.parseAll("GET /a\nGET /b colour=red\n", "requests.txt"))
        .hasMessageStartingWith("requests.txt:2: unknown \"colour\" in the request");
    assertThatThrownBy(() -> Format.parse("yaml"))
        .hasMessage("unknown format \"yaml\": use one of text, markdown, json");
    assertThat(Format.parse(null)).isEqualTo(Format.TEXT);
    assertThat(Format.parse("Markdown")).isEqualTo(Format.MARKDOWN);
  }

  @Test
  void aPlanOnTheSpecsKnowsEachTeamsCodeOwners() {
    Generation g =
        Vsplit.load(
            new BookinfoSpecs.Mesh(), new BookinfoSpecs.Identity(), new BookinfoSpecs.Storefront());
    assertThat(RouteSources.owners(g))
        .containsEntry("team identity", List.of("@bookinfo/identity"))
        .containsEntry("team storefront", List.of("@bookinfo/storefront"));
  }
}
