package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Route tables and what a change does to them, per primary and team. */
class PlanTest {

  private static String bookinfo;

  @BeforeAll
  static void read() throws Exception {
    bookinfo =
        Files.readString(Path.of(PlanTest.class.getResource("/routing/bookinfo.yaml").toURI()));
  }

  private static RouteTable table(String yaml) {
    return SimulatorTest.analyze(yaml).routeTable();
  }

  private static Plan plan(String before, String after) {
    return Plan.between(table(before), table(after), "before", "after");
  }

  /**
   * vs-1 as the identity team edits it: /login goes to a new service, and an SSO route is added.
   */
  private static String identityChanges(String yaml) {
    return yaml.replace(
        """
          - match:
            - uri:
                exact: /login
            - uri:
                exact: /logout
            route:
            - destination:
                host: productpage.default.svc.cluster.local
        """,
        """
          - match:
            - uri:
                exact: /login/sso
            route:
            - destination:
                host: sso.ns1.svc.cluster.local
          - match:
            - uri:
                exact: /login
            - uri:
                exact: /logout
            route:
            - destination:
                host: login.ns1.svc.cluster.local
        """);
  }

  @Test
  void theRouteTableListsEachRouteWithItsTeamAndDestination() {
    assertThat(table(bookinfo).render())
        .isEqualTo(
            """
        primary default/bookinfo (hosts *; gateways default/bookinfo-gateway)
          #  match                                                                  team        secondary              destination
          0  exact "/login" or exact "/logout"                                      identity    ns1/vs-1 spec.http[0]  productpage.default.svc.cluster.local:9080
          1  exact "/productpage" or prefix "/static" or prefix "/api/v1/products"  storefront  ns1/vs-2 spec.http[0]  productpage.default.svc.cluster.local:9080
        """);
  }

  @Test
  void nothingChangedSaysSo() {
    Plan plan = plan(bookinfo, bookinfo);
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.summary()).isEqualTo("no route changed");
    assertThat(plan.render())
        .isEqualTo(
            """
        vsplit plan: before -> after
        primary default/bookinfo: no change
        no route changed
        """);
  }

  @Test
  void oneTeamsChangeNamesThatTeamOnly() {
    Plan plan = plan(bookinfo, identityChanges(bookinfo));
    assertThat(plan.summary())
        .isEqualTo("2 routes of team identity changed; no other team affected");
    assertThat(plan.ownersAffected()).containsExactly("team identity");
    assertThat(plan.render())
        .isEqualTo(
            """
        vsplit plan: before -> after
        primary default/bookinfo
          team identity
            + added        #0           exact "/login/sso" -> sso.ns1.svc.cluster.local  [ns1/vs-1 spec.http[0]]
            ~ re-targeted  #1 (was #0)  exact "/login" or exact "/logout": productpage.default.svc.cluster.local:9080 -> login.ns1.svc.cluster.local:9080  [ns1/vs-1 spec.http[1]]
          unchanged: team storefront
        2 routes of team identity changed; no other team affected
        """);
  }

  @Test
  void changesOfTwoTeamsCountEach() {
    String after =
        identityChanges(bookinfo)
            .replace(
                """
            - uri:
                prefix: /static
        """,
                "");
    Plan plan = plan(bookinfo, after);
    assertThat(plan.summary())
        .isEqualTo("3 routes changed: 2 of team identity, 1 of team storefront; 2 teams affected");
    assertThat(plan.changedRoutesByOwner())
        .containsExactly(
            java.util.Map.entry("team identity", 2), java.util.Map.entry("team storefront", 1));
    Plan.Change storefront =
        plan.changes().stream()
            .filter(c -> c.owner().equals("team storefront"))
            .findFirst()
            .orElseThrow();
    assertThat(storefront.kinds()).containsExactly(Plan.Kind.CHANGED);
    assertThat(storefront.details())
        .containsExactly(
            "match was exact \"/productpage\" or prefix \"/static\" or prefix \"/api/v1/products\"");
  }

  @Test
  void aRemovedRouteAndARemovedPrimary() {
    String noVs2 = bookinfo.substring(0, bookinfo.lastIndexOf("---"));
    Plan plan = plan(bookinfo, noVs2);
    assertThat(plan.summary())
        .isEqualTo("1 route of team storefront changed; no other team affected");
    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kinds()).containsExactly(Plan.Kind.REMOVED);
              assertThat(c.after()).isNull();
            });
    Plan gone =
        Plan.between(table(bookinfo), new RouteTable(java.util.List.of()), "before", "after");
    assertThat(gone.primaries())
        .singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo("removed"));
    assertThat(gone.summary())
        .isEqualTo("2 routes changed: 1 of team identity, 1 of team storefront; 2 teams affected");
  }

  @Test
  void swappingTwoRoutesThatOverlapIsAReorderButSwappingDisjointOnesIsNoChange() {
    String vs2 =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: api, namespace: web, labels: {vsplit.dev/team: web}}
        spec:
          hosts: [api.example.com]
          http:
          - %s
          - %s
          - %s
        """;
    String a =
        "match: [{uri: {prefix: /api}}]\n    route: [{destination: {host: api.web.svc.cluster.local}}]";
    String b =
        "match: [{uri: {exact: /api/v1}}]\n    route: [{destination: {host: v1.web.svc.cluster.local}}]";
    String c =
        "match: [{uri: {exact: /health}}]\n    route: [{destination: {host: health.web.svc.cluster.local}}]";
    Plan plan = plan(vs2.formatted(b, a, c), vs2.formatted(a, b, c));
    assertThat(plan.changes())
        .hasSize(2)
        .allSatisfy(ch -> assertThat(ch.kinds()).containsExactly(Plan.Kind.REORDERED));
    assertThat(plan.changes().get(0).details())
        .containsExactly("now before #1 (exact \"/api/v1\"), which it overlaps");
    assertThat(plan(vs2.formatted(a, b, c), vs2.formatted(c, a, b)).isEmpty()).isTrue();
  }

  @Test
  void twoRenderingsOfOneRouteAreTheSameRoute() {
    String explicit =
        bookinfo.replace(
            """
                exact: /productpage
        """,
            """
                exact: /productpage
              ignoreUriCase: false
              port: 0
        """);
    assertThat(plan(bookinfo, explicit).isEmpty()).isTrue();
  }

  @Test
  void aFileIsAttributedByTheManifestsItWasGeneratedFrom(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    var analysis = SimulatorTest.analyze(bookinfo);
    var file =
        dev.vsplit.yaml.EffectiveRoutesFile.parse(
            "effective-routes.yaml", analysis.effectiveYaml());
    var roots = analysis.effective().stream().map(EffectiveVirtualService::source).toList();
    RouteTable read = RouteTable.read(file, analysis.routeTable(), roots, java.util.Map.of());
    assertThat(read.render()).isEqualTo(analysis.routeTable().render());
    // without the same routes beside it, a route is owned by the delegation that covers it
    RouteTable byDelegation =
        RouteTable.read(
            file,
            null,
            roots,
            java.util.Map.of(
                new dev.vsplit.model.ResourceRef("VirtualService", "ns1", "vs-1"), "identity"));
    assertThat(byDelegation.primaries().get(0).rows())
        .extracting(RouteTable.Row::owner)
        .containsExactly("team identity", "secondary ns1/vs-2");
    RouteTable unknown = RouteTable.read(file, null, java.util.List.of(), java.util.Map.of());
    assertThat(unknown.primaries().get(0).rows())
        .extracting(RouteTable.Row::owner)
        .containsOnly("unknown owner");
    // attributed from the other side when one side does not know
    Plan plan = Plan.between(unknown, table(identityChanges(bookinfo)), "file", "specs");
    assertThat(plan.summary())
        .isEqualTo("2 routes of team identity changed; no other team affected");
  }
}
