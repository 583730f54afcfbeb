package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.line;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.InlineSpecs.withCode;
import static dev.vsplit.InlineSpecs.yaml;
import static dev.vsplit.Match.any;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static dev.vsplit.Match.regex;
import static dev.vsplit.Match.relativeExact;
import static dev.vsplit.Match.relativePrefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.bookinfo.BookinfoMesh;
import com.example.broken.RoutesOfBrokenStaticMesh;
import com.example.broken.ThrowingMesh;
import com.example.broken.ThrowingRoutes;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.model.VirtualService;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the DSL refuses, and how it says so: the code, the resource, the path inside it, the team,
 * the message and hint, and the line of the test that wrote the mistake.
 */
class ScopeErrorsTest {

  static final String FILE = "dev/vsplit/ScopeErrorsTest.java";
  static final Backend PRODUCTPAGE =
      destination("productpage.default.svc.cluster.local").port(9080);
  static final Team API_TEAM = Team.named("api").namespace("api");
  static final Team WEB_TEAM = Team.named("web").namespace("web");

  static void assertFinding(
      Finding f, String code, String resource, String path, String team, int line) {
    assertThat(f.code().id()).as("code of %s", f).isEqualTo(code);
    assertThat(f.severity()).as("severity of %s", f).isEqualTo(Severity.ERROR);
    assertThat(f.resource()).as("resource of %s", f).isEqualTo(resource);
    assertThat(f.path()).as("path of %s", f).isEqualTo(path);
    assertThat(f.team()).as("team of %s", f).isEqualTo(team);
    assertThat(f.source()).as("source of %s", f).isEqualTo(Location.of(FILE, line));
  }

  /** The only finding with this code. */
  static Finding only(Generation g, String code) {
    List<Finding> found = withCode(g, code);
    assertThat(found).as(describe(g)).hasSize(1);
    return found.get(0);
  }

  /** A primary {@code default/shop} with one delegation to {@code secondary}. */
  static MeshSpec shop(Match delegation, Secondary secondary) {
    return mesh(
        m ->
            m.primary("shop", "default").hosts("shop.example.com").delegate(delegation, secondary));
  }

  static List<String> uris(Generation g, String namespace, String name) {
    VirtualService vs = (VirtualService) g.resource("VirtualService", namespace, name);
    return vs.spec().http().stream()
        .flatMap(r -> r.match().stream())
        .map(m -> m.uri().toString())
        .toList();
  }

  @Nested
  class OutsideTheDelegation {

    @Test
    void exactPathOutsideThePrefix() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec identity = team(BookinfoMesh.VS_1, http -> http.route().match(exact("/profile")).to(PRODUCTPAGE));
      // spotless:on

      Generation g = Vsplit.load(new BookinfoMesh(), identity);

      Finding f = only(g, "VS201");
      assertFinding(f, "VS201", "ns1/vs-1", "spec.http[0].match[0].uri", "identity", at);
      assertThat(f.message())
          .isEqualTo(
              "exact \"/profile\" is outside the scope of team identity (prefix \"/log\"): uri exact"
                  + " \"/profile\" is outside the primary's prefix \"/log\"; Istio would silently drop"
                  + " the whole route");
      // the hint names who owns /profile: the primary gives everything outside /log to the
      // storefront
      assertThat(f.hint())
          .isEqualTo(
              "primary default/bookinfo gives prefix \"/\" to team storefront (ns1/vs-2): move the"
                  + " route there, or ask the mesh administrator for the path");
      assertThat(f.format())
          .startsWith(
              FILE + ":" + at + ": VS201 ns1/vs-1 spec.http[0].match[0].uri: exact \"/profile\"");
    }

    @Test
    void theRouteIsLeftOutAndTheOthersKept() {
      TeamSpec identity =
          team(
              BookinfoMesh.VS_1,
              http -> {
                http.route().match(exact("/profile")).to(PRODUCTPAGE);
                http.route().match(exact("/login")).to(PRODUCTPAGE);
              });

      Generation g = Vsplit.load(new BookinfoMesh(), identity);

      assertThat(uris(g, "ns1", "vs-1")).containsExactly("exact \"/login\"");
    }

    @Test
    void everyBadMatchOfARouteIsReportedAtItsOwnIndex() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec identity = team(BookinfoMesh.VS_1, http -> http.route().match(exact("/login"), exact("/a"), exact("/b")).to(PRODUCTPAGE));
      // spotless:on

      Generation g = Vsplit.load(new BookinfoMesh(), identity);

      List<Finding> found = withCode(g, "VS201");
      assertThat(found).hasSize(2);
      assertFinding(found.get(0), "VS201", "ns1/vs-1", "spec.http[0].match[1].uri", "identity", at);
      assertFinding(found.get(1), "VS201", "ns1/vs-1", "spec.http[0].match[2].uri", "identity", at);
    }

    @Test
    void aShorterPrefixIsOutside() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec identity = team(BookinfoMesh.VS_1, http -> http.route().match(prefix("/lo")).to(PRODUCTPAGE));
      // spotless:on

      assertFinding(
          only(Vsplit.load(new BookinfoMesh(), identity), "VS201"),
          "VS201",
          "ns1/vs-1",
          "spec.http[0].match[0].uri",
          "identity",
          at);
    }

    @Test
    void aRegexUnderAPrefixIsOutsideAsIstioSeesIt() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec identity = team(BookinfoMesh.VS_1, http -> http.route().match(regex("/log(in|out)")).to(PRODUCTPAGE));
      // spotless:on

      Finding f = only(Vsplit.load(new BookinfoMesh(), identity), "VS201");
      assertFinding(f, "VS201", "ns1/vs-1", "spec.http[0].match[0].uri", "identity", at);
      assertThat(f.message()).contains("is a regex under the primary's prefix \"/log\"");
    }
  }

  @Nested
  class InsideAnotherTeamsCarveOut {

    @Test
    void exactPathInsideTheIdentityPrefix() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec storefront = team(BookinfoMesh.VS_2, http -> http.route().match(exact("/login")).to(PRODUCTPAGE));
      // spotless:on

      Generation g = Vsplit.load(new BookinfoMesh(), storefront);

      Finding f = only(g, "VS201");
      assertFinding(f, "VS201", "ns1/vs-2", "spec.http[0].match[0]", "storefront", at);
      assertThat(f.message())
          .isEqualTo(
              "exact \"/login\" lies inside prefix \"/log\", which primary default/bookinfo gives to team"
                  + " identity (ns1/vs-1); those requests reach team identity's routes first, so this route would only get what they"
                  + " leave");
      assertThat(f.hint())
          .isEqualTo(
              "move the route to team identity, or ask the mesh administrator to change the delegation");
    }

    @Test
    void aPrefixThatOnlyPartlyOverlapsIsAllowed() {
      // /lo also matches /lost, which identity does not own: storefront keeps what identity leaves
      TeamSpec storefront =
          team(BookinfoMesh.VS_2, http -> http.route().match(prefix("/lo")).to(PRODUCTPAGE));

      Generation g = Vsplit.load(new BookinfoMesh(), storefront);

      assertThat(g.errors()).as(describe(g)).isEmpty();
    }

    @Test
    void aDelegationOfEverythingStillLeavesOtherTeamsPrefixesOut() {
      Secondary web = WEB_TEAM.secondary("web").failClosed();
      Secondary api = API_TEAM.secondary("api").failClosed();
      MeshSpec mesh =
          mesh(
              m ->
                  m.primary("shop", "default")
                      .hosts("shop.example.com")
                      .delegate(Delegation.of().to(web))
                      .delegate(prefix("/api"), api));
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec webRoutes = team(web, http -> http.route().match(prefix("/api/v1")).to(destination("web.web.svc.cluster.local")));
      // spotless:on

      Generation g = Vsplit.load(mesh, webRoutes);

      Finding f = only(g, "VS201");
      assertFinding(f, "VS201", "web/web", "spec.http[0].match[0]", "web", at);
      assertThat(f.message())
          .startsWith(
              "prefix \"/api/v1\" lies inside prefix \"/api\", which primary default/shop gives to team api");
    }

    @Test
    void aDelegationOfEverythingKeptFirstTakesEverything() {
      Secondary web = WEB_TEAM.secondary("web").failClosed();
      Secondary api = API_TEAM.secondary("api").failClosed();
      MeshSpec mesh =
          mesh(
              m ->
                  m.primary("shop", "default")
                      .hosts("shop.example.com")
                      .keepDeclaredOrder()
                      .delegate(Delegation.of().to(web))
                      .delegate(prefix("/api"), api));
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec apiRoutes = team(api, http -> http.route().match(prefix("/api/v1")).to(destination("api.api.svc.cluster.local")));
      // spotless:on

      Finding f = only(Vsplit.load(mesh, apiRoutes), "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0]", "api", at);
      assertThat(f.message())
          .startsWith(
              "prefix \"/api/v1\" lies inside {} (any request), which primary default/shop gives to team web");
    }

    @Test
    void aMoreSpecificHeaderDelegationIsCarvedOutToo() {
      Secondary api = API_TEAM.secondary("api").failClosed();
      Secondary canary = WEB_TEAM.secondary("api-canary").failClosed();
      MeshSpec mesh =
          mesh(
              m ->
                  m.primary("shop", "default")
                      .hosts("shop.example.com")
                      .delegate(prefix("/api"), api)
                      .delegate(prefix("/api").header("x-canary", "true"), canary));
      int[] at = new int[1];
      TeamSpec apiRoutes =
          team(
              api,
              http -> {
                // spotless:off (a finding must point at this line: keep the call on it)
                at[0] = line(); http.route().match(prefix("/api/v1").header("x-canary", "true")).to(destination("api.api.svc.cluster.local"));
                // spotless:on
                http.route().match(prefix("/api/v1")).to(destination("api.api.svc.cluster.local"));
              });

      Generation g = Vsplit.load(mesh, apiRoutes);

      Finding f = only(g, "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0]", "api", at[0]);
      assertThat(uris(g, "api", "api")).containsExactly("prefix \"/api/v1\"");
    }
  }

  @Nested
  class ConditionsOfTheDelegation {

    static final Secondary API = API_TEAM.secondary("api").failClosed();
    static final Backend BACKEND = destination("api.api.svc.cluster.local");

    @Test
    void headerMustFitTheDelegationsHeader() {
      MeshSpec mesh = shop(prefix("/api").header("x-tenant", "acme"), API);
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec routes = team(API, http -> http.route().match(prefix("/api/v1").header("x-tenant", "other")).to(BACKEND));
      // spotless:on

      Finding f = only(Vsplit.load(mesh, routes), "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0].headers.x-tenant", "api", at);
      assertThat(f.message())
          .contains("headers.x-tenant exact \"other\" is not the primary's exact \"acme\"");
    }

    @Test
    void aRouteWithoutTheHeaderInheritsIt() {
      MeshSpec mesh = shop(prefix("/api").header("x-tenant", "acme"), API);
      TeamSpec routes =
          team(
              API,
              http -> {
                http.route().match(prefix("/api/v1")).to(BACKEND);
                http.route()
                    .match(prefix("/api/v2").header("x-tenant", "acme").header("x-beta", "1"))
                    .to(BACKEND);
              });

      Generation g = Vsplit.load(mesh, routes);

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(g.effective().get(0).http())
          .allSatisfy(r -> assertThat(r.match().get(0).headers()).containsKey("x-tenant"));
    }

    @Test
    void portMustBeTheDelegationsPort() {
      MeshSpec mesh = shop(prefix("/api").port(8080), API);
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec routes = team(API, http -> http.route().match(prefix("/api/v1").port(9090)).to(BACKEND));
      // spotless:on

      Finding f = only(Vsplit.load(mesh, routes), "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0].port", "api", at);
      assertThat(f.message()).contains("port 9090 differs from the primary's port 8080");
    }

    @Test
    void ignoreUriCaseMustBeTheDelegations() {
      MeshSpec mesh = shop(prefix("/api"), API);
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec routes = team(API, http -> http.route().match(prefix("/api/v1").ignoreUriCase()).to(BACKEND));
      // spotless:on

      Finding f = only(Vsplit.load(mesh, routes), "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0].ignoreUriCase", "api", at);
      assertThat(f.message()).contains("ignoreUriCase is true but the primary's match has false");
    }

    @Test
    void sourceNamespaceMustBeTheDelegations() {
      MeshSpec mesh = shop(prefix("/api").sourceNamespace("frontend"), API);
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec routes = team(API, http -> http.route().match(prefix("/api/v1").sourceNamespace("backend")).to(BACKEND));
      // spotless:on

      Finding f = only(Vsplit.load(mesh, routes), "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0].sourceNamespace", "api", at);
      assertThat(f.message())
          .contains("sourceNamespace \"backend\" differs from the primary's \"frontend\"");
    }

    @Test
    void matchGatewaysMustBeAmongTheDelegations() {
      MeshSpec mesh = shop(prefix("/api").gateways("istio-system/web"), API);
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec routes = team(API, http -> http.route().match(prefix("/api/v1").gateways("istio-system/internal")).to(BACKEND));
      // spotless:on

      Finding f = only(Vsplit.load(mesh, routes), "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0].gateways", "api", at);
      assertThat(f.message())
          .contains(
              "gateways [istio-system/internal] are not among the primary's match gateways [istio-system/web]");
    }

    @Test
    void matchGatewaysWrittenShortOnBothSidesAreTheSame() {
      // both mean default/web: the delegation's in the primary's namespace, the team's qualified by
      // vsplit
      MeshSpec mesh = shop(prefix("/api").gateways("web"), API);
      TeamSpec routes =
          team(API, http -> http.route().match(prefix("/api/v1").gateways("web")).to(BACKEND));

      Generation g = Vsplit.load(mesh, routes);

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(yaml(g, "VirtualService", "api", "api"))
          .contains(
              """
                gateways:
                - default/web
          """);
    }
  }

  @Nested
  class RelativePaths {

    static final Secondary API = API_TEAM.secondary("api").failClosed();

    @ParameterizedTest(name = "under {0}: relativeExact({1}) = {2}, relativePrefix({3}) = {4}")
    @CsvSource({
      "/api,  /users, /api/users, /v1, /api/v1",
      "/api,  users,  /api/users, v1,  /api/v1",
      "/api/, /users, /api/users, /v1, /api/v1",
      "/api/, users,  /api/users, v1,  /api/v1",
      "/,     /users, /users,     /v1, /v1",
      "/,     users,  /users,     v1,  /v1",
    })
    void resolvedAgainstTheScope(
        String scope, String exactPath, String exactUri, String prefixPath, String prefixUri) {
      Generation g =
          Vsplit.load(
              shop(prefix(scope), API),
              team(
                  API,
                  http ->
                      http.route()
                          .match(relativeExact(exactPath), relativePrefix(prefixPath))
                          .to(destination("api.api.svc.cluster.local"))));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(uris(g, "api", "api"))
          .containsExactly("exact \"" + exactUri + "\"", "prefix \"" + prefixUri + "\"");
    }

    @Test
    void anEmptyRelativePathIsTheScopeItself() {
      Generation g =
          Vsplit.load(
              shop(prefix("/api"), API),
              team(
                  API,
                  http ->
                      http.route()
                          .match(relativeExact(""), relativePrefix(""))
                          .to(destination("api.api.svc.cluster.local"))));

      assertThat(uris(g, "api", "api")).containsExactly("exact \"/api\"", "prefix \"/api\"");
    }

    @Test
    void underAHeaderDelegationTheHeaderIsInherited() {
      Generation g =
          Vsplit.load(
              shop(prefix("/api").header("x-canary", "true"), API),
              team(
                  API,
                  http ->
                      http.route()
                          .match(relativePrefix("/v1"))
                          .to(destination("api.api.svc.cluster.local"))));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(uris(g, "api", "api")).containsExactly("prefix \"/api/v1\"");
    }

    @Test
    void refusedWhenTheScopeIsExact() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec routes = team(API, http -> http.route().match(relativePrefix("/v1")).to(destination("api.api.svc.cluster.local")));
      // spotless:on

      Finding f = only(Vsplit.load(shop(exact("/api"), API), routes), "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0].uri", "api", at);
      assertThat(f.message())
          .isEqualTo(
              "relative path prefix \"/v1\" needs a scope with exactly one URI prefix, but the scope is"
                  + " exact \"/api\"");
      assertThat(f.hint()).isEqualTo("write the absolute path");
    }

    @Test
    void refusedWhenTheScopeHasSeveralPrefixes() {
      MeshSpec mesh =
          mesh(
              m ->
                  m.primary("shop", "default")
                      .hosts("shop.example.com")
                      .delegate(List.of(prefix("/api"), prefix("/v2/api")), API));
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec routes = team(API, http -> http.route().match(relativeExact("/users")).to(destination("api.api.svc.cluster.local")));
      // spotless:on

      Finding f = only(Vsplit.load(mesh, routes), "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0].uri", "api", at);
      assertThat(f.message())
          .isEqualTo(
              "relative path exact \"/users\" needs a scope with exactly one URI prefix, but the scope is"
                  + " prefix \"/api\" or prefix \"/v2/api\"");
    }

    @Test
    void refusedWhenTheScopeHasNoPath() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec routes = team(API, http -> http.route().match(relativeExact("/users")).to(destination("api.api.svc.cluster.local")));
      // spotless:on

      assertFinding(
          only(Vsplit.load(shop(any().header("x-api", "1"), API), routes), "VS201"),
          "VS201",
          "api/api",
          "spec.http[0].match[0].uri",
          "api",
          at);
    }

    @Test
    void allowedWhenTwoPrimariesDelegateTheSamePrefix() {
      MeshSpec mesh =
          mesh(
              m -> {
                m.primary("shop", "default")
                    .hosts("shop.example.com")
                    .delegate(prefix("/api"), API);
                m.primary("admin", "default")
                    .hosts("admin.example.com")
                    .delegate(prefix("/api"), API);
              });

      Generation g =
          Vsplit.load(
              mesh,
              team(
                  API,
                  http ->
                      http.route()
                          .match(relativePrefix("/v1"))
                          .to(destination("api.api.svc.cluster.local"))));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(uris(g, "api", "api")).containsExactly("prefix \"/api/v1\"");
    }
  }

  @Nested
  class TwoPrimaries {

    static final Secondary API = API_TEAM.secondary("api").failClosed();
    static final MeshSpec MESH =
        mesh(
            m -> {
              m.primary("shop", "default").hosts("shop.example.com").delegate(prefix("/api"), API);
              m.primary("partner", "default")
                  .hosts("partner.example.com")
                  .delegate(prefix("/api/v2"), API);
            });

    @Test
    void aMatchMustFitBoth() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec routes = team(API, http -> http.route().match(prefix("/api/v1")).to(destination("api.api.svc.cluster.local")));
      // spotless:on

      Finding f = only(Vsplit.load(MESH, routes), "VS201");
      assertFinding(f, "VS201", "api/api", "spec.http[0].match[0].uri", "api", at);
      assertThat(f.message())
          .isEqualTo(
              "prefix \"/api/v1\" is outside the scope of team api (prefix \"/api\" and prefix"
                  + " \"/api/v2\"): uri prefix \"/api/v1\" is outside the primary's prefix \"/api/v2\"; Istio would silently"
                  + " drop the whole route");
      assertThat(f.hint()).contains("primary default/partner");
    }

    @Test
    void aMatchThatFitsBothReachesBoth() {
      Generation g =
          Vsplit.load(
              MESH,
              team(
                  API,
                  http ->
                      http.route()
                          .match(prefix("/api/v2/orders"))
                          .to(destination("api.api.svc.cluster.local"))));

      assertThat(g.errors()).as(describe(g)).isEmpty();
      assertThat(g.effective()).hasSize(2).allSatisfy(e -> assertThat(e.http()).hasSize(1));
    }
  }

  @Nested
  class Declarations {

    @Test
    void routeWithoutAction() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); TeamSpec identity = team(BookinfoMesh.VS_1, http -> http.route().match(exact("/login")));
      // spotless:on

      Generation g = Vsplit.load(new BookinfoMesh(), identity);

      Finding f = only(g, "VS208");
      assertFinding(f, "VS208", "ns1/vs-1", "spec.http[0]", "identity", at);
      assertThat(f.message())
          .isEqualTo(
              "this route has no destination, redirect or direct response, so Istio's webhook would refuse"
                  + " the whole secondary");
      assertThat(f.hint())
          .isEqualTo("add .to(destination(...)), .redirect(...) or .directResponse(...)");
    }

    // spotless:off (a finding must point at this line: keep the call on it)
    static final int BARE_LINE = line(); static final Secondary BARE = API_TEAM.secondary("bare");
    // spotless:on

    @Test
    void missingSkeleton() {
      Generation g = Vsplit.load(shop(prefix("/api"), BARE));

      Finding f = only(g, "VS204");
      assertFinding(f, "VS204", "api/bare", "", "api", BARE_LINE);
      assertThat(f.message())
          .isEqualTo(
              "team api has no TeamSpec for secondary api/bare yet, and the mesh spec gives it neither a"
                  + " default backend nor fail-closed, so vsplit cannot generate a skeleton for its scope prefix \"/api\"");
      assertThat(f.hint())
          .isEqualTo(
              "write the team's TeamSpec (Vsplit.scaffold), or declare api/bare with"
                  + " .defaultBackend(destination(...)) or .failClosed()");
    }

    @Test
    void aTeamSpecMakesTheSkeletonUnnecessary() {
      Generation g =
          Vsplit.load(
              shop(prefix("/api"), BARE),
              team(BARE, http -> http.route().to(destination("api.api.svc.cluster.local"))));

      assertThat(g.errors()).as(describe(g)).isEmpty();
    }

    @Test
    void teamSpecForAnUndelegatedSecondary() {
      Secondary orphan = API_TEAM.secondary("orphan").failClosed();
      TeamSpec routes =
          team(orphan, http -> http.route().to(destination("api.api.svc.cluster.local")));

      Generation g =
          Vsplit.load(shop(prefix("/api"), API_TEAM.secondary("api").failClosed()), routes);

      Finding f = only(g, "VS205");
      assertThat(f.code()).isEqualTo(Code.VS205);
      assertThat(f.resource()).isEqualTo("api/orphan");
      assertThat(f.team()).isEqualTo("api");
      assertThat(f.message())
          .isEqualTo(
              routes.getClass().getName()
                  + " writes routes for secondary api/orphan, but no primary"
                  + " delegates to it, so Istio would never use them");
      assertThat(f.source()).isEqualTo(Location.of("dev/vsplit/InlineSpecs.java", 0));
      assertThat(g.resource("VirtualService", "api", "orphan")).isNull();
    }

    @Test
    void aTeamSpecIsNotBlamedWhenTheMeshSpecFailed() {
      Generation g = Vsplit.load(new ThrowingMesh(), new ThrowingRoutes());

      assertThat(g.findings())
          .extracting(Finding::code)
          .doesNotContain(Code.VS205)
          .contains(Code.VS207);
    }

    @Test
    void aTeamSpecIsNotBlamedWhenItsPrimaryWasRefused() {
      Secondary api = API_TEAM.secondary("api").failClosed();
      MeshSpec noHosts = mesh(m -> m.primary("shop", "default").delegate(prefix("/api"), api));
      MeshSpec badName =
          mesh(
              m ->
                  m.primary("Shop", "default")
                      .hosts("shop.example.com")
                      .delegate(prefix("/api"), api));
      TeamSpec routes =
          team(api, http -> http.route().to(destination("api.api.svc.cluster.local")));

      assertThat(Vsplit.load(noHosts, routes).findings())
          .extracting(Finding::code)
          .containsExactly(Code.VS209);
      assertThat(Vsplit.load(badName, routes).findings())
          .extracting(Finding::code)
          .containsExactly(Code.VS206);
    }

    @Test
    void twoTeamSpecsForOneSecondary() {
      Secondary api = API_TEAM.secondary("api").failClosed();
      TeamSpec first =
          team(
              api,
              http ->
                  http.route().match(exact("/api/a")).to(destination("a.api.svc.cluster.local")));
      TeamSpec second =
          team(
              api,
              http ->
                  http.route().match(exact("/api/b")).to(destination("b.api.svc.cluster.local")));

      Generation g = Vsplit.load(shop(prefix("/api"), api), first, second);

      Finding f = only(g, "VS205");
      assertThat(f.resource()).isEqualTo("api/api");
      assertThat(f.message())
          .isEqualTo(
              "two TeamSpecs write routes for secondary api/api: "
                  + first.getClass().getName()
                  + " and "
                  + second.getClass().getName());
      assertThat(uris(g, "api", "api")).containsExactly("exact \"/api/a\"");
    }

    @ParameterizedTest(name = "primary {0}/{1}: {3}")
    @CsvSource(
        delimiter = '|',
        value = {
          "default | UPPER  | metadata.name      | primary VirtualService name \"UPPER\" is not a valid Kubernetes name (DNS-1123 subdomain): use lower case letters, digits, '-' and '.', starting and ending with a letter or digit | upper",
          "default | a/b    | metadata.name      | primary VirtualService name \"a/b\" is not a valid Kubernetes name (DNS-1123 subdomain): use lower case letters, digits, '-' and '.', starting and ending with a letter or digit | a-b",
          "default | ../x   | metadata.name      | primary VirtualService name \"../x\" is not a valid Kubernetes name (DNS-1123 subdomain): use lower case letters, digits, '-' and '.', starting and ending with a letter or digit | x",
          "Shop    | shop   | metadata.namespace | primary VirtualService namespace \"Shop\" is not a valid namespace (DNS-1123 label): use lower case letters, digits and '-', starting and ending with a letter or digit | shop",
        })
    void invalidNames(
        String namespace, String name, String path, String message, String suggestion) {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); MeshSpec mesh = mesh(m -> m.primary(name, namespace).hosts("shop.example.com").delegate(prefix("/api"), API_TEAM.secondary("api").failClosed()));
      // spotless:on

      Generation g = Vsplit.load(mesh);

      Finding f = only(g, "VS206");
      assertFinding(f, "VS206", namespace + "/" + name, path, null, at);
      assertThat(f.message()).isEqualTo(message);
      assertThat(f.hint()).isEqualTo("for example \"" + suggestion + "\"");
      assertThat(g.resource("VirtualService", namespace, name)).isNull();
    }

    @Test
    void namespaceOf64Characters() {
      String ns = "n".repeat(64);
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); Secondary s = Team.named("long").namespace(ns).secondary("long").failClosed();
      // spotless:on

      Generation g = Vsplit.load(shop(prefix("/api"), s));

      Finding f = only(g, "VS206");
      assertFinding(f, "VS206", ns + "/long", "metadata.namespace", "long", at);
      assertThat(f.message())
          .isEqualTo(
              "secondary VirtualService namespace \""
                  + ns
                  + "\" is 64 characters long; a namespace has at most 63");
      assertThat(f.hint()).isEqualTo("for example \"" + "n".repeat(63) + "\"");
    }

    @Test
    void invalidGatewayName() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); MeshSpec mesh = mesh(m -> m.gateway("Web_GW", "istio-system").selector("istio", "ingressgateway").server(80, "http", "HTTP", "*"));
      // spotless:on

      Finding f = only(Vsplit.load(mesh), "VS206");
      assertFinding(f, "VS206", "istio-system/Web_GW", "metadata.name", null, at);
      assertThat(f.hint()).isEqualTo("for example \"web-gw\"");
    }

    @Test
    void meshSpecThatThrowsIsReportedAtTheThrowingLine() {
      Generation g = Vsplit.load(new ThrowingMesh());

      Finding f = only(g, "VS207");
      assertThat(f.message())
          .isEqualTo(
              "com.example.broken.ThrowingMesh.define(Mesh) threw IllegalStateException: SHOP_HOST is not set");
      assertThat(f.hint()).isEqualTo("fix the spec; nothing is generated until every spec runs");
      assertThat(f.source())
          .isEqualTo(Location.of("com/example/broken/ThrowingMesh.java", ThrowingMesh.THROW_LINE));
      assertThat(ThrowingMesh.THROW_LINE).isPositive();
      assertThat(g.resources()).isEmpty();
    }

    @Test
    void teamSpecThatThrowsIsReportedAtTheThrowingLine() {
      Generation g = Vsplit.load(shop(prefix("/api"), ThrowingMesh.API), new ThrowingRoutes());

      Finding f = only(g, "VS207");
      assertThat(f.message())
          .isEqualTo(
              "com.example.broken.ThrowingRoutes.define(Routes) threw IllegalArgumentException: no host for /api/v1");
      assertThat(f.source())
          .isEqualTo(
              Location.of("com/example/broken/ThrowingRoutes.java", ThrowingRoutes.THROW_LINE));
    }

    @Test
    void anExceptionFromTheDslIsASpecFailureToo() {
      TeamSpec routes = team(ThrowingMesh.API, http -> http.route().to(destination(null)));

      Finding f = only(Vsplit.load(shop(prefix("/api"), ThrowingMesh.API), routes), "VS207");
      assertThat(f.message()).endsWith(".define(Routes) threw NullPointerException: host");
    }

    @Test
    void teamSpecNamingTheSecondaryOfABrokenMeshClassIsAFindingNotACrash() {
      // The class fails to initialize once (ExceptionInInitializerError, located at its own
      // throwing line) and then on every use (NoClassDefFoundError, located at the caller). Fail it
      // here first, so that the spec meets the second kind whichever test ran before.
      assertThatThrownBy(
              () ->
                  Class.forName(
                      "com.example.broken.BrokenStaticMesh", true, getClass().getClassLoader()))
          .isInstanceOf(LinkageError.class);
      Generation g = Vsplit.load(new RoutesOfBrokenStaticMesh());

      Finding f = only(g, "VS207");
      assertThat(f.message())
          .startsWith("com.example.broken.RoutesOfBrokenStaticMesh.secondary() threw ");
      assertThat(f.source().file()).isEqualTo("com/example/broken/RoutesOfBrokenStaticMesh.java");
    }

    @Test
    void primaryWithoutHosts() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); MeshSpec mesh = mesh(m -> m.primary("shop", "default").delegate(prefix("/api"), API_TEAM.secondary("api").failClosed()));
      // spotless:on

      Finding f = only(Vsplit.load(mesh), "VS209");
      assertFinding(f, "VS209", "default/shop", "spec.hosts", null, at);
      assertThat(f.message())
          .isEqualTo(
              "primary default/shop has no hosts; a VirtualService without hosts is a delegate to Istio, not a primary");
      assertThat(f.hint()).isEqualTo("give it hosts: .hosts(\"bookinfo.example.com\")");
    }

    @Test
    void delegationWithoutSecondary() {
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); MeshSpec mesh = mesh(m -> m.primary("shop", "default").hosts("shop.example.com").delegate(Delegation.of(prefix("/api"))));
      // spotless:on

      Finding f = only(Vsplit.load(mesh), "VS209");
      assertFinding(f, "VS209", "default/shop", "spec.http", null, at);
      assertThat(f.message()).isEqualTo("delegation of [prefix \"/api\"] names no secondary");
      assertThat(f.hint()).isEqualTo("finish it with .to(SECONDARY)");
    }

    @Test
    void delegationWithARelativeMatch() {
      Secondary api = API_TEAM.secondary("api").failClosed();
      // spotless:off (a finding must point at this line: keep the call on it)
      int at = line(); MeshSpec mesh = mesh(m -> m.primary("shop", "default").hosts("shop.example.com").delegate(relativePrefix("/api"), api));
      // spotless:on

      Finding f = only(Vsplit.load(mesh), "VS209");
      assertFinding(f, "VS209", "default/shop", "spec.http", "api", at);
      assertThat(f.message())
          .isEqualTo(
              "a delegation's match cannot be relative: relative paths are resolved against a team's scope");
    }

    @Test
    void teamWithoutNamespaceIsASpecFailure() {
      MeshSpec mesh =
          mesh(
              m ->
                  m.primary("shop", "default")
                      .hosts("shop.example.com")
                      .delegate(prefix("/api"), Team.named("nowhere").secondary("api")));

      Finding f = only(Vsplit.load(mesh), "VS207");
      assertThat(f.message())
          .endsWith(
              "threw IllegalStateException: team nowhere has no namespace: give it one with"
                  + " .namespace(...) or name the secondary's namespace with secondary(name, namespace)");
    }
  }
}
