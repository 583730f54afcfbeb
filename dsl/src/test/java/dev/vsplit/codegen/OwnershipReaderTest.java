package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnershipReaderTest {

  @Test
  void readsEveryFieldAndBothTeamForms() {
    OwnershipReader.Result result = OwnershipReader.readString("own.yaml", """
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
    assertThat(map.teams()).containsExactly(new OwnershipMap.TeamEntry("web", "web", java.util.List.of("@shop/web")));
    assertThat(map.delegations().get(0)).isEqualTo(new OwnershipMap.PathEntry("/", null, "web", "web-routes", "web",
        "istio-system/shop", "WebRoutes", new dev.vsplit.base.Location("own.yaml", 6, 3)));
    assertThat(map.delegations().get(1).exact()).isEqualTo("/login");

    OwnershipReader.Result list = OwnershipReader.readString("own.yaml", """
        teams:
        - {name: web, namespace: web}
        delegations: [{prefix: /, team: web}]
        """);
    assertThat(list.map().teams()).containsExactly(new OwnershipMap.TeamEntry("web", "web", java.util.List.of()));
  }

  @Test
  void problemsAreFindingsAtTheirLineAndNoMapIsReturned() {
    OwnershipReader.Result result = OwnershipReader.readString("own.yaml", """
        package: [not, a, string]
        delegations:
        - {prefix: /, team: web, colour: blue}
        - just a string
        """);

    assertThat(result.map()).isNull();
    assertThat(result.problems()).extracting(f -> f.source().line() + " " + f.message()).containsExactly(
        "1 package must be a string",
        "3 unknown key 'delegations[0].colour'",
        "4 delegations[1] must be a map such as {prefix: /api, team: api, secondary: api-routes}");
  }

  @Test
  void aliasBombsAndDuplicateKeysAreRefused() {
    assertThat(OwnershipReader.readString("own.yaml", "delegations: []\ndelegations: []\n").problems())
        .singleElement().satisfies(f -> {
          assertThat(f.message()).isEqualTo("key 'delegations' is written twice; YAML readers disagree on which one counts");
          assertThat(f.source().line()).isEqualTo(2);
        });
    String bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\ndelegations: [*c, *c, *c]\n";
    assertThat(OwnershipReader.readString("own.yaml", bomb).problems()).isNotEmpty();
  }
}
