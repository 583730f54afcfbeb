package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnershipReaderTest {

  @Test
  void readsEveryFieldAndBothTeamForms() {
    OwnershipReader.Result result =
        OwnershipReader.readString(
            "own.yaml",
            """
        package: com.example.shop
        mesh: {class: ShopMesh, owners: ["@shop/platform"]}
        teams:
          web: {namespace: web, owners: "@shop/web"}
        delegations:
        - prefix: /
          team: web
          secondary: web-routes
          namespace: web
          primary: istio-system/shop
          class: WebRoutes
        - {exact: /login, team: identity}
        """);

    assertThat(result.problems()).isEmpty();
    OwnershipMap map = result.map();
    assertThat(map.javaPackage()).isEqualTo("com.example.shop");
    assertThat(map.meshClass()).isEqualTo("ShopMesh");
    assertThat(map.meshOwners()).containsExactly("@shop/platform");
    assertThat(map.teams())
        .containsExactly(new OwnershipMap.TeamEntry("web", "web", java.util.List.of("@shop/web")));
    assertThat(map.delegations().get(0))
        .isEqualTo(
            new OwnershipMap.PathEntry(
                "/",
                null,
                "web",
                "web-routes",
                "web",
                "istio-system/shop",
                "WebRoutes",
                new dev.vsplit.base.Location("own.yaml", 6, 3),
                null,
                null));
    assertThat(map.delegations().get(1).exact()).isEqualTo("/login");

    OwnershipReader.Result list =
        OwnershipReader.readString(
            "own.yaml",
            """
        teams:
        - {name: web, namespace: web}
        delegations: [{prefix: /, team: web}]
        """);
    assertThat(list.map().teams())
        .containsExactly(new OwnershipMap.TeamEntry("web", "web", java.util.List.of()));
  }

  @Test
  void problemsAreFindingsAtTheirLineAndNoMapIsReturned() {
    OwnershipReader.Result result =
        OwnershipReader.readString(
            "own.yaml",
            """
        package: [not, a, string]
        delegations:
        - {prefix: /, team: web, colour: blue}
        - just a string
        """);

    assertThat(result.map()).isNull();
    assertThat(result.problems())
        .extracting(f -> f.source().line() + " " + f.path() + ": " + f.message())
        .containsExactly(
            "1 package: expected a string, got a list",
            "3 delegations[0].colour: unknown field \"colour\"; known fields here: prefix, exact, pathPrefix,"
                + " ignoreUriCase, method, scheme, authority, headers, withoutHeaders, queryParams,"
                + " port, sourceNamespace, sourceLabels, gateways, team, secondary, namespace,"
                + " primary, class",
            "4 delegations[1]: expected a map (the fields of Delegation), got the string \"just a string\"");
    assertThat(result.problems().get(2).hint())
        .isEqualTo(
            "a delegation is a map such as {prefix: /api, team: api, secondary: api-routes}, with"
                + " conditions as Istio writes them in a match, e.g. method: {exact: GET}");
  }

  @Test
  void aDelegationCarriesThePathPrefixAndTheConditionsOfAMatch() {
    OwnershipReader.Result read =
        OwnershipReader.readString(
            "own.yaml",
            """
            delegations:
            - pathPrefix: /account
              method: {exact: GET}
              ignoreUriCase: true
              headers: {x-internal: {exact: "1"}}
              team: accounts
            - {prefix: /, team: web}
            """);

    assertThat(read.problems()).isEmpty();
    OwnershipMap.PathEntry e = read.map().delegations().get(0);
    assertThat(dev.vsplit.base.Describe.matches(e.matches()))
        .isEqualTo(
            dev.vsplit.base.Describe.matches(
                dev.vsplit.Match.pathPrefix("/account")
                    .method("GET")
                    .ignoreUriCase()
                    .header("x-internal", "1")
                    .requests()));
    assertThat(e.line().line()).isEqualTo(2);
    assertThat(problems("delegations:\n- {pathPrefix: /a, method: GET, team: t}\n"))
        .singleElement()
        .asString()
        .startsWith(
            "own.yaml:2:28: delegations[0].method: expected a string match such as {exact: ...},"
                + " {prefix: ...} or {regex: ...}, got the string \"GET\"");
  }

  @Test
  void aliasBombsAndDuplicateKeysAreRefused() {
    assertThat(
            OwnershipReader.readString("own.yaml", "delegations: []\ndelegations: []\n").problems())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .isEqualTo(
                      "the ownership map is not valid YAML: duplicate key \"delegations\" (first written"
                          + " at line 1); YAML readers disagree on which one counts; keep one of them");
              assertThat(f.source().line()).isEqualTo(2);
            });
    String bomb =
        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\ndelegations: [*c, *c, *c]\n";
    assertThat(OwnershipReader.readString("own.yaml", bomb).problems())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("too many aliases: 21 aliases"));
  }

  /** Each problem as its finding prints it, without the code. */
  private static java.util.List<String> problems(String text) {
    OwnershipReader.Result result = OwnershipReader.readString("own.yaml", text);
    assertThat(result.map()).isNull();
    return result.problems().stream()
        .map(f -> f.format().replace(" VS305:", "").replace(" VS305 ", " "))
        .toList();
  }

  @Test
  void teamsProblemsNameTheTeamAndShowBothForms() {
    assertThat(problems("teams: 5\ndelegations: []\n"))
        .containsExactly(
            "own.yaml:1:8: teams: expected a map from each"
                + " item's name to its other fields, or a list of items, got the number 5 — teams is a map such as {identity:"
                + " {namespace: ns1, owners: [\"@org/identity\"]}}");
    assertThat(problems("teams:\n  web: {name: shop, namespace: web}\ndelegations: []\n"))
        .containsExactly(
            "own.yaml:2:9: teams.web.name: \"name\" is the key above (\"web\") here; remove it — teams is a map such as"
                + " {identity: {namespace: ns1, owners: [\"@org/identity\"]}}");
    assertThat(problems("teams:\n- {namespace: web}\ndelegations: []\n"))
        .containsExactly(
            "own.yaml:2:3: teams[0]: the team has no name — teams is a map such as {identity: {namespace: ns1, owners:"
                + " [\"@org/identity\"]}}");
    assertThat(problems("teams:\n  web: {namespace: web, owners: 5}\ndelegations: []\n"))
        .containsExactly(
            "own.yaml:2:33: teams.web.owners: expected a string, got the number 5; quote it: \"5\" — teams is a map such"
                + " as {identity: {namespace: ns1, owners: [\"@org/identity\"]}}");
  }

  @Test
  void yamlProblemsAreWhereTheyAre() {
    assertThat(problems("delegations:\n- prefix: /a\n  team: [\n"))
        .singleElement()
        .asString()
        .isEqualTo(
            "own.yaml:3:10: the ownership map is not valid YAML: while parsing a flow node; expected the node"
                + " content, but found '<stream end>' — fix the YAML syntax");
    assertThat(problems("delegations:\n\t- {prefix: /, team: web}\n"))
        .containsExactly(
            "own.yaml:2:1: the ownership map"
                + " is not valid YAML: a tab is used for indentation; YAML allows only spaces there — fix the YAML syntax");
    assertThat(problems("delegations: [{prefix: /, team: web}]\n---\nteams: {}\n"))
        .containsExactly(
            "own.yaml:2:1: a second"
                + " YAML document starts here, and the file holds one; remove the \"---\" line, or move what follows to a file of"
                + " its own — an ownership map is a YAML map of package, mesh, teams and delegations; start from the map"
                + " Vsplit.split proposes without one");
    assertThat(problems("- {prefix: /, team: web}\n"))
        .containsExactly(
            "own.yaml:1:1: expected a map (the fields of"
                + " OwnershipFile), got a list — an ownership map is a YAML map of package, mesh, teams and delegations; start from"
                + " the map Vsplit.split proposes without one");
    assertThat(problems("# nothing yet\n"))
        .containsExactly(
            "own.yaml: the ownership map must be a YAML map with a"
                + " 'delegations' list — start from the map Vsplit.split proposes without one");
    assertThat(problems("mesh: {class: ShopMesh}\n"))
        .containsExactly(
            "own.yaml:1:1: the ownership map has no 'delegations'"
                + " list — add one: delegations: [{prefix: /api, team: api, secondary: api-routes}, ...]");
  }

  @Test
  void aNameThatReadsAsANumberMustBeQuoted() {
    assertThat(problems("delegations:\n- {prefix: /, team: 2024}\n"))
        .containsExactly(
            "own.yaml:2:21:"
                + " delegations[0].team: expected a string, got the number 2024; quote it: \"2024\" — a delegation is a map such as"
                + " {prefix: /api, team: api, secondary: api-routes}, with conditions as Istio writes"
                + " them in a match, e.g. method: {exact: GET}");
    assertThat(
            OwnershipReader.readString("own.yaml", "delegations:\n- {prefix: /, team: \"2024\"}\n")
                .map()
                .delegations())
        .singleElement()
        .satisfies(d -> assertThat(d.team()).isEqualTo("2024"));
  }
}
