package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.InlineSpecs.yaml;
import static dev.vsplit.Match.any;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static dev.vsplit.Match.relativePrefix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.VirtualService;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Istio's merge demands that a team repeat (the delegation's {@code sourceNamespace} and
 * {@code ignoreUriCase}, gateways qualified by namespace), vsplit writes itself.
 */
class RepetitionTest {

  static final Secondary API = Team.named("api").namespace("api").secondary("api").failClosed();
  static final Backend BACKEND = destination("api.api.svc.cluster.local");

  static Generation load(Match delegation, TeamSpec routes) {
    return Vsplit.load(
        mesh(
            m ->
                m.primary("shop", "default")
                    .hosts("shop.example.com")
                    .gateways("mesh")
                    .delegate(delegation, API)),
        routes);
  }

  static List<HTTPMatchRequest> matches(Generation g) {
    VirtualService vs = (VirtualService) g.resource("VirtualService", "api", "api");
    return vs.spec().http().stream().flatMap(r -> r.match().stream()).toList();
  }

  @Test
  void sourceNamespaceOfTheDelegationIsRepeatedInEveryMatch() {
    Generation g =
        load(
            prefix("/api").sourceNamespace("frontend"),
            team(
                API,
                http -> {
                  http.route().match(exact("/api/login"), prefix("/api/v1")).to(BACKEND);
                  http.route()
                      .match(relativePrefix("/v2"), any().header("x-beta", "1"))
                      .to(BACKEND);
                  http.route().to(BACKEND);
                }));

    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(matches(g))
        .hasSize(4)
        .allSatisfy(m -> assertThat(m.sourceNamespace()).isEqualTo("frontend"));
    assertThat(yaml(g, "VirtualService", "api", "api"))
        .endsWith(
            """
          http:
          - match:
            - uri:
                exact: /api/login
              sourceNamespace: frontend
            - uri:
                prefix: /api/v1
              sourceNamespace: frontend
            route:
            - destination:
                host: api.api.svc.cluster.local
          - match:
            - uri:
                prefix: /api/v2
              sourceNamespace: frontend
            - headers:
                x-beta:
                  exact: "1"
              sourceNamespace: frontend
            route:
            - destination:
                host: api.api.svc.cluster.local
          - route:
            - destination:
                host: api.api.svc.cluster.local
        """);
    // every route survives Istio's merge
    assertThat(g.effective().get(0).http()).hasSize(3);
  }

  @Test
  void ignoreUriCaseOfTheDelegationIsRepeatedInEveryMatch() {
    Generation g =
        load(
            prefix("/api").ignoreUriCase(),
            team(
                API,
                http -> {
                  http.route().match(exact("/api/login"), prefix("/api/v1")).to(BACKEND);
                  http.route().match(any().header("x-beta", "1")).to(BACKEND);
                }));

    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(matches(g)).hasSize(3).allSatisfy(m -> assertThat(m.ignoreUriCase()).isTrue());
    assertThat(g.effective().get(0).http()).hasSize(2);
  }

  @Test
  void bothAreRepeatedTogether() {
    Generation g =
        load(
            prefix("/api").ignoreUriCase().sourceNamespace("frontend"),
            team(API, http -> http.route().match(prefix("/api/v1")).to(BACKEND)));

    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(yaml(g, "VirtualService", "api", "api"))
        .contains(
            """
            - uri:
                prefix: /api/v1
              ignoreUriCase: true
              sourceNamespace: frontend
        """);
  }

  @Test
  void aValueTheTeamWroteItselfIsKept() {
    Generation g =
        load(
            prefix("/api").sourceNamespace("frontend"),
            team(
                API,
                http ->
                    http.route().match(prefix("/api/v1").sourceNamespace("frontend")).to(BACKEND)));

    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(matches(g))
        .extracting(HTTPMatchRequest::sourceNamespace)
        .containsExactly("frontend");
  }

  @Test
  void nothingIsRepeatedWhenTheDelegationAsksForNothing() {
    Generation g =
        load(prefix("/api"), team(API, http -> http.route().match(prefix("/api/v1")).to(BACKEND)));

    assertThat(matches(g))
        .containsExactly(HTTPMatchRequest.uri(dev.vsplit.model.StringMatch.prefix("/api/v1")));
  }

  @Test
  void repeatedFromTheDelegationMatchTheRouteFits() {
    // only /a is restricted to frontend and case-insensitive: a route under /b must not inherit
    // that
    MeshSpec mesh =
        mesh(
            m ->
                m.primary("shop", "default")
                    .hosts("shop.example.com")
                    .gateways("mesh")
                    .delegate(
                        List.of(
                            prefix("/a").sourceNamespace("frontend").ignoreUriCase(), prefix("/b")),
                        API));
    Generation g =
        Vsplit.load(
            mesh,
            team(
                API,
                http -> {
                  http.route().match(prefix("/b/x")).to(BACKEND);
                  http.route().match(prefix("/a/x")).to(BACKEND);
                }));

    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(matches(g))
        .containsExactly(
            HTTPMatchRequest.uri(dev.vsplit.model.StringMatch.prefix("/b/x")),
            HTTPMatchRequest.uri(dev.vsplit.model.StringMatch.prefix("/a/x"))
                .withSourceNamespace("frontend")
                .withIgnoreUriCase(true));
    assertThat(g.effective().get(0).http()).hasSize(2);
  }

  @Test
  void matchGatewaysWrittenShortAreQualifiedWithThePrimarysNamespace() {
    MeshSpec mesh =
        mesh(
            m -> {
              m.gateway("web", "default")
                  .selector("istio", "ingressgateway")
                  .server(80, "http", "HTTP", "shop.example.com");
              m.gateway("web", "istio-system")
                  .selector("istio", "ingressgateway")
                  .server(80, "http", "HTTP", "shop.example.com");
              m.primary("shop", "default")
                  .hosts("shop.example.com")
                  .gateways("web", "istio-system/web", "mesh")
                  .delegate(prefix("/api"), API);
            });
    Generation g =
        Vsplit.load(
            mesh,
            team(
                API,
                http -> {
                  http.route().match(prefix("/api/a").gateways("web")).to(BACKEND);
                  http.route()
                      .match(prefix("/api/b").gateways("./web", "web.istio-system"))
                      .to(BACKEND);
                  http.route()
                      .match(prefix("/api/c").gateways("istio-system/web", "mesh"))
                      .to(BACKEND);
                }));

    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(matches(g))
        .extracting(HTTPMatchRequest::gateways)
        .containsExactly(
            List.of("default/web"),
            List.of("default/web", "istio-system/web"),
            List.of("istio-system/web", "mesh"));
    // written in namespace api, a short name would have meant api/web, a gateway nobody declared
    assertThat(g.effective().get(0).http()).hasSize(3);
  }

  @Test
  void matchGatewaysUnderADelegationWithGateways() {
    MeshSpec mesh =
        mesh(
            m -> {
              m.gateway("web", "default")
                  .selector("istio", "ingressgateway")
                  .server(80, "http", "HTTP", "shop.example.com");
              m.primary("shop", "default")
                  .hosts("shop.example.com")
                  .gateways("web", "mesh")
                  .delegate(prefix("/api").gateways("web"), API);
            });
    Generation g =
        Vsplit.load(
            mesh,
            team(
                API,
                http -> {
                  http.route().match(prefix("/api/a").gateways("web")).to(BACKEND);
                  http.route().match(prefix("/api/b")).to(BACKEND);
                }));

    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(g.effective().get(0).http()).hasSize(2);
  }
}
