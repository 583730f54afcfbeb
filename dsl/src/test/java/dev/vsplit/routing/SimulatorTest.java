package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.api.Analysis;
import dev.vsplit.rules.Checker;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Choosing the VirtualService by host and gateway, and what the decision says about the route
 * taken.
 */
class SimulatorTest {

  static Analysis analyze(String yaml) {
    ReadResult read = new ManifestReader().readString("test.yaml", yaml);
    assertThat(read.problems()).isEmpty();
    return new Analysis(read, new Checker(MeshOptions.DEFAULTS).check(read));
  }

  static Simulator simulator(String yaml) {
    return analyze(yaml).simulator();
  }

  private static String vs(String name, String hosts, String gateways, String dest) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: %s, namespace: web}
        spec:
          hosts: %s
          gateways: %s
          http:
          - route: [{destination: {host: %s}}]
        ---
        """
        .formatted(name, hosts, gateways, dest);
  }

  private static final String HOSTS =
      vs("exact", "[shop.example.com]", "[istio-system/public]", "exact.web.svc.cluster.local")
          + vs(
              "wildcard",
              "['*.example.com']",
              "[istio-system/public]",
              "wildcard.web.svc.cluster.local")
          + vs(
              "longer",
              "['*.shop.example.com']",
              "[istio-system/public]",
              "longer.web.svc.cluster.local")
          + vs("star", "['*']", "[istio-system/public]", "star.web.svc.cluster.local")
          + vs(
              "internal",
              "[reviews.web.svc.cluster.local]",
              "[]",
              "reviews-v2.web.svc.cluster.local");

  private static String destination(Simulator s, Request r) {
    Decision d = s.route(r);
    return d.routed() ? d.destinations().get(0).host() : null;
  }

  @Test
  void exactHostBeatsTheLongestWildcardWhichBeatsStar() {
    Simulator s = simulator(HOSTS);
    Request r = Request.get("/").gateway("istio-system/public");
    assertThat(destination(s, r.host("shop.example.com"))).isEqualTo("exact.web.svc.cluster.local");
    assertThat(destination(s, r.host("SHOP.example.com:443")))
        .isEqualTo("exact.web.svc.cluster.local");
    assertThat(destination(s, r.host("a.shop.example.com")))
        .isEqualTo("longer.web.svc.cluster.local");
    assertThat(destination(s, r.host("api.example.com")))
        .isEqualTo("wildcard.web.svc.cluster.local");
    assertThat(destination(s, r.host("example.com"))).isEqualTo("star.web.svc.cluster.local");
    assertThat(destination(s, r.host("other.org"))).isEqualTo("star.web.svc.cluster.local");
  }

  @Test
  void sidecarsAlsoKnowAServiceByItsShortNames() {
    Simulator s = simulator(HOSTS);
    for (String host :
        new String[] {
          "reviews", "reviews.web", "reviews.web.svc", "reviews.web.svc.cluster.local"
        }) {
      assertThat(destination(s, Request.get("/").gateway("mesh").host(host)))
          .as(host)
          .isEqualTo("reviews-v2.web.svc.cluster.local");
    }
    Decision none = s.route(Request.get("/").gateway("mesh").host("ratings"));
    assertThat(none.routed()).isFalse();
    assertThat(none.notes())
        .singleElement()
        .asString()
        .startsWith("no VirtualService takes host ratings through mesh");
  }

  @Test
  void withoutAHostTheOnlyCandidateIsTakenElseItAsksForOne() {
    Simulator s = simulator(HOSTS);
    assertThat(destination(s, Request.get("/").gateway("mesh")))
        .isEqualTo("reviews-v2.web.svc.cluster.local");
    assertThat(destination(s, Request.get("/").gateway("public")))
        .isEqualTo("star.web.svc.cluster.local");
    Simulator two =
        simulator(vs("a", "[a.example.com]", "[]", "a") + vs("b", "[b.example.com]", "[]", "b"));
    assertThatThrownBy(() -> two.route(Request.get("/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the request GET / names no host, and 2 VirtualServices could take it: web/a (hosts a.example.com);"
                + " web/b (hosts b.example.com). Name the host (Request.host, or host=)");
  }

  @Test
  void twoVirtualServicesForOneHostTakeTheFirstAndSaySo() {
    Simulator s =
        simulator(
            vs("b", "[shop.example.com]", "[]", "b.web.svc.cluster.local")
                + vs("a", "[shop.example.com]", "[]", "a.web.svc.cluster.local"));
    Decision d = s.route(Request.get("/").host("shop.example.com"));
    assertThat(d.destinations().get(0).host()).isEqualTo("a.web.svc.cluster.local");
    assertThat(d.notes())
        .anyMatch(
            n -> n.startsWith("also for this host: web/b; Istio merges such VirtualServices"));
  }

  @Test
  void theGatewayDefaultsToTheVirtualServicesFirstAndMatchGatewaysAreCheckedAgainstIt() {
    Simulator s =
        simulator(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: shop, namespace: web}
        spec:
          hosts: [shop.example.com]
          gateways: [istio-system/public, mesh]
          http:
          - match: [{gateways: [mesh]}]
            route: [{destination: {host: internal.web.svc.cluster.local}}]
          - route: [{destination: {host: public.web.svc.cluster.local}}]
        """);
    Decision assumed = s.route(Request.get("/").host("shop.example.com"));
    assertThat(assumed.gateway()).isEqualTo("istio-system/public");
    assertThat(assumed.notes().get(0))
        .endsWith("through istio-system/public (its first gateway: the request names none)");
    assertThat(assumed.destinations().get(0).host()).isEqualTo("public.web.svc.cluster.local");
    assertThat(destination(s, Request.get("/").host("shop.example.com").gateway("mesh")))
        .isEqualTo("internal.web.svc.cluster.local");
    Decision elsewhere =
        s.route(Request.get("/").host("shop.example.com").gateway("istio-system/other"));
    assertThat(elsewhere.routed()).isFalse();
    assertThat(elsewhere.notes())
        .singleElement()
        .asString()
        .isEqualTo(
            "no VirtualService is bound to gateway istio-system/other (their gateways: istio-system/public, mesh)");
  }

  @Test
  void weightsBecomeSharesAndZeroWeightsAreLeftOut() {
    Simulator s =
        simulator(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: reviews, namespace: web}
        spec:
          hosts: [reviews]
          http:
          - route:
            - {destination: {host: reviews, subset: v1}, weight: 75}
            - {destination: {host: reviews, subset: v2}, weight: 25}
            - {destination: {host: reviews, subset: v3}, weight: 0}
        """);
    Decision d = s.route(Request.get("/"));
    assertThat(d.destinations())
        .extracting(WeightedDestination::subset)
        .containsExactly("v1", "v2");
    assertThat(d.destinations())
        .extracting(WeightedDestination::percent)
        .containsExactly(75.0, 25.0);
    assertThat(d.destinations())
        .extracting(WeightedDestination::host)
        .containsOnly("reviews.web.svc.cluster.local");
    assertThat(d.hit().action())
        .isEqualTo(
            "reviews.web.svc.cluster.local subset v1 75%, reviews.web.svc.cluster.local subset v2 25%");
    assertThat(d.team()).isNull();
    assertThat(d.hit().secondary()).isNull();
    assertThat(d.hit().match()).isEqualTo(-1);
  }

  @Test
  void redirectsAndDirectResponsesHaveNoDestination() {
    Simulator s =
        simulator(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: shop, namespace: web}
        spec:
          hosts: [shop.example.com]
          http:
          - match: [{uri: {exact: /old}}]
            redirect: {uri: /new, redirectCode: 308}
          - directResponse: {status: 503}
        """);
    Decision old = s.route(Request.get("/old"));
    assertThat(old.destinations()).isEmpty();
    assertThat(old.hit().action()).isEqualTo("redirect 308 to /new");
    assertThat(s.route(Request.get("/x")).hit().action()).isEqualTo("direct response 503");
  }
}
