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

  @Test
  void aRegexUriCannotMoveAndTheLiteralPrefixIsSuggested() throws Exception {
    Finding f =
        refused(
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
        .startsWith("rewrite the regex as prefix \"/api/v\" if that is what it means");
  }

  @Test
  void ignoreUriCaseCannotMove() throws Exception {
    String m =
        monolith(
            """
        - match:
          - uri: {prefix: /API}
            ignoreUriCase: true
          route:
          - destination: {host: api}
        """);
    Finding f = refused(m, ownership("- {prefix: /, team: web}\n"), "VS301");

    assertThat(f.message()).contains("ignoreUriCase only under a primary match with ignoreUriCase");
  }

  @Test
  void aMatchAcrossTwoTeamsPathsNamesBoth() throws Exception {
    Finding f =
        refused(
            monolith(route("prefix", "/a", API)),
            ownership(
                """
        - {prefix: /a/b, team: api}
        - {prefix: /a/c, team: admin}
        """),
            "VS302");

    assertThat(f.message())
        .contains(
            "prefix \"/a\" spans the paths of team api (prefix \"/a/b\") and team admin (prefix \"/a/c\")");
    assertThat(f.hint())
        .isEqualTo("give prefix \"/a\" to one team, or narrow the match to one team's path");
  }

  @Test
  void aPathNoTeamOwnsAsksForADelegation() throws Exception {
    Finding f =
        refused(
            monolith(route("prefix", "/api", API) + route("exact", "/healthz", WEB)),
            ownership("- {prefix: /api, team: api}\n"),
            "VS302");

    assertThat(f.path()).isEqualTo("spec.http[1].match[0]");
    assertThat(f.message())
        .contains(
            "lies in no delegated path, so the primary would send its requests nowhere (404)");
    assertThat(f.hint())
        .isEqualTo("give exact \"/healthz\" (or a prefix holding it) to the team that serves it");
  }

  @Test
  void aCatchAllWithoutSlashOwnerAsksForOne() throws Exception {
    String m = monolith(route("prefix", "/api", API) + "- route:\n  - destination: {host: web}\n");
    Finding f = refused(m, ownership("- {prefix: /api, team: api}\n"), "VS302");

    assertThat(f.path()).isEqualTo("spec.http[1]");
    assertThat(f.hint()).startsWith("give prefix \"/\" to one team");
  }

  @Test
  void aRouteTheDelegationOrderWouldMoveAheadIsRefused() throws Exception {
    // /api first in the monolith shadows /api/admin; the split would evaluate team admin's
    // /api/admin first.
    Finding f =
        refused(
            monolith(route("prefix", "/api", API) + route("prefix", "/api/admin", "admin")),
            ownership(
                """
        - {prefix: /api, team: api}
        - {prefix: /api/admin, team: admin}
        """),
            "VS303");

    assertThat(f.path()).isEqualTo("spec.http[1].match[0]");
    assertThat(f.message())
        .contains(
            "spec.http[0].match[0] (prefix \"/api\", team api) comes first in the monolith and also"
                + " matches every request of it, so this route never matches today");
    assertThat(f.hint()).startsWith("delete this route (it never matches)");
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
            "prefix \"/api\" of primary default/shop is given to both api/shop-api and admin/shop-admin;"
                + " Istio would send its requests to the first only");
    assertThat(f.source().toString()).endsWith("ownership.yaml:8:3");
  }

  @Test
  void overlappingPathSetsNoOrderCanKeepAreRefused() throws Exception {
    Finding f =
        refused(
            monolith(route("prefix", "/a/x", API)),
            ownership(
                """
        - {prefix: /a/x, team: api}
        - {prefix: /c, team: api}
        - {prefix: /a, team: admin}
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
            "unknown field \"prefx\"; known fields here: prefix, exact, team, secondary, namespace, primary, class");
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
