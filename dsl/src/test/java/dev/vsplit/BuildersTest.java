package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.InlineSpecs.yaml;
import static dev.vsplit.Match.any;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.base.Durations;
import dev.vsplit.model.StringMatch;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of what the builders generate: each test writes a small spec the way a user would
 * and compares the YAML vsplit writes, byte for byte, with the YAML it should read like.
 */
class BuildersTest {

  static final Team SHOP = Team.named("shop").namespace("shop").owners("@acme/shop");
  static final Secondary SHOP_ROUTES = SHOP.secondary("shop-routes").failClosed();

  /** The administrator's usual primary: one host, one gateway, /shop to the shop team. */
  static MeshSpec shopMesh() {
    return mesh(
        m ->
            m.primary("shop", "default")
                .hosts("shop.example.com")
                .gateways("istio-system/web")
                .delegate(prefix("/shop"), SHOP_ROUTES));
  }

  /**
   * The shop team's secondary with these routes, as YAML; the whole result must be free of errors.
   */
  static String shopRoutes(Consumer<Routes> routes) {
    Generation g = Vsplit.load(shopMesh(), team(SHOP_ROUTES, routes));
    assertThat(g.errors()).as(describe(g)).isEmpty();
    return yaml(g, "VirtualService", "shop", "shop-routes");
  }

  /** The {@code spec.http} list of {@link #shopRoutes}: what follows the fixed header. */
  static String shopHttp(Consumer<Routes> routes) {
    String header =
        """
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata:
          name: shop-routes
          namespace: shop
          labels:
            app.kubernetes.io/managed-by: vsplit
            vsplit.dev/team: shop
        spec:
          http:
        """;
    String yaml = shopRoutes(routes);
    assertThat(yaml).startsWith(header);
    // one level less indented, so that the expected text starts at the list
    return yaml.substring(header.length())
        .lines()
        .map(l -> l.substring(2))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @Nested
  class Gateways {

    @Test
    void gatewayWithPlainHttpsAndRedirectServers() {
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.gateway("web", "istio-system")
                          .selector("istio", "ingressgateway")
                          .label("tier", "edge")
                          .server(80, "http", "HTTP", "shop.example.com")
                          .httpsServer(443, "https", "shop-cert", "shop.example.com")
                          .httpsRedirect(8080, "http-redirect", "*.example.com")));

      assertThat(yaml(g, "Gateway", "istio-system", "web"))
          .isEqualTo(
              """
          apiVersion: networking.istio.io/v1beta1
          kind: Gateway
          metadata:
            name: web
            namespace: istio-system
            labels:
              tier: edge
              app.kubernetes.io/managed-by: vsplit
          spec:
            servers:
            - port:
                number: 80
                protocol: HTTP
                name: http
              hosts:
              - shop.example.com
            - port:
                number: 443
                protocol: HTTPS
                name: https
              hosts:
              - shop.example.com
              tls:
                mode: SIMPLE
                credentialName: shop-cert
            - port:
                number: 8080
                protocol: HTTP
                name: http-redirect
              hosts:
              - '*.example.com'
              tls:
                httpsRedirect: true
            selector:
              istio: ingressgateway
          """);
    }

    @Test
    void gatewayApiVersionCanBeChosen() {
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.gateway("bookinfo-gateway", "default")
                          .apiVersion("networking.istio.io/v1alpha3")
                          .selector("istio", "ingressgateway")
                          .server(80, "http", "HTTP", "*")));

      assertThat(yaml(g, "Gateway", "default", "bookinfo-gateway"))
          .startsWith(
              """
          apiVersion: networking.istio.io/v1alpha3
          kind: Gateway
          """);
    }
  }

  @Nested
  class Primaries {

    @Test
    void primaryReadsLikeTheYaml() {
      Secondary log = Team.named("identity").namespace("ns1").secondary("vs-1").failClosed();
      Generation g =
          Vsplit.load(
              mesh(
                  m -> {
                    Mesh.GatewayBuilder web =
                        m.gateway("web", "istio-system")
                            .selector("istio", "ingressgateway")
                            .server(80, "http", "HTTP", "*");
                    Mesh.GatewayBuilder local =
                        m.gateway("local", "default")
                            .selector("istio", "ingressgateway")
                            .server(80, "http", "HTTP", "*");
                    m.primary("shop", "default")
                        .hosts("shop.example.com", "www.example.com")
                        .gateways(web, local)
                        .addGateways("mesh")
                        .exportTo("*")
                        .label("tier", "edge")
                        .delegate(prefix("/shop"), SHOP_ROUTES)
                        .delegate(prefix("/login"), log);
                  }));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "default", "shop"))
          .isEqualTo(
              """
          apiVersion: networking.istio.io/v1beta1
          kind: VirtualService
          metadata:
            name: shop
            namespace: default
            labels:
              tier: edge
              app.kubernetes.io/managed-by: vsplit
          spec:
            hosts:
            - shop.example.com
            - www.example.com
            gateways:
            - istio-system/web
            - local
            - mesh
            http:
            - match:
              - uri:
                  prefix: /shop
              delegate:
                name: shop-routes
                namespace: shop
            - match:
              - uri:
                  prefix: /login
              delegate:
                name: vs-1
                namespace: ns1
            exportTo:
            - '*'
          """);
    }

    @Test
    void primaryApiVersionCanBeChosen() {
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .apiVersion("networking.istio.io/v1")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), SHOP_ROUTES)));

      assertThat(yaml(g, "VirtualService", "default", "shop"))
          .startsWith("apiVersion: networking.istio.io/v1\n");
    }

    @Test
    void delegationWithInheritedRewriteTimeoutAndRetries() {
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(
                              Delegation.of(prefix("/legacy"))
                                  .to(SHOP_ROUTES)
                                  .rewrite("/shop")
                                  .timeout("10s")
                                  .retries(2, "3s"))));

      assertThat(yaml(g, "VirtualService", "default", "shop"))
          .endsWith(
              """
            http:
            - match:
              - uri:
                  prefix: /legacy
              delegate:
                name: shop-routes
                namespace: shop
              rewrite:
                uri: /shop
              timeout: 10s
              retries:
                attempts: 2
                perTryTimeout: 3s
          """);
    }

    @Test
    void inheritedFieldsReachTheEffectiveRoutesUnlessTheTeamSetsThem() {
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(
                              Delegation.of(prefix("/shop"))
                                  .to(SHOP_ROUTES)
                                  .timeout("10s")
                                  .retries(2, "3s"))),
              team(
                  SHOP_ROUTES,
                  http -> {
                    http.route()
                        .match(prefix("/shop/slow"))
                        .to(destination("slow.shop.svc.cluster.local"))
                        .timeout("30s");
                    http.route()
                        .match(prefix("/shop/fast"))
                        .to(destination("fast.shop.svc.cluster.local"));
                  }));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(g.effectiveYaml())
          .isEqualTo(
              """
          - name: shop
            namespace: default
            http:
            - match:
              - uri:
                  prefix: /shop/slow
              route:
              - destination:
                  host: slow.shop.svc.cluster.local
              timeout: 30s
              retries:
                attempts: 2
                perTryTimeout: 3s
            - match:
              - uri:
                  prefix: /shop/fast
              route:
              - destination:
                  host: fast.shop.svc.cluster.local
              timeout: 10s
              retries:
                attempts: 2
                perTryTimeout: 3s
          """);
    }

    @Test
    void multiMatchDelegationsKeepEveryMatchInOneRoute() {
      Secondary api = Team.named("api").namespace("api").secondary("api-routes").failClosed();
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(List.of(prefix("/shop"), prefix("/store")), SHOP_ROUTES)
                          .delegate(Delegation.of(prefix("/api"), prefix("/v1/api")).to(api))));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "default", "shop"))
          .endsWith(
              """
            http:
            - match:
              - uri:
                  prefix: /shop
              - uri:
                  prefix: /store
              delegate:
                name: shop-routes
                namespace: shop
            - match:
              - uri:
                  prefix: /api
              - uri:
                  prefix: /v1/api
              delegate:
                name: api-routes
                namespace: api
          """);
    }

    @Test
    void delegationWithoutMatchDelegatesEverything() {
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(Delegation.of().to(SHOP_ROUTES))));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "default", "shop"))
          .endsWith(
              """
            http:
            - delegate:
                name: shop-routes
                namespace: shop
          """);
    }

    @Test
    void delegationMatchConditionsAreWrittenAsIstioFields() {
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(
                              prefix("/shop").header("x-tenant", "acme").method("GET").port(8080),
                              SHOP_ROUTES)));

      assertThat(yaml(g, "VirtualService", "default", "shop"))
          .endsWith(
              """
            http:
            - match:
              - uri:
                  prefix: /shop
                method:
                  exact: GET
                headers:
                  x-tenant:
                    exact: acme
                port: 8080
              delegate:
                name: shop-routes
                namespace: shop
          """);
    }
  }

  @Nested
  class Secondaries {

    @Test
    void secondaryHasNoHostsAndCarriesItsTeamAndExportTo() {
      Secondary exported = SHOP.secondary("shop-routes").exportTo(".", "default");
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), exported)),
              team(
                  exported,
                  http ->
                      http.route()
                          .match(exact("/shop"))
                          .to(destination("shop.shop.svc.cluster.local"))));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .isEqualTo(
              """
          apiVersion: networking.istio.io/v1beta1
          kind: VirtualService
          metadata:
            name: shop-routes
            namespace: shop
            labels:
              app.kubernetes.io/managed-by: vsplit
              vsplit.dev/team: shop
          spec:
            http:
            - match:
              - uri:
                  exact: /shop
              route:
              - destination:
                  host: shop.shop.svc.cluster.local
            exportTo:
            - "."
            - default
          """);
    }

    @Test
    void secondaryInAnotherNamespaceThanItsTeam() {
      Secondary elsewhere = SHOP.secondary("shop-edge", "edge").failClosed();
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), elsewhere)));

      assertThat(yaml(g, "VirtualService", "edge", "shop-edge"))
          .contains("  namespace: edge\n", "vsplit.dev/team: shop\n");
    }

    @Test
    void skeletonRoutesTheWholeScopeToTheDefaultBackend() {
      Secondary skeleton =
          SHOP.secondary("shop-routes")
              .defaultBackend(destination("shop.shop.svc.cluster.local").port(8080));
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), skeleton)));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(g.resources()).filteredOn(GeneratedResource::skeleton).hasSize(1);
      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .isEqualTo(
              """
          apiVersion: networking.istio.io/v1beta1
          kind: VirtualService
          metadata:
            name: shop-routes
            namespace: shop
            labels:
              app.kubernetes.io/managed-by: vsplit
              vsplit.dev/team: shop
          spec:
            http:
            - route:
              - destination:
                  host: shop.shop.svc.cluster.local
                  port:
                    number: 8080
          """);
      // the skeleton's route has no match of its own: Istio gives it the delegation's match
      assertThat(g.effectiveYaml())
          .isEqualTo(
              """
          - name: shop
            namespace: default
            http:
            - match:
              - uri:
                  prefix: /shop
              route:
              - destination:
                  host: shop.shop.svc.cluster.local
                  port:
                    number: 8080
          """);
    }

    @Test
    void failClosedSkeletonAnswers503() {
      Generation g = Vsplit.load(shopMesh());

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .endsWith(
              """
          spec:
            http:
            - directResponse:
                status: 503
          """);
    }

    @Test
    void failClosedWithAnotherStatus() {
      Secondary closed = SHOP.secondary("shop-routes").failClosed(502);
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), closed)));

      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .endsWith(
              """
            http:
            - directResponse:
                status: 502
          """);
    }

    @Test
    void teamRoutesReplaceTheSkeleton() {
      Secondary both =
          SHOP.secondary("shop-routes").defaultBackend(destination("shop.shop.svc.cluster.local"));
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), both)),
              team(
                  both,
                  http ->
                      http.route()
                          .match(exact("/shop/cart"))
                          .to(destination("cart.shop.svc.cluster.local"))));

      assertThat(g.resources()).noneMatch(GeneratedResource::skeleton);
      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .endsWith(
              """
            http:
            - match:
              - uri:
                  exact: /shop/cart
              route:
              - destination:
                  host: cart.shop.svc.cluster.local
          """);
    }

    @Test
    void sealedSecondaryEndsWithA404CatchAllOfItsScope() {
      Secondary sealed = SHOP.secondary("shop-routes").sealed();
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), sealed)),
              team(
                  sealed,
                  http ->
                      http.route()
                          .match(exact("/shop/cart"))
                          .to(destination("cart.shop.svc.cluster.local"))));

      assertThat(g.findings()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .endsWith(
              """
            http:
            - match:
              - uri:
                  exact: /shop/cart
              route:
              - destination:
                  host: cart.shop.svc.cluster.local
            - directResponse:
                status: 404
          """);
      assertThat(g.effectiveYaml())
          .endsWith(
              """
            - match:
              - uri:
                  prefix: /shop
              directResponse:
                status: 404
          """);
    }

    @Test
    void sealedAfterATeamRouteOfTheWholeScopeAddsNothing() {
      Secondary sealed = SHOP.secondary("shop-routes").sealed();
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), sealed)),
              team(
                  sealed,
                  http -> {
                    http.route()
                        .match(prefix("/shop"))
                        .to(destination("shop.shop.svc.cluster.local"));
                    http.route()
                        .match(exact("/shop/cart"))
                        .to(destination("cart.shop.svc.cluster.local"));
                  }));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "shop", "shop-routes")).doesNotContain("404");
    }

    @Test
    void sealedAfterRoutesThatCoverOnlyPartOfTheScope() {
      Secondary sealed = SHOP.secondary("shop-routes").sealed();
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), sealed)),
              team(
                  sealed,
                  http ->
                      http.route()
                          .match(prefix("/shop").header("x-beta", "1"))
                          .to(destination("shop.shop.svc.cluster.local"))));

      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .endsWith(
              """
            - directResponse:
                status: 404
          """);
    }

    @Test
    void sealedWithAnotherStatus() {
      Secondary sealed = SHOP.secondary("shop-routes").sealed(410);
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), sealed)),
              team(
                  sealed,
                  http ->
                      http.route()
                          .match(exact("/shop/cart"))
                          .to(destination("cart.shop.svc.cluster.local"))));

      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .endsWith(
              """
            - directResponse:
                status: 410
          """);
    }

    @Test
    void sealedSkeletonIsJustTheSkeleton() {
      // the skeleton already answers the whole scope: a 404 after it could never match
      Secondary sealed = SHOP.secondary("shop-routes").failClosed().sealed();
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), sealed)));

      assertThat(g.findings()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .endsWith(
              """
          spec:
            http:
            - directResponse:
                status: 503
          """);
    }

    @Test
    void sealedAfterATeamCatchAllAddsNothing() {
      Secondary sealed = SHOP.secondary("shop-routes").sealed();
      Generation g =
          Vsplit.load(
              mesh(
                  m ->
                      m.primary("shop", "default")
                          .hosts("shop.example.com")
                          .delegate(prefix("/shop"), sealed)),
              team(
                  sealed,
                  http -> {
                    http.route()
                        .match(exact("/shop/cart"))
                        .to(destination("cart.shop.svc.cluster.local"));
                    http.route().to(destination("shop.shop.svc.cluster.local"));
                  }));

      assertThat(g.findings()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "shop", "shop-routes"))
          .endsWith(
              """
            - route:
              - destination:
                  host: shop.shop.svc.cluster.local
          """);
    }
  }

  @Nested
  class RouteFeatures {

    @Test
    void weightedDestinationsWithSubsetsAndPorts() {
      assertThat(
              shopHttp(
                  http ->
                      http.route("cart-canary")
                          .match(prefix("/shop/cart"))
                          .to(
                              destination("cart.shop.svc.cluster.local")
                                  .subset("v2")
                                  .port(8080)
                                  .weight(10),
                              destination("cart.shop.svc.cluster.local")
                                  .subset("v1")
                                  .port(8080)
                                  .weight(90))))
          .isEqualTo(
              """
              - name: cart-canary
                match:
                - uri:
                    prefix: /shop/cart
                route:
                - destination:
                    host: cart.shop.svc.cluster.local
                    subset: v2
                    port:
                      number: 8080
                  weight: 10
                - destination:
                    host: cart.shop.svc.cluster.local
                    subset: v1
                    port:
                      number: 8080
                  weight: 90
              """);
    }

    @Test
    void headersSetOnOneDestination() {
      assertThat(
              shopHttp(
                  http ->
                      http.route()
                          .match(prefix("/shop/cart"))
                          .to(
                              destination("cart.shop.svc.cluster.local")
                                  .setRequestHeader("x-version", "v2")
                                  .setRequestHeader("x-a", "1"))))
          .isEqualTo(
              """
              - match:
                - uri:
                    prefix: /shop/cart
                route:
                - destination:
                    host: cart.shop.svc.cluster.local
                  headers:
                    request:
                      set:
                        x-a: "1"
                        x-version: v2
              """);
    }

    @Test
    void everyMatchCondition() {
      assertThat(
              shopHttp(
                  http ->
                      http.route()
                          .match(
                              prefix("/shop/a")
                                  .header("x-user", "alice")
                                  .headerPrefix("x-group", "adm")
                                  .headerRegex("x-id", "[0-9]+")
                                  .headerPresent("x-debug")
                                  .withoutHeader("x-internal"),
                              exact("/shop/b")
                                  .query("v", "2")
                                  .queryRegex("page", "[0-9]+")
                                  .method("POST")
                                  .scheme("https")
                                  .authority("shop.example.com")
                                  .port(443)
                                  .named("b"),
                              prefix("/shop/c")
                                  .authorityPrefix("shop.")
                                  .sourceLabel("app", "web")
                                  .gateways("istio-system/web"))
                          .to(destination("shop.shop.svc.cluster.local"))))
          .isEqualTo(
              """
              - match:
                - uri:
                    prefix: /shop/a
                  headers:
                    x-user:
                      exact: alice
                    x-group:
                      prefix: adm
                    x-id:
                      regex: "[0-9]+"
                    x-debug: {}
                  withoutHeaders:
                    x-internal: {}
                - name: b
                  uri:
                    exact: /shop/b
                  scheme:
                    exact: https
                  method:
                    exact: POST
                  authority:
                    exact: shop.example.com
                  port: 443
                  queryParams:
                    v:
                      exact: "2"
                    page:
                      regex: "[0-9]+"
                - uri:
                    prefix: /shop/c
                  authority:
                    prefix: shop.
                  sourceLabels:
                    app: web
                  gateways:
                  - istio-system/web
                route:
                - destination:
                    host: shop.shop.svc.cluster.local
              """);
    }

    @Test
    void anyMatchesTheWholeScope() {
      assertThat(
              shopHttp(
                  http ->
                      http.route()
                          .match(any().header("x-beta", "1"))
                          .to(destination("beta.shop.svc.cluster.local"))))
          .isEqualTo(
              """
              - match:
                - headers:
                    x-beta:
                      exact: "1"
                route:
                - destination:
                    host: beta.shop.svc.cluster.local
              """);
    }

    @Test
    void rewriteOfPathAndAuthority() {
      assertThat(
              shopHttp(
                  http ->
                      http.route()
                          .match(prefix("/shop/api"))
                          .to(destination("api.shop.svc.cluster.local"))
                          .rewrite("/api")
                          .rewriteAuthority("api.internal")))
          .isEqualTo(
              """
              - match:
                - uri:
                    prefix: /shop/api
                route:
                - destination:
                    host: api.shop.svc.cluster.local
                rewrite:
                  uri: /api
                  authority: api.internal
              """);
    }

    @Test
    void regexRewrite() {
      assertThat(
              shopHttp(
                  http ->
                      http.route()
                          .match(prefix("/shop/item/"))
                          .to(destination("items.shop.svc.cluster.local"))
                          .rewriteAuthority("items.internal")
                          .rewriteRegex("^/shop/item/(.*)$", "/items/\\1")))
          .isEqualTo(
              """
              - match:
                - uri:
                    prefix: /shop/item/
                route:
                - destination:
                    host: items.shop.svc.cluster.local
                rewrite:
                  authority: items.internal
                  uriRegexRewrite:
                    match: ^/shop/item/(.*)$
                    rewrite: /items/\\1
              """);
    }

    @Test
    void redirectWithCodeAndAuthority() {
      assertThat(
              shopHttp(
                  http -> {
                    http.route()
                        .match(prefix("/shop/old"))
                        .redirect(Redirect.to("/shop/new").authority("www.example.com").code(308));
                    http.route()
                        .match(prefix("/shop/elsewhere"))
                        .redirect(
                            Redirect.toAuthority("other.example.com").scheme("https").port(8443));
                  }))
          .isEqualTo(
              """
          - match:
            - uri:
                prefix: /shop/old
            redirect:
              uri: /shop/new
              authority: www.example.com
              redirectCode: 308
          - match:
            - uri:
                prefix: /shop/elsewhere
            redirect:
              authority: other.example.com
              port: 8443
              scheme: https
          """);
    }

    @Test
    void directResponseWithAndWithoutBody() {
      assertThat(
              shopHttp(
                  http -> {
                    http.route().match(exact("/shop/health")).directResponse(200, "ok");
                    http.route().match(exact("/shop/gone")).directResponse(410);
                  }))
          .isEqualTo(
              """
          - match:
            - uri:
                exact: /shop/health
            directResponse:
              status: 200
              body:
                string: ok
          - match:
            - uri:
                exact: /shop/gone
            directResponse:
              status: 410
          """);
    }

    @Test
    void timeoutAsStringAndAsDuration() {
      assertThat(
              shopHttp(
                  http -> {
                    http.route()
                        .match(exact("/shop/a"))
                        .to(destination("a.shop.svc.cluster.local"))
                        .timeout("2.5s");
                    http.route()
                        .match(exact("/shop/b"))
                        .to(destination("b.shop.svc.cluster.local"))
                        .timeout(Duration.ofSeconds(5));
                    http.route()
                        .match(exact("/shop/c"))
                        .to(destination("c.shop.svc.cluster.local"))
                        .timeout(Duration.ofMillis(1500));
                  }))
          .isEqualTo(
              """
          - match:
            - uri:
                exact: /shop/a
            route:
            - destination:
                host: a.shop.svc.cluster.local
            timeout: 2.5s
          - match:
            - uri:
                exact: /shop/b
            route:
            - destination:
                host: b.shop.svc.cluster.local
            timeout: 5s
          - match:
            - uri:
                exact: /shop/c
            route:
            - destination:
                host: c.shop.svc.cluster.local
            timeout: 1500ms
          """);
    }

    @Test
    void retriesWithAndWithoutConditions() {
      assertThat(
              shopHttp(
                  http -> {
                    http.route()
                        .match(exact("/shop/a"))
                        .to(destination("a.shop.svc.cluster.local"))
                        .retries(3, "2s");
                    http.route()
                        .match(exact("/shop/b"))
                        .to(destination("b.shop.svc.cluster.local"))
                        .retries(2, "500ms", "5xx,reset,connect-failure");
                  }))
          .isEqualTo(
              """
          - match:
            - uri:
                exact: /shop/a
            route:
            - destination:
                host: a.shop.svc.cluster.local
            retries:
              attempts: 3
              perTryTimeout: 2s
          - match:
            - uri:
                exact: /shop/b
            route:
            - destination:
                host: b.shop.svc.cluster.local
            retries:
              attempts: 2
              perTryTimeout: 500ms
              retryOn: "5xx,reset,connect-failure"
          """);
    }

    @Test
    void headerOperationsOnRequestAndResponse() {
      assertThat(
              shopHttp(
                  http ->
                      http.route()
                          .match(prefix("/shop/api"))
                          .to(destination("api.shop.svc.cluster.local"))
                          .setRequestHeader("x-team", "shop")
                          .addRequestHeader("x-via", "vsplit")
                          .removeRequestHeader("cookie")
                          .setResponseHeader("cache-control", "no-store")
                          .addResponseHeader("x-served-by", "shop")
                          .removeResponseHeader("server")
                          .removeResponseHeader("x-powered-by")))
          .isEqualTo(
              """
              - match:
                - uri:
                    prefix: /shop/api
                route:
                - destination:
                    host: api.shop.svc.cluster.local
                headers:
                  request:
                    set:
                      x-team: shop
                    add:
                      x-via: vsplit
                    remove:
                    - cookie
                  response:
                    set:
                      cache-control: no-store
                    add:
                      x-served-by: shop
                    remove:
                    - server
                    - x-powered-by
              """);
    }

    @Test
    void responseHeadersOnly() {
      assertThat(
              shopHttp(
                  http ->
                      http.route()
                          .match(prefix("/shop/static"))
                          .to(destination("static.shop.svc.cluster.local"))
                          .setResponseHeader("cache-control", "max-age=3600")))
          .isEqualTo(
              """
              - match:
                - uri:
                    prefix: /shop/static
                route:
                - destination:
                    host: static.shop.svc.cluster.local
                headers:
                  response:
                    set:
                      cache-control: max-age=3600
              """);
    }

    @Test
    void mirrorWithAndWithoutPercentage() {
      assertThat(
              shopHttp(
                  http -> {
                    http.route()
                        .match(exact("/shop/a"))
                        .to(destination("a.shop.svc.cluster.local"))
                        .mirror(destination("a-shadow.shop.svc.cluster.local").port(8080), 25);
                    http.route()
                        .match(exact("/shop/b"))
                        .to(destination("b.shop.svc.cluster.local"))
                        .mirror(destination("b-shadow.shop.svc.cluster.local").subset("v2"));
                  }))
          .isEqualTo(
              """
          - match:
            - uri:
                exact: /shop/a
            route:
            - destination:
                host: a.shop.svc.cluster.local
            mirror:
              host: a-shadow.shop.svc.cluster.local
              port:
                number: 8080
            mirrorPercentage:
              value: 25
          - match:
            - uri:
                exact: /shop/b
            route:
            - destination:
                host: b.shop.svc.cluster.local
            mirror:
              host: b-shadow.shop.svc.cluster.local
              subset: v2
          """);
    }

    @Test
    void faultDelayAndAbort() {
      assertThat(
              shopHttp(
                  http -> {
                    http.route()
                        .match(exact("/shop/a"))
                        .to(destination("a.shop.svc.cluster.local"))
                        .faultDelay("2s", 5)
                        .faultAbort(503, 1.5);
                    http.route()
                        .match(exact("/shop/b"))
                        .to(destination("b.shop.svc.cluster.local"))
                        .faultAbort(500, 100);
                  }))
          .isEqualTo(
              """
          - match:
            - uri:
                exact: /shop/a
            route:
            - destination:
                host: a.shop.svc.cluster.local
            fault:
              delay:
                fixedDelay: 2s
                percentage:
                  value: 5
              abort:
                httpStatus: 503
                percentage:
                  value: 1.5
          - match:
            - uri:
                exact: /shop/b
            route:
            - destination:
                host: b.shop.svc.cluster.local
            fault:
              abort:
                httpStatus: 500
                percentage:
                  value: 100
          """);
    }

    @Test
    void cors() {
      assertThat(
              shopHttp(
                  http ->
                      http.route()
                          .match(prefix("/shop/api"))
                          .to(destination("api.shop.svc.cluster.local"))
                          .cors(
                              Cors.allowOrigins("https://shop.example.com")
                                  .addAllowOriginRegex("https://.*\\.example\\.com")
                                  .allowMethods("GET", "POST")
                                  .allowHeaders("content-type")
                                  .exposeHeaders("x-total")
                                  .maxAge("24h")
                                  .allowCredentials(true))))
          .isEqualTo(
              """
              - match:
                - uri:
                    prefix: /shop/api
                route:
                - destination:
                    host: api.shop.svc.cluster.local
                corsPolicy:
                  allowOrigins:
                  - exact: https://shop.example.com
                  - regex: https://.*\\.example\\.com
                  allowMethods:
                  - GET
                  - POST
                  allowHeaders:
                  - content-type
                  exposeHeaders:
                  - x-total
                  maxAge: 24h
                  allowCredentials: true
              """);
    }

    @Test
    void routesKeepTheOrderWritten() {
      assertThat(
              shopHttp(
                  http -> {
                    http.route("second")
                        .match(prefix("/shop/b"))
                        .to(destination("b.shop.svc.cluster.local"));
                    http.route("first")
                        .match(prefix("/shop/a"))
                        .to(destination("a.shop.svc.cluster.local"));
                  }))
          .startsWith("- name: second\n");
    }
  }

  /**
   * The verb rule of the package Javadoc: a method named after a field sets it, replacing what an
   * earlier call set; {@code addX} appends to it.
   */
  @Nested
  class Verbs {

    @Test
    void primaryFieldsAndMeshOwnersReplaceAndAddAppends() {
      Generation g =
          Vsplit.load(
              mesh(
                  m -> {
                    Mesh.GatewayBuilder web =
                        m.gateway("web", "istio-system")
                            .selector("istio", "ingressgateway")
                            .server(80, "http", "HTTP", "*");
                    m.owners("@acme/old").owners("@acme/admins").addOwners("@acme/platform");
                    m.primary("shop", "default")
                        .hosts("old.example.com")
                        .hosts("shop.example.com")
                        .addHosts("www.example.com")
                        .gateways("old")
                        .gateways(web)
                        .addGateways("mesh")
                        .exportTo("old")
                        .exportTo(".")
                        .addExportTo("shop")
                        .delegate(prefix("/shop"), SHOP_ROUTES);
                  }));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "default", "shop"))
          .isEqualTo(
              """
          apiVersion: networking.istio.io/v1beta1
          kind: VirtualService
          metadata:
            name: shop
            namespace: default
            labels:
              app.kubernetes.io/managed-by: vsplit
          spec:
            hosts:
            - shop.example.com
            - www.example.com
            gateways:
            - istio-system/web
            - mesh
            http:
            - match:
              - uri:
                  prefix: /shop
              delegate:
                name: shop-routes
                namespace: shop
            exportTo:
            - "."
            - shop
          """);
      GeneratedResource primary =
          g.resources().stream()
              .filter(r -> r.resource().name().equals("shop"))
              .findFirst()
              .orElseThrow();
      assertThat(primary.owners()).containsExactly("@acme/admins", "@acme/platform");
    }

    @Test
    void routeMatchAndToReplaceAndAddMatchAppends() {
      assertThat(
              shopHttp(
                  http ->
                      http.route()
                          .match(prefix("/shop/old"))
                          .match(prefix("/shop/a"))
                          .addMatch(exact("/shop/b"))
                          .to(destination("old.shop.svc.cluster.local"))
                          .to(destination("a.shop.svc.cluster.local"))))
          .isEqualTo(
              """
              - match:
                - uri:
                    prefix: /shop/a
                - uri:
                    exact: /shop/b
                route:
                - destination:
                    host: a.shop.svc.cluster.local
              """);
    }

    @Test
    void valuesReplaceAndAddAppends() {
      Team team =
          Team.named("t")
              .namespace("old")
              .namespace("t")
              .owners("@acme/old")
              .owners("@acme/t")
              .addOwners("@acme/u");
      assertThat(team.namespace()).isEqualTo("t");
      assertThat(team.owners()).containsExactly("@acme/t", "@acme/u");

      Secondary secondary =
          team.secondary("s").exportTo("old").exportTo(".").addExportTo("default");
      assertThat(secondary.exportTo()).containsExactly(".", "default");

      Match match = prefix("/a").gateways("old").gateways("istio-system/web").addGateways("mesh");
      assertThat(match.request().gateways()).containsExactly("istio-system/web", "mesh");

      Cors cors =
          Cors.allowOrigins("https://a.example.com")
              .allowMethods("PUT")
              .allowMethods("GET")
              .addAllowOriginRegex("https://b.*")
              .addAllowOriginRegex("https://c.*");
      assertThat(cors.toModel().allowMethods()).containsExactly("GET");
      assertThat(cors.toModel().allowOrigins())
          .containsExactly(
              StringMatch.exact("https://a.example.com"),
              StringMatch.regex("https://b.*"),
              StringMatch.regex("https://c.*"));
    }
  }

  @Test
  void durationsAreWrittenTheWayIstioReadsThem() {
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(Durations.format(Duration.ofNanos(1_500_000))).isEqualTo("1500us");
    assertThat(Durations.format(Duration.ofNanos(1_500))).isEqualTo("1500ns");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
  }

  @Test
  void everyGeneratedResourceNamesTheSpecThatProducedIt() {
    Generation g = Vsplit.load(shopMesh());
    assertThat(g.resources())
        .extracting(GeneratedResource::source)
        .allMatch(s -> s.startsWith(InlineSpecs.class.getName()));
    assertThat(g.resources())
        .extracting(r -> r.team() == null ? null : r.team().name())
        .containsExactly(null, "shop");
  }
}
