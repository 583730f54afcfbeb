package dev.vsplit.testing;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The team-facing assertions: they read like the sentence, and fail with the explanation. */
class MeshRoutesTest {

  static final MeshRoutes mesh =
      MeshRoutes.of(
          new BookinfoSpecs.Mesh(), new BookinfoSpecs.Identity(), new BookinfoSpecs.Storefront());

  @Test
  void readsLikeTheSentence() {
    // GET /login with header x-canary: true goes to reviews v2 of team identity
    mesh.get("/login")
        .withHeader("x-canary", "true")
        .goesTo("reviews", "v2")
        .ofTeam("identity")
        .viaSecondary("ns1/vs-1");
    mesh.get("/login").goesTo("productpage").withWeight(90).ofTeam("identity");
    mesh.get("/login").goesTo("productpage-next.default.svc.cluster.local").withWeight(10);
    mesh.get("/static/app.css").goesTo("productpage").ofTeam("storefront");
    mesh.get("/logfoo").isNotFound();
  }

  @Test
  void aWrongDestinationFailsWithTheExplanation() {
    assertThatThrownBy(() -> mesh.get("/login").goesTo("reviews", "v2"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected GET /login to go to reviews subset v2, but route #1 takes it to"
                + " productpage.default.svc.cluster.local:9080 90%, productpage-next.default.svc.cluster.local:9080 10%\n\nGET /login\n")
        .hasMessageContaining(
            "#0 team identity, ns1/vs-1 spec.http[0] (exact \"/login\" + header x-canary exact \"true\"): no\n"
                + "      header x-canary exact \"true\": the request has no x-canary header\n");
  }

  @Test
  void aWrongTeamOrA404FailsSayingWhatHappened() {
    assertThatThrownBy(() -> mesh.get("/productpage").goesTo("productpage").ofTeam("identity"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected GET /productpage to be routed by team identity, but it is routed by team storefront");
    assertThatThrownBy(() -> mesh.get("/logfoo").goesTo("productpage"))
        .hasMessageStartingWith(
            "expected GET /logfoo to go to productpage, but no route takes it (Envoy answers 404)");
    assertThatThrownBy(() -> mesh.get("/login").isNotFound())
        .hasMessageStartingWith(
            "expected GET /login to find no route (404), but route #1 takes it");
    assertThatThrownBy(() -> mesh.get("/login").goesTo("productpage").withWeight(50))
        .hasMessageStartingWith(
            "expected GET /login to send 50.0% to productpage.default.svc.cluster.local, but it sends 90.0% there");
  }

  @Test
  void specsWithErrorsCannotBeTested() {
    TeamSpec outside =
        new TeamSpec() {
          @Override
          public Secondary secondary() {
            return BookinfoSpecs.VS_1;
          }

          @Override
          public void define(Routes http) {
            http.route().match(exact("/profile")).to(destination("p.ns1.svc.cluster.local"));
          }
        };
    assertThatThrownBy(
            () -> MeshRoutes.of(new BookinfoSpecs.Mesh(), outside, new BookinfoSpecs.Storefront()))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("the specs have 1 error(s), so their routes cannot be tested:\n  ")
        .hasMessageContaining("VS201");
  }

  @Test
  void yamlManifestsToo() throws URISyntaxException {
    MeshRoutes yaml =
        MeshRoutes.fromYaml(
            Path.of(MeshRoutesTest.class.getResource("/routing/bookinfo.yaml").toURI()));
    yaml.get("/productpage")
        .throughGateway("bookinfo-gateway")
        .onHost("bookinfo.example.com")
        .goesTo("productpage")
        .ofTeam("storefront");
    yaml.get("/logout").goesTo("productpage.default.svc.cluster.local").ofTeam("identity");
    assertThat(yaml.get("/logfoo").explain())
        .contains("-> no route matches: Envoy answers 404 (route_not_found)");
  }

  @Test
  void redirectsAndDirectResponses() {
    MeshRoutes sealed = MeshRoutes.of(new BookinfoSpecs.Mesh(), new BookinfoSpecs.Storefront());
    sealed
        .get("/login")
        .answers(503)
        .ofTeam("identity"); // vs-1 has no TeamSpec yet: fail-closed skeleton
    assertThatThrownBy(() -> sealed.get("/login").redirectsTo("/x"))
        .hasMessageStartingWith(
            "expected GET /login to be redirected to /x, but route #0 answers it directly with 503");
  }
}
