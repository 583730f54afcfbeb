package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Vsplit;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference document's verification step as a table of requests against its bookinfo manifests:
 * {@code /productpage} reaches productpage through vs-2, {@code /login} through vs-1, and {@code
 * /logfoo}, which the primary hands to vs-1 by its prefix {@code /log}, matches none of vs-1's
 * routes, then none of vs-2's: Envoy answers 404.
 */
class BookinfoRequestsTest {

  private static Simulator bookinfo;

  @BeforeAll
  static void read() throws URISyntaxException {
    Path yaml = Path.of(BookinfoRequestsTest.class.getResource("/routing/bookinfo.yaml").toURI());
    bookinfo = Vsplit.analyze(AnalyzeRequest.of(yaml)).simulator();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # method | path                      | team       | secondary | route | destination
      GET      | /productpage              | storefront | ns1/vs-2  | 1     | productpage.default.svc.cluster.local:9080
      GET      | /login                    | identity   | ns1/vs-1  | 0     | productpage.default.svc.cluster.local:9080
      GET      | /logout                   | identity   | ns1/vs-1  | 0     | productpage.default.svc.cluster.local:9080
      POST     | /login                    | identity   | ns1/vs-1  | 0     | productpage.default.svc.cluster.local:9080
      GET      | /login?next=/productpage  | identity   | ns1/vs-1  | 0     | productpage.default.svc.cluster.local:9080
      GET      | /static/css/bootstrap.css | storefront | ns1/vs-2  | 1     | productpage.default.svc.cluster.local:9080
      GET      | /staticfoo                | storefront | ns1/vs-2  | 1     | productpage.default.svc.cluster.local:9080
      GET      | /api/v1/products/0        | storefront | ns1/vs-2  | 1     | productpage.default.svc.cluster.local:9080
      GET      | /api/v1/productsreviews   | storefront | ns1/vs-2  | 1     | productpage.default.svc.cluster.local:9080
      GET      | /logfoo                   |            |           |       |
      GET      | /login/                   |            |           |       |
      GET      | /Login                    |            |           |       |
      GET      | /                         |            |           |       |
      GET      | /api/v1/reviews           |            |           |       |
      GET      | /productpage/             |            |           |       |
      """)
  void requestsGoWhereTheDocumentSays(
      String method,
      String path,
      String team,
      String secondary,
      Integer route,
      String destination) {
    Decision d = bookinfo.route(Request.of(method, path));
    if (team == null) {
      assertThat(d.routed()).as(d.explain()).isFalse();
      assertThat(d.virtualService()).hasToString("default/bookinfo");
      return;
    }
    assertThat(d.routed()).as(d.explain()).isTrue();
    assertThat(d.team()).isEqualTo(team);
    assertThat(d.hit().secondary()).hasToString(secondary);
    assertThat(d.hit().position()).isEqualTo(route);
    assertThat(d.hit().action()).isEqualTo(destination);
    assertThat(d.destinations())
        .singleElement()
        .satisfies(w -> assertThat(w.percent()).isEqualTo(100.0));
  }

  @Test
  void logfooFallsThroughBothTeamsWithTheReasonForEachMatch() {
    Decision d = bookinfo.route(Request.get("/logfoo"));
    assertThat(d.explain())
        .isEqualTo(
            """
        GET /logfoo
          VirtualService default/bookinfo (hosts *; gateways default/bookinfo-gateway), through default/bookinfo-gateway
          #0 team identity, ns1/vs-1 spec.http[0] (exact "/login" or exact "/logout"): no
              match[0] uri exact "/login": the path is "/logfoo"
              match[1] uri exact "/logout": the path is "/logfoo"
          #1 team storefront, ns1/vs-2 spec.http[0] (exact "/productpage" or prefix "/static" or prefix "/api/v1/products"): no
              match[0] uri exact "/productpage": the path is "/logfoo"
              match[1] uri prefix "/static": the path "/logfoo" does not start with it
              match[2] uri prefix "/api/v1/products": the path "/logfoo" does not start with it
          -> no route matches: Envoy answers 404 (route_not_found)
        """);
  }

  @Test
  void loginNamesTeamSecondaryAndTheDelegationItCameThrough() {
    Decision d = bookinfo.route(Request.get("/login"));
    assertThat(d.explain())
        .isEqualTo(
            """
        GET /login
          VirtualService default/bookinfo (hosts *; gateways default/bookinfo-gateway), through default/bookinfo-gateway
          #0 team identity, ns1/vs-1 spec.http[0] (exact "/login" or exact "/logout"): yes, by match[0]
          -> team identity, ns1/vs-1 spec.http[0] (delegated by default/bookinfo spec.http[0])
             productpage.default.svc.cluster.local:9080 100%
        """);
    assertThat(d.summary())
        .isEqualTo(
            "GET /login -> route #0 of default/bookinfo (team identity, ns1/vs-1 spec.http[0]):"
                + " productpage.default.svc.cluster.local:9080");
  }

  @Test
  void anyHostAndTheGatewayByItsShortNameReachTheStarPrimary() {
    assertThat(
            bookinfo
                .route(
                    Request.get("/login")
                        .host("bookinfo.example.com:80")
                        .gateway("bookinfo-gateway"))
                .team())
        .isEqualTo("identity");
    Decision sidecar = bookinfo.route(Request.get("/login").gateway("mesh"));
    assertThat(sidecar.routed()).isFalse();
    assertThat(sidecar.virtualService()).isNull();
    assertThat(sidecar.notes())
        .singleElement()
        .asString()
        .contains(
            "no VirtualService is bound to gateway mesh (their gateways: default/bookinfo-gateway)");
  }
}
