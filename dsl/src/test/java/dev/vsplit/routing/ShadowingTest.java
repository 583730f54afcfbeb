package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which routes never match: containment, unions of earlier routes, contradictions, and where it
 * says nothing.
 */
class ShadowingTest {

  private static final HTTPMatchRequest ANY = HTTPMatchRequest.EMPTY;

  static HTTPRoute route(HTTPMatchRequest... matches) {
    return HTTPRoute.EMPTY
        .withMatch(List.of(matches))
        .withRoute(List.of(HTTPRouteDestination.to(Destination.host("svc.ns.svc.cluster.local"))));
  }

  static HTTPMatchRequest uri(StringMatch uri) {
    return ANY.withUri(uri);
  }

  static Map<String, StringMatch> map(Object... kv) {
    Map<String, StringMatch> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put((String) kv[i], (StringMatch) kv[i + 1]);
    }
    return out;
  }

  static String shadows(HTTPRoute... routes) {
    List<String> out = new ArrayList<>();
    for (Shadowing.Shadow s : Shadowing.find(List.of(routes))) {
      out.add(
          s.route()
              + "<-"
              + s.by()
              + (s.contradictory().isEmpty() ? "" : " contradictory " + s.contradictory()));
    }
    return String.join("; ", out);
  }

  private static final StringMatch EMPTY = StringMatch.empty();

  @Test
  void aBroaderPrefixFirstShadowsANarrowerRouteWithEqualOrMoreConditions() {
    assertThat(
            shadows(
                route(uri(StringMatch.prefix("/login"))),
                route(uri(StringMatch.exact("/login/help")).withMethod(StringMatch.exact("GET")))))
        .isEqualTo("1<-[0]");
    assertThat(
            shadows(
                route(uri(StringMatch.prefix("/log"))), route(uri(StringMatch.prefix("/login")))))
        .isEqualTo("1<-[0]");
    assertThat(shadows(route(uri(StringMatch.exact("/a"))), route(uri(StringMatch.exact("/a")))))
        .isEqualTo("1<-[0]");
  }

  @Test
  void theNarrowerRouteFirstOrAStrongerConditionFirstIsSilent() {
    assertThat(
            shadows(
                route(uri(StringMatch.exact("/login/help"))),
                route(uri(StringMatch.prefix("/login")))))
        .isEmpty();
    assertThat(
            shadows(
                route(
                    uri(StringMatch.prefix("/login"))
                        .withHeaders(map("x-canary", StringMatch.exact("true")))),
                route(uri(StringMatch.prefix("/login")))))
        .isEmpty();
    assertThat(
            shadows(
                route(uri(StringMatch.prefix("/login")).withMethod(StringMatch.exact("GET"))),
                route(uri(StringMatch.prefix("/login")))))
        .isEmpty();
    assertThat(shadows(route(uri(StringMatch.exact("/a"))), route(uri(StringMatch.prefix("/a")))))
        .isEmpty();
  }

  @Test
  void weakerMethodHeaderAndQueryConditionsFirstShadow() {
    HTTPMatchRequest later =
        uri(StringMatch.prefix("/api/orders"))
            .withMethod(StringMatch.exact("POST"))
            .withHeaders(map("x-user", StringMatch.exact("alice")))
            .withQueryParams(map("v", StringMatch.exact("2")));
    assertThat(
            shadows(
                route(uri(StringMatch.prefix("/api")).withMethod(StringMatch.prefix("PO"))),
                route(later)))
        .isEqualTo("1<-[0]");
    assertThat(
            shadows(
                route(uri(StringMatch.prefix("/api")).withHeaders(map("x-user", EMPTY))),
                route(later)))
        .isEqualTo("1<-[0]");
    assertThat(
            shadows(
                route(uri(StringMatch.prefix("/api")).withQueryParams(map("v", EMPTY))),
                route(later)))
        .isEqualTo("1<-[0]");
    assertThat(
            shadows(
                route(
                    uri(StringMatch.prefix("/api"))
                        .withQueryParams(map("v", StringMatch.exact("3")))),
                route(later)))
        .isEmpty();
  }

  @Test
  void aCatchAllShadowsEverythingAfterIt() {
    assertThat(
            shadows(
                route(),
                route(uri(StringMatch.prefix("/a"))),
                route(uri(StringMatch.regex("/b.*")))))
        .isEqualTo("1<-[0]; 2<-[0]");
    assertThat(
            shadows(route(uri(StringMatch.prefix("/"))), route(ANY.withHeaders(map("x", EMPTY)))))
        .isEqualTo("1<-[0]");
  }

  @Test
  void earlierRoutesThatSplitAHeaderBetweenThemTogetherShadow() {
    HTTPMatchRequest login = uri(StringMatch.prefix("/login"));
    assertThat(
            shadows(
                route(login.withHeaders(map("x-canary", StringMatch.exact("true")))),
                route(login.withWithoutHeaders(map("x-canary", StringMatch.exact("true")))),
                route(login)))
        .isEqualTo("2<-[0, 1]");
    assertThat(
            shadows(
                route(login.withHeaders(map("x-canary", EMPTY))),
                route(login.withWithoutHeaders(map("x-canary", EMPTY))),
                route(uri(StringMatch.exact("/login/x")))))
        .isEqualTo("2<-[0, 1]");
  }

  @Test
  void aSplitThatLeavesAValueOutShadowsNothing() {
    HTTPMatchRequest login = uri(StringMatch.prefix("/login"));
    assertThat(
            shadows(
                route(login.withHeaders(map("x-canary", StringMatch.exact("true")))),
                route(login.withWithoutHeaders(map("x-canary", StringMatch.exact("false")))),
                route(login)))
        .isEmpty();
    // without x-tenant exact "": Istio treats a missing header as "", so requests without it are
    // not taken
    assertThat(
            shadows(
                route(login.withHeaders(map("x-tenant", EMPTY))),
                route(login.withWithoutHeaders(map("x-tenant", StringMatch.exact("")))),
                route(login)))
        .isEmpty();
  }

  @Test
  void routesSplitByGatewayShadowOnlyAMatchThatNamesTheSameGateways() {
    HTTPMatchRequest a = uri(StringMatch.prefix("/a"));
    HTTPRoute g1 = route(a.withGateways(List.of("istio-system/g1")));
    HTTPRoute g2 = route(a.withGateways(List.of("istio-system/g2")));
    assertThat(
            shadows(g1, g2, route(a.withGateways(List.of("istio-system/g1", "istio-system/g2")))))
        .isEqualTo("2<-[0, 1]");
    assertThat(shadows(g1, g2, route(a))).isEmpty();
  }

  @Test
  void anEarlierMatchIsHeldToItsSourceConditionsEvenWhenItNamesGateways() {
    HTTPMatchRequest a = uri(StringMatch.prefix("/a"));
    assertThat(shadows(route(a.withSourceNamespace("shop")), route(a.withSourceNamespace("shop"))))
        .isEqualTo("1<-[0]");
    assertThat(shadows(route(a.withSourceNamespace("shop")), route(a))).isEmpty();
    assertThat(
            shadows(
                route(a.withGateways(List.of("g")).withSourceNamespace("shop")),
                route(a.withGateways(List.of("g")))))
        .isEmpty();
    assertThat(
            shadows(
                route(a.withGateways(List.of("g"))),
                route(a.withGateways(List.of("g")).withSourceNamespace("shop"))))
        .isEqualTo("1<-[0]");
  }

  @Test
  void regexesAreComparedOnlyWhereDecidable() {
    assertThat(shadows(route(uri(StringMatch.regex("/a.*"))), route(uri(StringMatch.prefix("/a")))))
        .isEmpty();
    assertThat(
            shadows(route(uri(StringMatch.regex("/a.*"))), route(uri(StringMatch.regex("/a.*")))))
        .isEqualTo("1<-[0]");
    assertThat(
            shadows(
                route(uri(StringMatch.regex("/a[0-9]+"))), route(uri(StringMatch.exact("/a42")))))
        .isEqualTo("1<-[0]");
    assertThat(
            shadows(
                route(uri(StringMatch.regex("/a[0-9]+"))), route(uri(StringMatch.exact("/ab")))))
        .isEmpty();
    assertThat(
            shadows(
                route(ANY.withHeaders(map("x", StringMatch.regex("1|2")))),
                route(ANY.withWithoutHeaders(map("x", StringMatch.regex("1|2")))),
                route()))
        .isEmpty();
  }

  @Test
  void ignoreUriCaseFoldsOnlyWhereItIsWritten() {
    HTTPMatchRequest ci = uri(StringMatch.prefix("/API")).withIgnoreUriCase(true);
    assertThat(shadows(route(ci), route(uri(StringMatch.prefix("/api/v1"))))).isEqualTo("1<-[0]");
    assertThat(shadows(route(uri(StringMatch.prefix("/api"))), route(ci))).isEmpty();
    assertThat(
            shadows(
                route(uri(StringMatch.prefix("/a"))),
                route(uri(StringMatch.prefix("/a/x")).withIgnoreUriCase(true))))
        .isEmpty();
    // no letter in "/1": every case variant of "/1/x..." starts with it
    assertThat(
            shadows(
                route(uri(StringMatch.prefix("/1"))),
                route(uri(StringMatch.prefix("/1/x")).withIgnoreUriCase(true))))
        .isEqualTo("1<-[0]");
    assertThat(
            shadows(
                route(uri(StringMatch.prefix("/1/"))),
                route(uri(StringMatch.prefix("/1/9")).withIgnoreUriCase(true))))
        .isEqualTo("1<-[0]");
  }

  @Test
  void everyMatchOfTheLaterRouteMustBeCovered() {
    HTTPRoute later = route(uri(StringMatch.exact("/a")), uri(StringMatch.exact("/b")));
    assertThat(shadows(route(uri(StringMatch.exact("/a"))), later)).isEmpty();
    assertThat(
            shadows(
                route(uri(StringMatch.exact("/a"))), route(uri(StringMatch.exact("/b"))), later))
        .isEqualTo("2<-[0, 1]");
  }

  @Test
  void portsAndGatewaysMustBeWeaker() {
    HTTPMatchRequest a = uri(StringMatch.prefix("/a"));
    assertThat(shadows(route(a.withPort(80)), route(a.withPort(80)))).isEqualTo("1<-[0]");
    assertThat(shadows(route(a.withPort(80)), route(a))).isEmpty();
    assertThat(shadows(route(a), route(a.withPort(8080)))).isEqualTo("1<-[0]");
  }

  @Test
  void aMatchWhoseHeaderConditionsContradictEachOtherNeverMatches() {
    HTTPMatchRequest never =
        uri(StringMatch.prefix("/a"))
            .withHeaders(map("x", StringMatch.exact("1")))
            .withWithoutHeaders(map("x", StringMatch.prefix("1")));
    assertThat(shadows(route(never))).isEqualTo("0<-[] contradictory [0]");
    assertThat(
            shadows(
                route(uri(StringMatch.exact("/b"))), route(never, uri(StringMatch.exact("/b")))))
        .isEqualTo("1<-[0] contradictory [0]");
    assertThat(shadows(route(ANY.withHeaders(map("x", EMPTY)).withWithoutHeaders(map("x", EMPTY)))))
        .isEqualTo("0<-[] contradictory [0]");
    assertThat(
            Shadowing.contradictory(
                ANY.withHeaders(map("x", StringMatch.prefix("1")))
                    .withWithoutHeaders(map("x", StringMatch.exact("1")))))
        .isFalse();
  }

  @Test
  void theIndexKeepsManyRoutesCheapWhereAPairwisePassWouldNot() {
    List<HTTPRoute> routes = new ArrayList<>();
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      routes.add(
          route(uri(StringMatch.prefix("/svc-" + i + "/")), uri(StringMatch.exact("/svc-" + i))));
    }
    routes.add(route(uri(StringMatch.prefix("/svc-7/admin"))));
    routes.add(route());
    routes.add(route(uri(StringMatch.exact("/svc-9"))));
    long start = System.nanoTime();
    List<Shadowing.Shadow> found = Shadowing.find(routes);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(found).extracting(Shadowing.Shadow::route).containsExactly(n, n + 2);
    assertThat(found.get(0).by()).containsExactly(7);
    assertThat(found.get(1).by()).containsExactly(9); // its own exact match came first
    // a pairwise pass compares 80 000 x 80 000 / 2 matches; through the index it is well under a
    // second
    assertThat(millis).as("milliseconds for %d routes", n).isLessThan(5_000);
  }
}
