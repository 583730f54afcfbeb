package dev.vsplit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each outcome of explain and plan maps to the right Maven exception: the user's to fix, or I/O.
 */
class ExplainAndPlanMojoTest {

  @TempDir Path dir;

  private final List<String> log = new ArrayList<>();
  private Path bookinfo;

  @BeforeEach
  void setUp() throws URISyntaxException {
    bookinfo = Path.of(getClass().getResource("/bookinfo.yaml").toURI());
  }

  private <T extends AbstractSpecMojo> T configure(T mojo) {
    mojo.namespace = "default";
    mojo.domainSuffix = "cluster.local";
    mojo.maxFileBytes = 32L << 20;
    mojo.maxDepth = 64;
    mojo.maxAliases = 100;
    mojo.maxAliasExpansion = 10_000;
    mojo.maxScalarLength = 1 << 20;
    mojo.basedir = dir.toFile();
    mojo.outputDirectory = dir.resolve("istio").toFile();
    CapturedLog.into(mojo, log);
    return mojo;
  }

  private ExplainMojo explain(String request) {
    ExplainMojo mojo = configure(new ExplainMojo());
    mojo.input = List.of(bookinfo.toString());
    mojo.request = request;
    return mojo;
  }

  @Test
  void explainPrintsTheDecision() throws Exception {
    ExplainMojo mojo = explain("GET /logfoo");
    mojo.host = "bookinfo.example.com";
    mojo.execute();
    assertThat(log)
        .contains(
            "[INFO] GET /logfoo host bookinfo.example.com",
            "[INFO]   -> no route matches: Envoy answers 404 (route_not_found)");
  }

  @Test
  void explainWithoutARequestPrintsTheTable() throws Exception {
    explain(null).execute();
    assertThat(log)
        .anyMatch(
            l ->
                l.startsWith(
                    "[INFO] primary default/bookinfo (hosts *; gateways default/bookinfo-gateway)"));
  }

  @Test
  void headersAndSourceLabelsAreNameValuePairs() throws Exception {
    ExplainMojo mojo = explain("/login");
    mojo.headers = List.of("x-canary=true", "x-user:alice");
    mojo.sourceLabels = List.of("app=web,version=v1");
    assertThat(mojo.buildRequest().headers())
        .containsEntry("x-canary", "true")
        .containsEntry("x-user", "alice");
    assertThat(mojo.buildRequest().sourceLabels())
        .containsEntry("app", "web")
        .containsEntry("version", "v1");
    mojo.headers = List.of("x-canary");
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "vsplit: cannot read the header \"x-canary\": write it as name=value, e.g. x-canary=true");
  }

  @Test
  void aRequestExplainCannotReadIsTheUsersToFix() {
    assertThatThrownBy(explain("GET login")::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("cannot read the request \"GET login\"");
  }

  @Test
  void nothingToExplainIsTheUsersToFix() throws IOException {
    ExplainMojo mojo = explain("/login");
    mojo.input = List.of(Files.writeString(dir.resolve("empty.yaml"), "# nothing\n").toString());
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("vsplit: cannot explain ")
        .hasMessageEndingWith(": no VirtualService in " + mojo.input.get(0));
  }

  @Test
  void aRequestWithoutHostAmongSeveralHostsIsTheUsersToFix() throws IOException {
    String two =
        Files.readString(bookinfo).replace("- '*'", "- bookinfo.example.com")
            + """
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: other, namespace: default}
        spec:
          hosts: [other.example.com]
          gateways: [bookinfo-gateway]
          http:
          - route: [{destination: {host: other}}]
        """;
    ExplainMojo mojo = explain("/login");
    mojo.input = List.of(Files.writeString(dir.resolve("two.yaml"), two).toString());
    mojo.gateway = "bookinfo-gateway";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("names no host")
        .hasMessageEndingWith(". Name the host (Request.host, or -Dvsplit.host=)");
  }

  /**
   * Two effective-routes files: before, and after team identity and team storefront both changed.
   */
  private Path[] twoFiles() throws IOException {
    String before = Files.readString(bookinfo);
    String after =
        before
            .replace("exact: /logout", "exact: /signout")
            .replace("prefix: /static", "prefix: /assets");
    Path b = dir.resolve("before/istio");
    Path a = dir.resolve("after/istio");
    Files.createDirectories(b);
    Files.createDirectories(a);
    Files.writeString(b.resolve("bookinfo.yaml"), before);
    Files.writeString(a.resolve("bookinfo.yaml"), after);
    Files.writeString(
        b.resolve("effective-routes.yaml"),
        dev.vsplit.api.Vsplit.analyze(dev.vsplit.api.AnalyzeRequest.of(b.resolve("bookinfo.yaml")))
            .effectiveYaml());
    Files.writeString(
        a.resolve("effective-routes.yaml"),
        dev.vsplit.api.Vsplit.analyze(dev.vsplit.api.AnalyzeRequest.of(a.resolve("bookinfo.yaml")))
            .effectiveYaml());
    return new Path[] {b, a};
  }

  private PlanMojo plan(Path before, Path after) {
    PlanMojo mojo = configure(new PlanMojo());
    mojo.before = before.toString();
    mojo.after = after.toString();
    return mojo;
  }

  @Test
  void planPrintsPerTeamAndTheSummary() throws Exception {
    Path[] files = twoFiles();
    PlanMojo mojo = plan(files[0], files[1]);
    mojo.planOutput = dir.resolve("out/plan.txt").toFile();
    mojo.execute();
    assertThat(log)
        .contains(
            "[INFO]   team identity",
            "[INFO]   team storefront",
            "[INFO] 2 routes changed: 1 of team identity, 1 of team storefront; 2 teams affected");
    assertThat(Files.readString(dir.resolve("out/plan.txt"))).endsWith("2 teams affected\n");
  }

  @Test
  void aChangeOfTwoTeamsFailsWhenAskedTo() throws IOException {
    Path[] files = twoFiles();
    PlanMojo mojo = plan(files[0], files[1]);
    mojo.failOnMultipleTeams = true;
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "vsplit: 2 routes changed: 1 of team identity, 1 of team storefront; 2 teams affected: this change touches"
                + " team identity, team storefront, and failOnMultipleTeams is set. Split it into one change per team, or get each"
                + " team's review.");
    PlanMojo same = plan(files[0], files[0]);
    same.failOnMultipleTeams = true;
    same.failOnChange = true;
    assertThatThrownBy(
            () -> {
              same.execute();
              throw new IllegalStateException("passed");
            })
        .hasMessage("passed");
    PlanMojo any = plan(files[0], files[1]);
    any.failOnChange = true;
    assertThatThrownBy(any::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageEndingWith("and failOnChange is set.");
  }

  @Test
  void nothingCheckedInIsTheUsersToFix() {
    PlanMojo mojo = configure(new PlanMojo());
    mojo.project = new org.apache.maven.project.MavenProject();
    mojo.project.setFile(dir.resolve("pom.xml").toFile());
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("vsplit: nothing to compare with: ")
        .hasMessageContaining("effective-routes.yaml does not exist");
  }

  @Test
  void outsideAProjectBothSidesOrTheYamlMustBeNamed() {
    PlanMojo plan = configure(new PlanMojo());
    plan.before = "before";
    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "vsplit:plan outside a project compares two sets of effective routes: pass -Dvsplit.before=");
    ExplainMojo explain = configure(new ExplainMojo());
    explain.request = "/login";
    assertThatThrownBy(explain::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "vsplit:explain outside a project reads YAML: pass -Dvsplit.input=");
  }

  @Test
  void anUnreadableEffectiveRoutesFileIsTheUsersToFix() throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("effective-routes.yaml"), "- name: x\n  namespace: y\n  http: 1\n");
    assertThatThrownBy(plan(bad, bad)::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("vsplit: no plan: before (")
        .hasMessageContaining("cannot read");
  }

  @Test
  void aPlanThatCannotBeWrittenIsAnExecutionError() throws IOException {
    Path[] files = twoFiles();
    PlanMojo mojo = plan(files[0], files[1]);
    File blocked = Files.createDirectories(dir.resolve("plan.txt")).toFile();
    mojo.planOutput = blocked;
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("vsplit: cannot write the plan to ");
  }

  @Test
  void skipSkips() throws Exception {
    PlanMojo mojo = configure(new PlanMojo());
    mojo.skip = true;
    mojo.execute();
    assertThat(log).containsExactly("[INFO] vsplit: skipped (vsplit.skip=true)");
  }

  @Test
  void planWritesMarkdownForAPullRequestComment() throws Exception {
    Path[] files = twoFiles();
    PlanMojo mojo = plan(files[0], files[1]);
    mojo.format = "markdown";
    mojo.planOutput = dir.resolve("out/plan.md").toFile();
    mojo.execute();
    String md = Files.readString(dir.resolve("out/plan.md"));
    assertThat(md).startsWith("### vsplit plan\n").contains("\n#### team identity\n");
    assertThat(log).contains("[INFO] #### team storefront");
  }

  @Test
  void explainAnswersSeveralRequestsInOneRunAsJson() throws Exception {
    Path requests =
        Files.writeString(dir.resolve("requests.txt"), "# two more\n/productpage\nPOST /nowhere\n");
    ExplainMojo mojo = explain("GET /login");
    mojo.requests = "GET /logout";
    mojo.requestFile = requests.toFile();
    mojo.host = "bookinfo.example.com";
    mojo.format = "json";
    mojo.execute();
    assertThat(log)
        .contains(
            "[INFO]       \"request\": \"GET /login host bookinfo.example.com\",",
            "[INFO]       \"request\": \"GET /logout host bookinfo.example.com\",",
            "[INFO]       \"request\": \"GET /productpage host bookinfo.example.com\",",
            "[INFO]       \"request\": \"POST /nowhere host bookinfo.example.com\",");
  }

  @Test
  void anUnknownFormatIsTheUsersToFix() {
    ExplainMojo mojo = explain("GET /login");
    mojo.format = "yaml";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("vsplit: unknown format \"yaml\": use one of text, markdown, json");
  }
}
