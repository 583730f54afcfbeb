package dev.vsplit.codegen;

import static dev.vsplit.codegen.Fixtures.monolith;
import static dev.vsplit.codegen.Fixtures.ownership;
import static dev.vsplit.codegen.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.SplitResult;
import dev.vsplit.findings.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unsplittable input: each case gives a clear error (code, place, reason, a concrete
 * fix) and writes nothing.
 */
class SplitRefusesTest {

  @TempDir Path dir;

  private static final String API = "api.default.svc.cluster.local";
  private static final String WEB = "web.default.svc.cluster.local";

  private Finding refused(String monolith, String ownership, String code) throws Exception {
    SplitResult result = Fixtures.split(dir, monolith, ownership, false);
    assertThat(result.written()).isEmpty();
    assertThat(Fixtures.filesUnder(dir.resolve("src"))).isEmpty();
    assertThat(result.proven()).isFalse();
    assertThat(result.errors()).as(Fixtures.all(result.findings())).isNotEmpty();
    Finding f =
        result.errors().stream().filter(e -> e.code().id().equals(code)).findFirst().orElse(null);
    assertThat(f).as("a %s among %s", code, Fixtures.all(result.findings())).isNotNull();
    return f;
  }

  /**
   * A split that keeps a match no team can take in the primary: proven, written, with a note
   * ({@code code}) that names why and how to give it to a team.
   */
  private Finding kept(String monolith, String ownership, String code) throws Exception {
    SplitResult result = Fixtures.split(dir, monolith, ownership, false);
    assertThat(result.errors()).as(Fixtures.all(result.findings())).isEmpty();
    assertThat(result.proven()).isTrue();
    assertThat(result.proof().get(result.proof().size() - 1)).startsWith("routing is unchanged");
    String mesh =
        result.sources().entrySet().stream()
            .filter(e -> e.getKey().endsWith("ShopMesh.java"))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertThat(mesh).contains("Mesh.PrimaryBuilder shop = mesh.primary(\"shop\", \"default\")");
    assertThat(mesh).contains("shop.route()");
    Finding f =
        result.findings().stream().filter(e -> e.code().id().equals(code)).findFirst().orElse(null);
    assertThat(f).as("a %s among %s", code, Fixtures.all(result.findings())).isNotNull();
    assertThat(f.message())
        .endsWith(
            "it stays in the primary as a route of the administrators', at its place in Istio's order");
    return f;
  }

  @Test
  void aRegexUriStaysInThePrimaryAndTheLiteralPrefixIsSuggested() throws Exception {
    Finding f =
        kept(
            monolith(route("regex", "/api/v[0-9]+/users", API) + route("prefix", "/", WEB)),
            ownership(
                """
        - {prefix: /api, team: api}
        - {prefix: /, team: web}
        """),
            "VS301");

    assertThat(f.resource()).isEqualTo("default/shop");
    assertThat(f.path()).isEqualTo("spec.http[0].match[0].uri");
    assertThat(f.source().toString()).endsWith("monolith.yaml:11:7");
    assertThat(f.message()).contains("Istio never merges a regex URI under a primary's prefix");
    assertThat(f.hint())
        .startsWith(
            "to give it to a team, rewrite the regex as prefix \"/api/v\" if that is what it means");
  }

  @Test
  void ignoreUriCaseStaysInThePrimaryBeforeTheCatchAll() throws Exception {
    // the access denial of the issue: before the split, DELETE /ADMIN is refused; after, too
    String m =
        monolith(
            """
        - match:
          - uri: {prefix: /admin}
            ignoreUriCase: true
            method: {exact: DELETE}
          directResponse: {status: 403}
        """
                + route("prefix", "/", WEB));
    Finding f = kept(m, ownership("- {prefix: /, team: web}\n"), "VS301");

    assertThat(f.message())
        .contains("ignoreUriCase only under a delegation with ignoreUriCase too");
  }

  @Test
  void ignoreUriCaseGoesToATeamWhoseDelegationHasItToo() throws Exception {
    String m =
        monolith(
            """
        - match:
          - uri: {prefix: /admin/users}
            ignoreUriCase: true
          route:
          - destination: {host: admin}
        """
                + route("prefix", "/", WEB));
    SplitResult result =
        Fixtures.split(
            dir,
            m,
            ownership(
                """
        - {prefix: /admin, ignoreUriCase: true, team: admin}
        - {prefix: /, team: web}
        """),
            false);

    assertThat(result.errors()).as(Fixtures.all(result.findings())).isEmpty();
    assertThat(result.proven()).isTrue();
    assertThat(result.sources().keySet()).contains("com/example/shop/admin/AdminRoutes.java");
    assertThat(result.sources().get("com/example/shop/ShopMesh.java"))
        .contains(".delegate(prefix(\"/admin\").ignoreUriCase(), ADMIN_VS)");
  }

  @Test
  void aMatchAcrossTwoTeamsPathsNamesBoth() throws Exception {
    Finding f =
        kept(
            monolith(route("prefix", "/a", API)),
            ownership(
                """
        - {prefix: /a/b, team: api}
        - {prefix: /a/c, team: admin}
        - {prefix: /x, team: web}
        """),
            "VS302");

    assertThat(f.message())
        .contains(
            "prefix \"/a\" spans the paths of team api (prefix \"/a/b\") and team admin (prefix \"/a/c\")");
    assertThat(f.hint())
        .isEqualTo(
            "to give it to a team, give prefix \"/a\" to one team, or narrow the match to one team's path");
  }

  @Test
  void aPathNoTeamOwnsStaysInThePrimary() throws Exception {
    Finding f =
        kept(
            monolith(route("prefix", "/api", API) + route("exact", "/healthz", WEB)),
            ownership("- {prefix: /api, team: api}\n"),
            "VS302");

    assertThat(f.path()).isEqualTo("spec.http[1].match[0]");
    assertThat(f.message()).startsWith("exact \"/healthz\" lies in no delegated path");
    assertThat(f.hint())
        .isEqualTo(
            "to give it to a team, give exact \"/healthz\" (or a path holding it) to the team that serves it");
  }

  @Test
  void aCatchAllWithoutSlashOwnerStaysInThePrimary() throws Exception {
    String m = monolith(route("prefix", "/api", API) + "- route:\n  - destination: {host: web}\n");
    Finding f = kept(m, ownership("- {prefix: /api, team: api}\n"), "VS302");

    assertThat(f.path()).isEqualTo("spec.http[1]");
    assertThat(f.hint()).startsWith("to give it to a team, give prefix \"/\" to one team");
  }

  @Test
  void aRouteTheMonolithNeverReachesIsDroppedWithANote() throws Exception {
    // /api first in the monolith takes all of /api/admin: dropping it changes nothing
    SplitResult result =
        Fixtures.split(
            dir,
            monolith(route("prefix", "/api", API) + route("prefix", "/api/admin", "admin")),
            ownership(
                """
        - {prefix: /api, team: api}
        - {prefix: /api/admin, team: admin}
        """),
            false);

    assertThat(result.errors()).as(Fixtures.all(result.findings())).isEmpty();
    assertThat(result.proof().get(result.proof().size() - 1))
        .isEqualTo(
            "routing is unchanged: every request takes an equal route in the split as in the"
                + " monolith (the 1 match(es) dropped never took a request)");
    Finding f =
        result.findings().stream().filter(x -> x.code().id().equals("VS311")).findFirst().get();
    assertThat(f.path()).isEqualTo("spec.http[1]");
    assertThat(f.message())
        .isEqualTo(
            "the route never matches: earlier routes (spec.http[0].match[0] first) take all its"
                + " requests; the split leaves it out, which changes no request's route");
    assertThat(f.hint()).isEqualTo("delete spec.http[1] from the monolith");
  }

  @Test
  void aDeadMatchIsDroppedAndTheRoutesLiveMatchIsSplit() throws Exception {
    // the case: GET /api/v1/product is dead behind GET /api/v1/prod, POST
    // /api/v1/products is live and must keep its route
    String m =
        monolith(
            """
        - match:
          - uri: {prefix: /api/v1/prod}
            method: {exact: GET}
          route:
          - destination: {host: catalog}
        - match:
          - uri: {prefix: /api/v1/product}
            method: {exact: GET}
          - uri: {prefix: /api/v1/products}
            method: {exact: POST}
          route:
          - destination: {host: products}
        """);
    SplitResult result =
        Fixtures.split(
            dir,
            m,
            ownership(
                """
        - {prefix: /api/v1/prod, team: api}
        - {prefix: /api/v1/product, team: admin}
        """),
            false);

    assertThat(result.errors()).as(Fixtures.all(result.findings())).isEmpty();
    assertThat(result.findings()).noneMatch(x -> x.code().id().equals("VS309"));
    Finding dead =
        result.findings().stream().filter(x -> x.code().id().equals("VS311")).findFirst().get();
    assertThat(dead.path()).isEqualTo("spec.http[1].match[0]");
    assertThat(dead.hint())
        .isEqualTo(
            "delete the match spec.http[1].match[0] from the monolith; its route's other matches stay");
    assertThat(result.sources().get("com/example/shop/admin/AdminRoutes.java"))
        .contains("prefix(\"/api/v1/products\").method(\"POST\")")
        .doesNotContain("method(\"GET\")");
  }

  @Test
  void aRouteTheDelegationOrderWouldMoveAheadIsRefused() throws Exception {
    // /api with a header first in the monolith shares requests with /api/admin; the split would
    // evaluate team admin's /api/admin first.
    String m =
        monolith(
            """
        - match:
          - uri: {prefix: /api}
            headers: {x-canary: {exact: "true"}}
          route:
          - destination: {host: canary}
        """
                + route("prefix", "/api/admin", "admin"));
    Finding f =
        refused(
            m,
            ownership(
                """
        - {prefix: /api, team: api}
        - {prefix: /api/admin, team: admin}
        """),
            "VS303");

    assertThat(f.path()).isEqualTo("spec.http[1].match[0]");
    assertThat(f.message())
        .contains(
            "spec.http[0].match[0] (prefix \"/api\" + header x-canary exact \"true\", team api"
                + " (prefix \"/api\")) comes first in the monolith and also matches some of its requests");
    assertThat(f.hint())
        .isEqualTo(
            "give prefix \"/api/admin\" to team api as well, or move spec.http[1].match[0] above"
                + " spec.http[0].match[0] in the monolith if it was meant to win");
  }

  @Test
  void aFieldTheDslCannotWriteIsNamed() throws Exception {
    String m =
        monolith(
            """
        - match:
          - uri: {prefix: /api}
          route:
          - destination: {host: api}
          mirrors:
          - destination: {host: api-next}
        """);
    Finding f = refused(m, ownership("- {prefix: /api, team: api}\n"), "VS304");

    assertThat(f.message()).contains("mirrors (the DSL writes a single mirror)");
  }

  @Test
  void theSamePathForTwoTeamsIsRefused() throws Exception {
    Finding f =
        refused(
            monolith(route("prefix", "/api", API)),
            ownership(
                """
        - {prefix: /api, team: api}
        - {prefix: /api, team: admin}
        """),
            "VS305");

    assertThat(f.message())
        .isEqualTo(
            "prefix \"/api\" of primary default/shop is given to both api/api and admin/admin;"
                + " Istio would send its requests to the first only");
    assertThat(f.source().toString()).endsWith("ownership.yaml:8:3");
  }

  @Test
  void overlappingPathSetsNoOrderCanKeepAreRefused() throws Exception {
    // api's /a/x must go before admin's /a, admin's /b/y before api's /b: no order of the two
    // secondaries' routes does both
    Finding f =
        refused(
            monolith(route("prefix", "/a/x", API)),
            ownership(
                """
        - {prefix: /a/x, team: api}
        - {prefix: /b, team: api}
        - {prefix: /a, team: admin}
        - {prefix: /b/y, team: admin}
        """),
            "VS305");

    assertThat(f.message()).contains("overlap without one set holding the other");
  }

  @Test
  void namesJavaAndKubernetesRefuseAreRefused() throws Exception {
    String m = monolith(route("prefix", "/api", API));
    assertThat(
            refused(
                    m,
                    "package: com.example.class\ndelegations:\n- {prefix: /api, team: api, namespace: api}\n",
                    "VS305")
                .message())
        .contains("\"class\" is not an identifier");
    assertThat(
            refused(m, ownership("- {prefix: /api, team: api, class: 9Routes}\n"), "VS305")
                .message())
        .isEqualTo(
            "class \"9Routes\" is not a Java identifier (letters, digits, '_' and '$', not starting with a digit)");
    assertThat(
            refused(m, ownership("- {prefix: /api, team: api, secondary: Api_Routes}\n"), "VS305")
                .hint())
        .isEqualTo("for example \"api-routes\"");
    assertThat(
            refused(m, ownership("- {prefix: /api, team: api, namespace: -api}\n"), "VS305")
                .message())
        .startsWith("namespace \"-api\" is not a valid namespace");
    assertThat(refused(m, ownership("- {prefix: /api, team: 'the api team'}\n"), "VS305").message())
        .startsWith("team name \"the api team\" cannot be a Kubernetes label value");
    assertThat(
            refused(
                    m,
                    ownership("- {prefix: /api, team: api, secondary: shop, namespace: default}\n"),
                    "VS305")
                .message())
        .isEqualTo(
            "secondary default/shop has the name and namespace of a primary; the two VirtualServices would be one resource");
  }

  @Test
  void aBrokenOwnershipMapIsReportedAtItsLine() throws Exception {
    String m = monolith(route("prefix", "/api", API));
    Finding typo = refused(m, ownership("- {prefx: /api, team: api}\n"), "VS305");
    assertThat(typo.path()).isEqualTo("delegations[0].prefx");
    assertThat(typo.message())
        .isEqualTo(
            "unknown field \"prefx\"; known fields here: prefix, exact, pathPrefix, ignoreUriCase,"
                + " method, scheme, authority, headers, withoutHeaders, queryParams, port,"
                + " sourceNamespace, sourceLabels, gateways, team, secondary, namespace, primary,"
                + " class");
    assertThat(typo.source().line()).isEqualTo(7);

    Finding syntax = refused(m, "delegations:\n  - prefix: /api\n team: [\n", "VS305");
    assertThat(syntax.message()).startsWith("the ownership map is not valid YAML");

    assertThat(refused(m, ownership("- {prefix: api, team: api}\n"), "VS305").hint())
        .isEqualTo("write \"/api\"");
    assertThat(refused(m, "teams: {}\n", "VS305").message())
        .isEqualTo("the ownership map has no 'delegations' list");
  }

  @Test
  void aVirtualServiceThatIsNoMonolithIsRefused() throws Exception {
    String delegating =
        monolith(
            """
        - match:
          - uri: {prefix: /api}
          delegate: {name: api, namespace: api}
        """);
    assertThat(refused(delegating, ownership("- {prefix: /api, team: api}\n"), "VS306").message())
        .contains("delegates already");
    String broken =
        monolith("- match:\n  - uri: {regex: '(('}\n  route:\n  - destination: {host: api}\n");
    assertThat(refused(broken, ownership("- {prefix: /, team: web}\n"), "VS306").message())
        .contains("the input has errors of its own");
  }
}
