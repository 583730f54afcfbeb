package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One match against one request, condition by condition, with Envoy's semantics for what Istio
 * builds.
 */
class RequestMatchingTest {

  private static final String GW = "istio-system/public";

  private static final HTTPMatchRequest ANY = HTTPMatchRequest.EMPTY;

  private static boolean matches(HTTPMatchRequest m, Request r) {
    return RequestMatching.matches(m, r, GW);
  }

  private static String failure(HTTPMatchRequest m, Request r) {
    return RequestMatching.firstFailure(m, r, GW);
  }

  private static Map<String, StringMatch> map(Object... kv) {
    Map<String, StringMatch> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put((String) kv[i], (StringMatch) kv[i + 1]);
    }
    return out;
  }

  private static StringMatch exact(String v) {
    return StringMatch.exact(v);
  }

  private static StringMatch prefix(String v) {
    return StringMatch.prefix(v);
  }

  private static StringMatch regex(String v) {
    return StringMatch.regex(v);
  }

  @Nested
  class Uri {
    @Test
    void prefixIsAPlainStringPrefixNotAPathSegment() {
      HTTPMatchRequest log = ANY.withUri(prefix("/log"));
      assertThat(matches(log, Request.get("/login"))).isTrue();
      assertThat(matches(log, Request.get("/log"))).isTrue();
      assertThat(matches(log, Request.get("/logfoo/bar"))).isTrue();
      assertThat(matches(log, Request.get("/lo"))).isFalse();
      assertThat(matches(log, Request.get("/Log"))).isFalse();
      assertThat(failure(log, Request.get("/api")))
          .isEqualTo("uri prefix \"/log\": the path \"/api\" does not start with it");
    }

    @Test
    void theQueryStringIsNotPartOfThePath() {
      assertThat(matches(ANY.withUri(exact("/login")), Request.get("/login?next=/home"))).isTrue();
      assertThat(matches(ANY.withUri(prefix("/login?")), Request.get("/login?next=/home")))
          .isFalse();
      assertThat(matches(ANY.withUri(regex("/login")), Request.get("/login?x=1#top"))).isTrue();
      assertThat(matches(ANY.withUri(exact("/a")), Request.get("/a#frag"))).isTrue();
    }

    @Test
    void exactIsTheWholePath() {
      HTTPMatchRequest login = ANY.withUri(exact("/login"));
      assertThat(matches(login, Request.get("/login"))).isTrue();
      assertThat(matches(login, Request.get("/login/"))).isFalse();
      assertThat(matches(login, Request.get("/logins"))).isFalse();
      assertThat(failure(login, Request.get("/logout")))
          .isEqualTo("uri exact \"/login\": the path is \"/logout\"");
    }

    @Test
    void regexIsAFullMatchInRe2() {
      HTTPMatchRequest v = ANY.withUri(regex("/api/v\\d+"));
      assertThat(matches(v, Request.get("/api/v2"))).isTrue();
      assertThat(matches(v, Request.get("/api/v2/users"))).isFalse();
      assertThat(matches(v, Request.get("/x/api/v2"))).isFalse();
      assertThat(matches(ANY.withUri(regex("/api/.*")), Request.get("/api/v2/users"))).isTrue();
    }

    @Test
    void aRegexRe2RefusesMatchesNothingAndSaysSo() {
      HTTPMatchRequest backreference = ANY.withUri(regex("/(a)\\1"));
      assertThat(matches(backreference, Request.get("/aa"))).isFalse();
      assertThat(failure(backreference, Request.get("/aa")))
          .contains("is not a whole match")
          .contains("not valid RE2");
    }

    @Test
    void ignoreUriCaseFoldsAsciiCaseForExactAndPrefix() {
      assertThat(
              matches(ANY.withUri(exact("/Login")).withIgnoreUriCase(true), Request.get("/LOGIN")))
          .isTrue();
      assertThat(
              matches(ANY.withUri(prefix("/API")).withIgnoreUriCase(true), Request.get("/api/v1")))
          .isTrue();
      assertThat(matches(ANY.withUri(prefix("/API")), Request.get("/api/v1"))).isFalse();
      // Envoy folds ASCII only: the Kelvin sign is not a K
      assertThat(matches(ANY.withUri(prefix("/k")).withIgnoreUriCase(true), Request.get("/\u212A")))
          .isFalse();
      assertThat(failure(ANY.withUri(exact("/a")).withIgnoreUriCase(true), Request.get("/b")))
          .contains("(ignoring ASCII case)");
    }

    @Test
    void ignoreUriCaseDoesNotApplyToARegexAsEnvoyIgnoresCaseSensitiveThere() {
      HTTPMatchRequest m = ANY.withUri(regex("/login")).withIgnoreUriCase(true);
      assertThat(matches(m, Request.get("/login"))).isTrue();
      assertThat(matches(m, Request.get("/LOGIN"))).isFalse();
    }

    @Test
    void anEmptyUriMatchOrNoUriMatchesEveryPath() {
      assertThat(matches(ANY.withUri(StringMatch.empty()), Request.get("/anything"))).isTrue();
      assertThat(matches(ANY, Request.get("/anything"))).isTrue();
      assertThat(matches(ANY.withUri(prefix("/")), Request.get("/"))).isTrue();
    }
  }

  @Nested
  class MethodSchemeAuthority {
    @Test
    void methodIsTheMethodHeader() {
      assertThat(matches(ANY.withMethod(exact("GET")), Request.get("/"))).isTrue();
      assertThat(failure(ANY.withMethod(exact("GET")), Request.post("/")))
          .isEqualTo("method exact \"GET\": the request's is \"POST\"");
      assertThat(matches(ANY.withMethod(prefix("P")), Request.of("PUT", "/"))).isTrue();
      assertThat(matches(ANY.withMethod(regex("GET|HEAD")), Request.of("HEAD", "/"))).isTrue();
      assertThat(matches(ANY.withMethod(regex("GET|HEAD")), Request.of("GETX", "/"))).isFalse();
      assertThat(matches(ANY.withMethod(StringMatch.empty()), Request.of("PATCH", "/"))).isTrue();
    }

    @Test
    void schemeIsTheSchemeHeader() {
      HTTPMatchRequest https = ANY.withScheme(exact("https"));
      assertThat(matches(https, Request.get("/"))).isFalse();
      assertThat(matches(https, Request.get("/").scheme("https"))).isTrue();
    }

    @Test
    void authorityIsTheHostAsSent() {
      HTTPMatchRequest m = ANY.withAuthority(prefix("api."));
      assertThat(matches(m, Request.get("/").host("api.example.com"))).isTrue();
      assertThat(matches(m, Request.get("/").host("shop.example.com"))).isFalse();
      assertThat(failure(m, Request.get("/")))
          .isEqualTo("authority prefix \"api.\": the request names no host");
      assertThat(
              matches(
                  ANY.withAuthority(exact("a.example.com:8080")),
                  Request.get("/").host("a.example.com:8080")))
          .isTrue();
    }
  }

  @Nested
  class Headers {
    @Test
    void exactPrefixRegexAndPresent() {
      Request r = Request.get("/").header("X-Canary", "true").header("x-user", "alice@example.com");
      assertThat(matches(ANY.withHeaders(map("x-canary", exact("true"))), r)).isTrue();
      assertThat(matches(ANY.withHeaders(map("x-canary", exact("TRUE"))), r)).isFalse();
      assertThat(matches(ANY.withHeaders(map("x-user", prefix("alice"))), r)).isTrue();
      assertThat(matches(ANY.withHeaders(map("x-user", regex(".*@example\\.com"))), r)).isTrue();
      assertThat(matches(ANY.withHeaders(map("x-user", regex("alice"))), r)).isFalse();
      assertThat(matches(ANY.withHeaders(map("x-user", StringMatch.empty())), r)).isTrue();
    }

    @Test
    void aMissingHeaderMatchesNoCondition() {
      assertThat(failure(ANY.withHeaders(map("x-canary", StringMatch.empty())), Request.get("/")))
          .isEqualTo("header x-canary present: the request has no x-canary header");
      assertThat(matches(ANY.withHeaders(map("x-canary", exact(""))), Request.get("/"))).isFalse();
      assertThat(
              matches(
                  ANY.withHeaders(map("x-canary", exact(""))),
                  Request.get("/").header("x-canary", "")))
          .isTrue();
    }

    @Test
    void allHeadersMustHold() {
      HTTPMatchRequest m = ANY.withHeaders(map("a", exact("1"), "b", exact("2")));
      assertThat(matches(m, Request.get("/").header("a", "1").header("b", "2"))).isTrue();
      assertThat(failure(m, Request.get("/").header("a", "1").header("b", "3")))
          .isEqualTo("header b exact \"2\": the request's is \"3\"");
    }

    @Test
    void hostAndPseudoHeadersReadTheRequestLine() {
      assertThat(
              matches(
                  ANY.withHeaders(map(":authority", exact("a.example.com"))),
                  Request.get("/").host("a.example.com")))
          .isTrue();
      assertThat(matches(ANY.withHeaders(map(":method", exact("POST"))), Request.post("/")))
          .isTrue();
    }
  }

  @Nested
  class WithoutHeaders {
    @Test
    void emptyMeansAbsent() {
      HTTPMatchRequest m = ANY.withWithoutHeaders(map("x-canary", StringMatch.empty()));
      assertThat(matches(m, Request.get("/"))).isTrue();
      assertThat(failure(m, Request.get("/").header("x-canary", "false")))
          .isEqualTo("without header x-canary: the request has it (\"false\")");
    }

    @Test
    void aValueConditionRefusesOnlyThatValue() {
      HTTPMatchRequest m = ANY.withWithoutHeaders(map("x-canary", exact("true")));
      assertThat(matches(m, Request.get("/"))).isTrue();
      assertThat(matches(m, Request.get("/").header("x-canary", "false"))).isTrue();
      assertThat(matches(m, Request.get("/").header("x-canary", "true"))).isFalse();
      assertThat(
              matches(
                  ANY.withWithoutHeaders(map("x-user", prefix("bot-"))),
                  Request.get("/").header("x-user", "bot-7")))
          .isFalse();
      assertThat(
              matches(
                  ANY.withWithoutHeaders(map("x-user", regex("bot-\\d+"))),
                  Request.get("/").header("x-user", "bot-x")))
          .isTrue();
    }

    @Test
    void aMissingHeaderCountsAsTheEmptyValueAsIstioSetsTreatMissingHeaderAsEmpty() {
      HTTPMatchRequest m = ANY.withWithoutHeaders(map("x-tenant", exact("")));
      assertThat(matches(m, Request.get("/").header("x-tenant", "acme"))).isTrue();
      assertThat(matches(m, Request.get("/").header("x-tenant", ""))).isFalse();
      assertThat(failure(m, Request.get("/")))
          .isEqualTo(
              "without header x-tenant exact \"\": the request has no x-tenant header, which counts as the empty value, and that matches");
      assertThat(matches(ANY.withWithoutHeaders(map("x-tenant", regex(".*"))), Request.get("/")))
          .isFalse();
    }
  }

  @Nested
  class QueryParams {
    @Test
    void exactPrefixRegexAndPresent() {
      Request r = Request.get("/search?q=shoes&page=2&debug");
      assertThat(matches(ANY.withQueryParams(map("q", exact("shoes"))), r)).isTrue();
      assertThat(matches(ANY.withQueryParams(map("q", prefix("sh"))), r)).isTrue();
      assertThat(matches(ANY.withQueryParams(map("page", regex("\\d+"))), r)).isTrue();
      assertThat(matches(ANY.withQueryParams(map("debug", StringMatch.empty())), r)).isTrue();
      assertThat(matches(ANY.withQueryParams(map("debug", exact(""))), r)).isTrue();
      assertThat(failure(ANY.withQueryParams(map("sort", StringMatch.empty())), r))
          .isEqualTo("query sort present: the request has no sort parameter");
    }

    @Test
    void theFirstValueCountsAndNothingIsDecoded() {
      assertThat(matches(ANY.withQueryParams(map("a", exact("1"))), Request.get("/?a=1&a=2")))
          .isTrue();
      assertThat(matches(ANY.withQueryParams(map("a", exact("2"))), Request.get("/?a=1&a=2")))
          .isFalse();
      assertThat(matches(ANY.withQueryParams(map("q", exact("a b"))), Request.get("/?q=a%20b")))
          .isFalse();
      assertThat(matches(ANY.withQueryParams(map("q", exact("a%20b"))), Request.get("/?q=a%20b")))
          .isTrue();
    }
  }

  @Nested
  class PortGatewaysSource {
    @Test
    void portIsThePortTheRequestArrivesOn() {
      HTTPMatchRequest m = ANY.withPort(8080);
      assertThat(matches(m, Request.get("/").port(8080))).isTrue();
      assertThat(failure(m, Request.get("/")))
          .isEqualTo("port 8080: the request arrives on port 80 (assumed from its scheme)");
      assertThat(matches(ANY.withPort(443), Request.get("/").scheme("https"))).isTrue();
    }

    @Test
    void matchGatewaysNameTheGatewayItArrivesThrough() {
      HTTPMatchRequest m =
          ANY.withGateways(List.of("istio-system/public", "istio-system/internal"));
      assertThat(RequestMatching.matches(m, Request.get("/"), "istio-system/public")).isTrue();
      assertThat(RequestMatching.firstFailure(m, Request.get("/"), "mesh"))
          .isEqualTo(
              "gateways istio-system/public,istio-system/internal: the request arrives through mesh");
    }

    @Test
    void sourceNamespaceAndLabels() {
      HTTPMatchRequest m = ANY.withSourceNamespace("shop").withSourceLabels(Map.of("app", "web"));
      assertThat(
              matches(
                  m,
                  Request.get("/")
                      .sourceNamespace("shop")
                      .sourceLabel("app", "web")
                      .sourceLabel("v", "1")))
          .isTrue();
      assertThat(failure(m, Request.get("/").sourceNamespace("shop")))
          .isEqualTo("sourceLabels app=web: the source has no label app");
      assertThat(failure(m, Request.get("/").sourceLabel("app", "web")))
          .isEqualTo("sourceNamespace shop: the source namespace is not given");
      assertThat(failure(m, Request.get("/").sourceLabel("app", "web").sourceNamespace("ops")))
          .isEqualTo("sourceNamespace shop: the source is in ops");
    }

    @Test
    void aMatchThatNamesGatewaysIgnoresItsSourceConditionsAsIstioDoes() {
      HTTPMatchRequest m =
          ANY.withGateways(List.of(GW))
              .withSourceNamespace("shop")
              .withSourceLabels(Map.of("app", "web"));
      assertThat(matches(m, Request.get("/"))).isTrue();
    }
  }

  @Test
  void everyConditionMustHoldAndThePathIsReportedFirst() {
    HTTPMatchRequest m =
        ANY.withUri(prefix("/api"))
            .withMethod(exact("POST"))
            .withHeaders(map("x-canary", exact("true")))
            .withQueryParams(map("v", exact("2")))
            .withPort(8080);
    Request ok = Request.post("/api/orders?v=2").header("x-canary", "true").port(8080);
    assertThat(matches(m, ok)).isTrue();
    assertThat(failure(m, Request.get("/web?v=1"))).startsWith("uri prefix");
    assertThat(failure(m, ok.method("GET"))).startsWith("method");
    assertThat(failure(m, ok.headers(Map.of()))).startsWith("header x-canary");
    assertThat(failure(m, Request.post("/api/orders?v=3").header("x-canary", "true").port(8080)))
        .startsWith("query v");
    assertThat(failure(m, ok.port(9090))).startsWith("port 8080");
  }

  @Test
  void requestsParseTheWayExplainTakesThem() {
    assertThat(Request.parse("GET /login")).isEqualTo(Request.get("/login"));
    assertThat(Request.parse("/login")).isEqualTo(Request.get("/login"));
    assertThat(Request.parse(" post   /api ")).isEqualTo(Request.post("/api"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Request.parse("GET login"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"GET /login\"");
    assertThat(Request.get("/a").host("Shop.Example.com:8443").hostName())
        .isEqualTo("shop.example.com");
    assertThat(Request.get("/a").host("[::1]:80").hostName()).isEqualTo("[::1]");
  }
}
