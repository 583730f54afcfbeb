package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.line;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.InlineSpecs.withCode;
import static dev.vsplit.InlineSpecs.yaml;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.pathPrefix;
import static dev.vsplit.Match.prefix;
import static dev.vsplit.Match.relativePrefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.base.Describe;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.Decision;
import dev.vsplit.routing.Request;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two additions to a primary: {@code pathPrefix} (a path and what lies below it, segment by
 * segment), and the routes the administrators answer in the primary itself, placed among the
 * delegations most specific first and checked like a team's.
 */
class PrimaryRoutesAndPathPrefixTest {

  static final String FILE = "dev/vsplit/PrimaryRoutesAndPathPrefixTest.java";
  static final Team ACCOUNTS = Team.named("accounts").namespace("accounts");
  static final Team WEB = Team.named("web").namespace("web");
  static final Secondary ACCOUNT = ACCOUNTS.secondary("account");
  static final Secondary SITE = WEB.secondary("site");
  static final Backend ACCOUNT_SVC = destination("account.accounts.svc.cluster.local");
  static final Backend WEB_SVC = destination("web.web.svc.cluster.local");

  static MeshSpec shop(java.util.function.Consumer<Mesh.PrimaryBuilder> more) {
    return mesh(
        m -> {
          Mesh.PrimaryBuilder p =
              m.primary("shop", "default")
                  .hosts("shop.example.com")
                  .delegate(pathPrefix("/account"), ACCOUNT)
                  .delegate(prefix("/"), SITE);
          more.accept(p);
        });
  }

  static final TeamSpec ACCOUNT_ROUTES =
      team(ACCOUNT, http -> http.route().match(pathPrefix("/account")).to(ACCOUNT_SVC));
  static final TeamSpec SITE_ROUTES = team(SITE, http -> http.route().to(WEB_SVC));

  static String routeOf(Generation g, String method, String path) {
    Decision d = g.simulator().route(Request.of(method, path).host("shop.example.com"));
    return d.team() + " " + d.destinations().get(0).host();
  }

  // ---------------------------------------------------------------------------------------------
  // pathPrefix

  @Test
  void aPathPrefixIsTheExactPathAndThePrefixOfItsSubpaths() {
    assertThat(pathPrefix("/account").requests())
        .extracting(Describe::match)
        .containsExactly("exact \"/account\"", "prefix \"/account/\"");
    assertThat(pathPrefix("/account/").method("GET").requests())
        .extracting(Describe::match)
        .containsExactly(
            "exact \"/account\" + method exact \"GET\"",
            "prefix \"/account/\" + method exact \"GET\"");
    assertThat(pathPrefix("/").requests())
        .extracting(Describe::match)
        .containsExactly("prefix \"/\"");
    assertThat(pathPrefix("/account").header("x", "1"))
        .hasToString("path prefix \"/account\" + header x exact \"1\"");
    assertThatThrownBy(() -> pathPrefix("account"))
        .hasMessage("pathPrefix \"account\" must start with \"/\", e.g. \"/account\"");
    assertThatThrownBy(() -> pathPrefix("/account").request())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("requests()");
  }

  @Test
  void aDelegatedPathPrefixTakesTheAccountButNotTheAccounts() {
    Generation g = Vsplit.load(shop(p -> {}), ACCOUNT_ROUTES, SITE_ROUTES);

    assertThat(g.findings()).as(describe(g)).isEmpty();
    assertThat(yaml(g, "VirtualService", "default", "shop"))
        .contains(
            """
              - match:
                - uri:
                    exact: /account
                - uri:
                    prefix: /account/
                delegate:
                  name: account
                  namespace: accounts
            """);
    assertThat(routeOf(g, "GET", "/account"))
        .isEqualTo("accounts account.accounts.svc.cluster.local");
    assertThat(routeOf(g, "GET", "/account/settings"))
        .isEqualTo("accounts account.accounts.svc.cluster.local");
    assertThat(routeOf(g, "GET", "/accounts")).isEqualTo("web web.web.svc.cluster.local");
    assertThat(g.scopes().get(ACCOUNT).describe()).isEqualTo("path prefix \"/account\"");
  }

  @Test
  void aTeamsStringPrefixDoesNotFitItsPathPrefixScope() {
    // spotless:off (a finding must point at this line: keep the call on it)
    int at = line(); TeamSpec accounts = team(ACCOUNT, http -> http.route().match(prefix("/account")).to(ACCOUNT_SVC));
    // spotless:on
    Generation g = Vsplit.load(shop(p -> {}), accounts, SITE_ROUTES);

    List<Finding> found = withCode(g, "VS201");
    assertThat(found).as(describe(g)).hasSize(1);
    assertThat(found.get(0).source()).isEqualTo(Location.of(FILE, at));
    assertThat(found.get(0).message())
        .contains("prefix \"/account\"")
        .contains("path prefix \"/account\"");
  }

  // ---------------------------------------------------------------------------------------------
  // routes of the primary's own

  @Test
  void aDenyRuleGoesBeforeTheDelegationThatCoversItAndAnswersFirst() {
    Generation g =
        Vsplit.load(
            shop(
                p ->
                    p.route("deny-delete")
                        .match(pathPrefix("/account").method("DELETE"))
                        .directResponse(403)),
            ACCOUNT_ROUTES,
            SITE_ROUTES);

    assertThat(g.findings()).as(describe(g)).isEmpty();
    VirtualService vs = (VirtualService) g.resource("VirtualService", "default", "shop");
    assertThat(vs.spec().http())
        .extracting(PrimaryRoutesAndPathPrefixTest::entry)
        .containsExactly(
            "path prefix \"/account\" + method exact \"DELETE\" -> 403",
            "path prefix \"/account\" -> account",
            "prefix \"/\" -> site");
    assertThat(
            g.simulator()
                .route(Request.of("DELETE", "/account/1").host("shop.example.com"))
                .route()
                .directResponse()
                .status())
        .isEqualTo(403);
    assertThat(routeOf(g, "GET", "/account/1"))
        .isEqualTo("accounts account.accounts.svc.cluster.local");
    assertThat(g.scopes().get(ACCOUNT).describe())
        .isEqualTo(
            "path prefix \"/account\" minus path prefix \"/account\" + method exact \"DELETE\""
                + " (answered by primary default/shop itself)");
  }

  @Test
  void aCatchAllOfThePrimaryGoesAfterEveryDelegation() {
    Generation g =
        Vsplit.load(
            mesh(
                m ->
                    m.primary("shop", "default")
                        .hosts("shop.example.com")
                        .delegate(pathPrefix("/account"), ACCOUNT)
                        .route("not-found")
                        .directResponse(404, "nothing here")),
            ACCOUNT_ROUTES);

    assertThat(g.findings()).as(describe(g)).isEmpty();
    VirtualService vs = (VirtualService) g.resource("VirtualService", "default", "shop");
    assertThat(vs.spec().http())
        .extracting(PrimaryRoutesAndPathPrefixTest::entry)
        .containsExactly("path prefix \"/account\" -> account", "everything (no match) -> 404");
  }

  @Test
  void aRouteThatOverlapsADelegationWithoutContainmentIsAmbiguous() {
    // spotless:off (a finding must point at this line: keep the call on it)
    int at = line(); MeshSpec spec = shop(p -> p.route().match(prefix("/acc").method("DELETE")).directResponse(403));
    // spotless:on
    Generation g = Vsplit.load(spec, ACCOUNT_ROUTES, SITE_ROUTES);

    List<Finding> found = withCode(g, "VS203");
    assertThat(found).as(describe(g)).hasSize(1);
    assertThat(found.get(0).source()).isEqualTo(Location.of(FILE, at));
    assertThat(found.get(0).message())
        .startsWith(
            "delegation path prefix \"/account\" -> accounts/account and the administrators' route"
                + " (prefix \"/acc\" + method exact \"DELETE\") overlap without one containing the other");
    assertThat(found.get(0).hint()).contains("keepDeclaredOrder()");
  }

  @Test
  void inTheDeclaredOrderARouteBehindACoveringDelegationIsRefused() {
    // spotless:off (a finding must point at this line: keep the call on it)
    int at = line(); MeshSpec spec = shop(p -> p.keepDeclaredOrder().route().match(exact("/account/me")).directResponse(200));
    // spotless:on
    Generation g = Vsplit.load(spec, ACCOUNT_ROUTES, SITE_ROUTES);

    List<Finding> found = withCode(g, "VS201");
    assertThat(found).as(describe(g)).hasSize(1);
    assertThat(found.get(0).resource()).isEqualTo("default/shop");
    assertThat(found.get(0).path()).isEqualTo("spec.http[2].match[0]");
    assertThat(found.get(0).source()).isEqualTo(Location.of(FILE, at));
    assertThat(found.get(0).message())
        .isEqualTo(
            "exact \"/account/me\" lies inside prefix \"/account/\", which the primary delegates to team accounts"
                + " (accounts/account) before this route; those requests reach team accounts's routes first,"
                + " so this route would only get what they leave");
  }

  @Test
  void aTeamRouteThePrimarysRouteTakesEntirelyIsRefused() {
    // spotless:off (a finding must point at this line: keep the call on it)
    int at = line(); TeamSpec accounts = team(ACCOUNT, http -> http.route().match(exact("/account/admin")).to(ACCOUNT_SVC));
    // spotless:on
    Generation g =
        Vsplit.load(
            shop(p -> p.route("admin").match(prefix("/account/admin")).directResponse(403)),
            accounts,
            SITE_ROUTES);

    List<Finding> found = withCode(g, "VS201");
    assertThat(found).as(describe(g)).hasSize(1);
    assertThat(found.get(0).source()).isEqualTo(Location.of(FILE, at));
    assertThat(found.get(0).message())
        .isEqualTo(
            "exact \"/account/admin\" lies inside prefix \"/account/admin\", which primary default/shop"
                + " answers itself (the administrators' route \"admin\" (prefix \"/account/admin\"), placed"
                + " before team accounts's delegation); those requests never reach this route");
  }

  @Test
  void aRouteOfThePrimaryNeedsAnActionAndAnAbsolutePath() {
    // spotless:off (a finding must point at this line: keep the call on it)
    int noAction = line(); MeshSpec a = shop(p -> p.route().match(exact("/x")));
    int relative = line(); MeshSpec b = shop(p -> p.route().match(relativePrefix("/x")).directResponse(404));
    // spotless:on

    Generation ga = Vsplit.load(a, ACCOUNT_ROUTES, SITE_ROUTES);
    Generation gb = Vsplit.load(b, ACCOUNT_ROUTES, SITE_ROUTES);

    assertThat(withCode(ga, "VS208"))
        .singleElement()
        .satisfies(f -> assertThat(f.source()).isEqualTo(Location.of(FILE, noAction)));
    assertThat(withCode(gb, "VS209"))
        .singleElement()
        .satisfies(f -> assertThat(f.source()).isEqualTo(Location.of(FILE, relative)));
  }

  /** An entry of the primary: its matches, then its secondary or its status. */
  static String entry(HTTPRoute r) {
    return Describe.matches(r.match())
        + " -> "
        + (r.delegate() != null
            ? r.delegate().name()
            : String.valueOf(r.directResponse().status()));
  }
}
