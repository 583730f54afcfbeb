package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.ExplainResult;
import dev.vsplit.api.PlanResult;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import dev.vsplit.routing.Request;
import dev.vsplit.testing.BookinfoSpecs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points behind vsplit:explain and vsplit:plan, on YAML and on generated folders. */
class ExplainAndPlanTest {

  private static final ClassLoader LOADER = ExplainAndPlanTest.class.getClassLoader();

  private static Path bookinfo() throws URISyntaxException {
    return Path.of(ExplainAndPlanTest.class.getResource("/routing/bookinfo.yaml").toURI());
  }

  @Test
  void explainsARequestOrPrintsTheTable() throws Exception {
    RouteSource yaml = RouteSource.yaml(AnalyzeRequest.of(bookinfo()));
    ExplainResult table = Vsplit.explain(yaml, null, LOADER);
    assertThat(table.ok()).isTrue();
    assertThat(table.decision()).isNull();
    assertThat(table.table().render())
        .startsWith("primary default/bookinfo (hosts *; gateways default/bookinfo-gateway)\n");
    ExplainResult login = Vsplit.explain(yaml, Request.parse("GET /login"), LOADER);
    assertThat(login.decision().team()).isEqualTo("identity");
    assertThat(login.findings()).noneMatch(f -> f.severity() == dev.vsplit.findings.Severity.ERROR);
  }

  @Test
  void anEffectiveRoutesFileCannotBeExplainedForItHasNoHosts(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("effective.yaml"),
            Vsplit.analyze(AnalyzeRequest.of(bookinfo())).effectiveYaml());
    ExplainResult r =
        Vsplit.explain(RouteSource.yaml(AnalyzeRequest.of(file)), Request.get("/login"), LOADER);
    assertThat(r.ok()).isFalse();
    assertThat(r.problem())
        .endsWith(
            ": an effective-routes file has no hosts or gateways to choose by; give the manifests (the folder they are in)");
  }

  /** Identity's specs after a change: the sign-in route goes to a new service. */
  public static final class IdentityMoved implements TeamSpec {
    @Override
    public Secondary secondary() {
      return BookinfoSpecs.VS_1;
    }

    @Override
    public void define(Routes http) {
      http.route("sign-in")
          .match(exact("/login"), exact("/logout"))
          .to(destination("login.ns1.svc.cluster.local").port(8080));
    }
  }

  @Test
  void plansBetweenTwoGeneratedFoldersNamingTheTeam(@TempDir Path dir) throws IOException {
    Path before = dir.resolve("before/istio");
    Path after = dir.resolve("after/istio");
    Vsplit.load(
            new BookinfoSpecs.Mesh(), new BookinfoSpecs.Identity(), new BookinfoSpecs.Storefront())
        .writeTo(before);
    Vsplit.load(new BookinfoSpecs.Mesh(), new IdentityMoved(), new BookinfoSpecs.Storefront())
        .writeTo(after);

    PlanResult files =
        Vsplit.plan(
            // in the review folder beside each: the manifests in istio/ still name each route's
            // team
            RouteSource.yaml(
                AnalyzeRequest.of(dir.resolve("before/istio-review/effective-routes.yaml"))),
            RouteSource.yaml(
                AnalyzeRequest.of(dir.resolve("after/istio-review/effective-routes.yaml"))),
            LOADER);
    assertThat(files.ok()).as(files.problem()).isTrue();
    assertThat(files.plan().summary())
        .isEqualTo("2 routes of team identity changed; no other team affected");

    PlanResult folders =
        Vsplit.plan(
            RouteSource.yaml(AnalyzeRequest.of(before)),
            RouteSource.yaml(AnalyzeRequest.of(after)),
            LOADER);
    assertThat(folders.plan().render())
        .isEqualTo(files.plan().render()); // a folder stands for its effective-routes.yaml
    assertThat(folders.plan().changes()).extracting(c -> c.owner()).containsOnly("team identity");
  }

  @Test
  void aFileThatIsNotEffectiveRoutesIsAProblem(@TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("effective-routes.yaml"), "- name: a\n  namespace: b\n  http: 7\n");
    PlanResult r =
        Vsplit.plan(
            RouteSource.yaml(AnalyzeRequest.of(bad)),
            RouteSource.yaml(AnalyzeRequest.of(bad)),
            LOADER);
    assertThat(r.ok()).isFalse();
    assertThat(r.problem())
        .startsWith("before (")
        .contains("cannot read")
        .contains("[0].http: expected a list of routes, got the number 7");
  }
}
