package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.Delegate;
import dev.vsplit.model.Destination;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.HTTPFaultInjection;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.HeaderOperations;
import dev.vsplit.model.Headers;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.Percent;
import dev.vsplit.model.Port;
import dev.vsplit.model.Server;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden renderings: what vsplit writes, byte for byte. */
class YamlWriterTest {

  private static VirtualService vs(VirtualServiceSpec spec) {
    return new VirtualService(
        "networking.istio.io/v1", ObjectMeta.of("shop", "web"), spec, Map.of());
  }

  private static VirtualService vs(List<String> hosts, HTTPRoute... routes) {
    return vs(VirtualServiceSpec.EMPTY.withHosts(hosts).withHttp(List.of(routes)));
  }

  private static HTTPRoute routeTo(String host) {
    return HTTPRoute.EMPTY.withRoute(List.of(HTTPRouteDestination.to(Destination.host(host))));
  }

  /** The written text reads back as the same resource with our reader. */
  private static String writeAndCheck(IstioResource resource) {
    String yaml = YamlWriter.write(resource);
    ReadResult back = new ManifestReader().readString("written", yaml);
    assertThat(back.problems()).isEmpty();
    assertThat(back.resources())
        .singleElement()
        .extracting(LoadedResource::resource)
        .isEqualTo(resource);
    return yaml;
  }

  @Test
  void quotesOnlyWhatAYaml11Or12ReaderWouldMisread() {
    VirtualService resource =
        vs(
            List.of(
                "*",
                "*.example.com",
                "on",
                "yes",
                "No",
                "y",
                "0755",
                "8080",
                "-1",
                "1e3",
                "1.5",
                ".5",
                "2025-01-01",
                "0x1F",
                "0O17",
                "1_000",
                "~",
                "null",
                "",
                "a: b",
                "#comment",
                "a #b",
                "- a",
                "@x",
                "=",
                "<<",
                "true",
                "TRUE",
                ".inf",
                "reviews",
                "v1",
                "1.2.3",
                "/api/v1",
                "GET|HEAD",
                "^/api/(.*)",
                "x-user",
                "a:b",
                "a b",
                "ünïcödé",
                "first\nsecond"));
    assertThat(writeAndCheck(resource))
        .isEqualTo(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: shop
          namespace: web
        spec:
          hosts:
          - '*'
          - '*.example.com'
          - "on"
          - "yes"
          - "No"
          - "y"
          - "0755"
          - "8080"
          - "-1"
          - "1e3"
          - "1.5"
          - ".5"
          - "2025-01-01"
          - "0x1F"
          - "0O17"
          - "1_000"
          - "~"
          - "null"
          - ""
          - "a: b"
          - "#comment"
          - "a #b"
          - '- a'
          - '@x'
          - "="
          - "<<"
          - "true"
          - "TRUE"
          - ".inf"
          - reviews
          - v1
          - 1.2.3
          - /api/v1
          - GET|HEAD
          - ^/api/(.*)
          - x-user
          - a:b
          - a b
          - ünïcödé
          - |-
            first
            second
        """);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0085x",
        "a\u2028b",
        "a\u2029b",
        "\uFEFFx",
        "bell\u0007",
        "cr\rx",
        "tab\tx",
        "del\u007F"
      })
  void escapesCharactersSomeReadersTakeForLineBreaksOrDrop(String host) {
    String yaml = writeAndCheck(vs(List.of(host)));
    assertThat(yaml).contains("  - \"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a\n\u0085b", "a\nb\u2028", "\n\u2029", "a\n\uFEFF", "a\n\u0007", "\ta\nb"})
  void multiLineStringsWithSuchCharactersAreDoubleQuotedNotBlocks(String host) {
    String yaml = writeAndCheck(vs(List.of(host)));
    assertThat(yaml).contains("  - \"").doesNotContain("|");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-0o17",
        "+0x1f",
        "0B101",
        "0X1F",
        "+.5e3",
        "1.5e3",
        "1E3",
        "+12",
        "0_1",
        "1_2_",
        ".",
        "-.INF",
        ".NaN",
        "2025-1-2",
        "2025-01-01T10:00:00Z",
        "2025-01-01 10:00:00",
        "12:30",
        "190:20:30",
        "Off",
        "ON",
        "NULL",
        "n"
      })
  void quotesEveryOtherNumberBooleanNullOrDateLookalike(String host) {
    String yaml = writeAndCheck(vs(List.of(host)));
    assertThat(yaml).contains("  - \"" + host + "\"\n");
  }

  @Test
  void quotesKeysLikeValues() {
    HTTPMatchRequest match =
        HTTPMatchRequest.EMPTY.withHeaders(
            map(
                "on",
                StringMatch.exact("1"),
                "8080",
                StringMatch.exact("2"),
                "x.y",
                StringMatch.exact("3")));
    String yaml = writeAndCheck(vs(List.of("a"), routeTo("a").withMatch(List.of(match))));
    assertThat(yaml)
        .contains(
            """
            - headers:
                "on":
                  exact: "1"
                "8080":
                  exact: "2"
                x.y:
                  exact: "3"
        """);
  }

  @Test
  void numbersAreWrittenAsGoWritesThem() {
    HTTPRoute route =
        routeTo("a")
            .withMirror(Destination.host("m"))
            .withMirrorPercentage(Percent.of(1.0))
            .withMirrors(
                List.of(new HTTPMirrorPolicy(Destination.host("m2"), Percent.of(12.5), Map.of())))
            .withRoute(
                List.of(
                    HTTPRouteDestination.to(Destination.host("a").withPort(9080)).withWeight(100)));
    assertThat(writeAndCheck(vs(List.of("a"), route)))
        .endsWith(
            """
          http:
          - route:
            - destination:
                host: a
                port:
                  number: 9080
              weight: 100
            mirror:
              host: m
            mirrors:
            - destination:
                host: m2
              percentage:
                value: 12.5
            mirrorPercentage:
              value: 1
        """);
  }

  @Test
  void booleansAndSetDefaultsAreKept() {
    HTTPRoute route =
        routeTo("a")
            .withMatch(
                List.of(HTTPMatchRequest.uri(StringMatch.prefix("/")).withIgnoreUriCase(false)))
            .withRetries(new HTTPRetry(0, "1s", "", true, Map.of()));
    assertThat(writeAndCheck(vs(List.of("a"), route)))
        .endsWith(
            """
          http:
          - match:
            - uri:
                prefix: /
              ignoreUriCase: false
            route:
            - destination:
                host: a
            retries:
              attempts: 0
              perTryTimeout: 1s
              retryOn: ""
              retryRemoteLocalities: true
        """);
  }

  @Test
  void effectiveRoutesFormOmitsProtobufDefaults() {
    HTTPRoute route =
        routeTo("a")
            .withMatch(
                List.of(
                    HTTPMatchRequest.uri(StringMatch.prefix("/"))
                        .withIgnoreUriCase(false)
                        .withPort(0)))
            .withRetries(new HTTPRetry(0, "", "", false, Map.of()));
    assertThat(YamlWriter.writeValue(List.of(route), YamlWriter.Defaults.OMIT))
        .isEqualTo(
            """
        - match:
          - uri:
              prefix: /
          route:
          - destination:
              host: a
        """);
  }

  @Test
  void emptyMapsAndListsAreOmittedButAnEmptySpecIsWritten() {
    VirtualService empty = vs(VirtualServiceSpec.EMPTY);
    assertThat(writeAndCheck(empty))
        .isEqualTo(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: shop
          namespace: web
        spec: {}
        """);
    HTTPRoute route = routeTo("a").withMatch(List.of()).withMirrors(List.of());
    assertThat(writeAndCheck(vs(List.of(), route)))
        .endsWith(
            """
        spec:
          http:
          - route:
            - destination:
                host: a
        """);
  }

  @Test
  void anEmptyObjectIsKeptInAManifestAndOmittedInTheEffectiveRoutesForm() {
    HTTPRoute route =
        routeTo("a")
            .withMirror(Destination.host("m"))
            .withMirrorPercentage(new Percent(null, Map.of()))
            .withRetries(new HTTPRetry(null, null, null, null, Map.of()));
    assertThat(writeAndCheck(vs(List.of("a"), route)))
        .endsWith(
            """
            retries: {}
            mirror:
              host: m
            mirrorPercentage: {}
        """);
    assertThat(YamlWriter.writeValue(route, YamlWriter.Defaults.OMIT))
        .isEqualTo(
            """
        route:
        - destination:
            host: a
        mirror:
          host: m
        """);
  }

  @Test
  void emptyStringMatchesAndEmptyMatchesAreKept() {
    HTTPRoute route =
        routeTo("a")
            .withMatch(
                List.of(
                    HTTPMatchRequest.EMPTY.withHeaders(
                        map(
                            "x-present",
                            StringMatch.empty(),
                            "x-user",
                            StringMatch.exact("jason"))),
                    HTTPMatchRequest.uri(StringMatch.empty()),
                    HTTPMatchRequest.EMPTY));
    assertThat(writeAndCheck(vs(List.of("a"), route)))
        .endsWith(
            """
          http:
          - match:
            - headers:
                x-present: {}
                x-user:
                  exact: jason
            - uri: {}
            - {}
            route:
            - destination:
                host: a
        """);
  }

  @Test
  void fieldsFollowRecordComponentOrderAndExtraComesLast() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("zeta", "last?");
    extra.put("alpha", List.of(1, 2));
    HTTPRoute route =
        new HTTPRoute(
            "named",
            List.of(HTTPMatchRequest.uri(StringMatch.prefix("/d"))),
            List.of(),
            null,
            null,
            Delegate.of("team", "ns"),
            null,
            "5s",
            null,
            null,
            null,
            List.of(),
            null,
            new CorsPolicy(
                List.of(StringMatch.exact("https://a")),
                List.of("GET"),
                List.of(),
                List.of(),
                null,
                null,
                null,
                Map.of()),
            null,
            null,
            extra);
    assertThat(writeAndCheck(vs(List.of("a"), route)))
        .endsWith(
            """
          http:
          - name: named
            match:
            - uri:
                prefix: /d
            delegate:
              name: team
              namespace: ns
            timeout: 5s
            corsPolicy:
              allowOrigins:
              - exact: https://a
              allowMethods:
              - GET
            zeta: last?
            alpha:
            - 1
            - 2
        """);
  }

  @Test
  void resourceExtraComesAfterSpecAndUnmodelledValuesAreWrittenAsRead() {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("empty", Map.of());
    status.put("none", List.of());
    status.put("nothing", null);
    status.put("ratio", 1.0);
    status.put("count", 1);
    VirtualService resource =
        new VirtualService(
            "networking.istio.io/v1",
            ObjectMeta.of("shop", "web"),
            VirtualServiceSpec.EMPTY.withHosts(List.of("a")),
            Map.of("status", status));
    assertThat(writeAndCheck(resource))
        .isEqualTo(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: shop
          namespace: web
        spec:
          hosts:
          - a
        status:
          empty: {}
          none: []
          nothing: null
          ratio: 1.0
          count: 1
        """);
  }

  @Test
  void gatewaysAreWrittenLikeVirtualServices() {
    Gateway gateway =
        new Gateway(
            ObjectMeta.of("public", "istio-system"),
            new GatewaySpec(
                List.of(
                    new Server(
                        Port.of(80, "http", "HTTP"),
                        null,
                        List.of("*"),
                        null,
                        null,
                        null,
                        Map.of())),
                Map.of("istio", "ingressgateway"),
                Map.of()));
    assertThat(writeAndCheck(gateway))
        .isEqualTo(
            """
        apiVersion: networking.istio.io/v1beta1
        kind: Gateway
        metadata:
          name: public
          namespace: istio-system
        spec:
          servers:
          - port:
              number: 80
              protocol: HTTP
              name: http
            hosts:
            - '*'
          selector:
            istio: ingressgateway
        """);
  }

  @Test
  void writingIsDeterministicAndDocumentsAreJoinedByMarkers() {
    VirtualService a = vs(List.of("a"), routeTo("a"));
    VirtualService b = vs(List.of("b"), routeTo("b"));
    String once = YamlWriter.writeAll(List.of(a, b));
    assertThat(YamlWriter.writeAll(List.of(a, b))).isEqualTo(once);
    assertThat(once).isEqualTo(YamlWriter.write(a) + "---\n" + YamlWriter.write(b));
    assertThat(once)
        .doesNotStartWith("---")
        .endsWith("\n")
        .doesNotContain("\t")
        .doesNotContain("\r");
    assertThat(YamlWriter.writeAll(List.of())).isEmpty();
  }

  @Test
  void multiLineStringsUseLiteralBlocks() {
    VirtualService resource =
        vs(
            List.of("a"),
            routeTo("a")
                .withHeaders(
                    Headers.of(
                        HeaderOperations.of(
                            map("x-lines", "one\ntwo\n", "x-indented", "  one\ntwo"),
                            Map.of(),
                            List.of()),
                        null)));
    assertThat(writeAndCheck(resource))
        .contains(
            """
                set:
                  x-lines: |
                    one
                    two
                  x-indented: |2-
                      one
                    two
        """);
  }

  @Test
  void aNestedRecordThatWritesNothingUnderOmitLeavesOutItsKeyAndItsParentsKeys() {
    HTTPFaultInjection.Delay emptyDelay =
        new HTTPFaultInjection.Delay("", new Percent(0.0, Map.of()), 0, Map.of());
    HTTPRoute route =
        routeTo("a")
            .withFault(new HTTPFaultInjection(emptyDelay, null, Map.of()))
            .withMirror(Destination.host("m"));
    String expected =
        """
        route:
        - destination:
            host: a
        mirror:
          host: m
        """;
    assertThat(YamlWriter.writeValue(route, YamlWriter.Defaults.OMIT)).isEqualTo(expected);
    assertThat(JacksonYamlWriter.writeValue(route, YamlWriter.Defaults.OMIT)).isEqualTo(expected);
    assertThat(events(route, YamlWriter.Defaults.OMIT))
        .isEqualTo(
            "{route:[-{destination:{host:'a'}}]mirror:{host:'m'}}"); // no fault, no delay, no {}
  }

  @Test
  void aNestedRecordUnderOmitWritesTheKeysItWaitedOnWhenSomethingDeepInsideIsWritten() {
    HTTPFaultInjection.Delay emptyDelay =
        new HTTPFaultInjection.Delay("", new Percent(0.0, Map.of()), 0, Map.of());
    HTTPFaultInjection.Abort abort =
        new HTTPFaultInjection.Abort(null, "", "", new Percent(50.0, Map.of()), Map.of());
    HTTPRoute route =
        routeTo("a")
            .withFault(new HTTPFaultInjection(emptyDelay, abort, Map.of()))
            .withMirror(Destination.host("m"));
    String expected =
        """
        route:
        - destination:
            host: a
        fault:
          abort:
            percentage:
              value: 50
        mirror:
          host: m
        """;
    assertThat(YamlWriter.writeValue(route, YamlWriter.Defaults.OMIT)).isEqualTo(expected);
    assertThat(JacksonYamlWriter.writeValue(route, YamlWriter.Defaults.OMIT)).isEqualTo(expected);
    assertThat(events(route, YamlWriter.Defaults.OMIT))
        .isEqualTo(
            "{route:[-{destination:{host:'a'}}]fault:{abort:{percentage:{value:50}}}"
                + "mirror:{host:'m'}}");
  }

  /** A record outside the model: components declared as records, lists of them, and Object. */
  record Inner(String name, Integer count) {}

  record Outer(Object any, Inner inner, List<Inner> items, double d, boolean flag) {}

  @Test
  void recordsOutsideTheModelAreWrittenByTheirDeclaredTypesAndAsTheyHoldUnderObject() {
    Inner empty = new Inner("", 0);
    Outer outer = new Outer(empty, empty, List.of(empty, new Inner("x", 1)), 0.0, false);
    String omitted =
        """
        items:
        - {}
        - name: x
          count: 1
        """;
    assertThat(YamlWriter.writeValue(outer, YamlWriter.Defaults.OMIT)).isEqualTo(omitted);
    assertThat(JacksonYamlWriter.writeValue(outer, YamlWriter.Defaults.OMIT)).isEqualTo(omitted);
    String kept =
        """
        any:
          name: ""
          count: 0
        inner:
          name: ""
          count: 0
        items:
        - name: ""
          count: 0
        - name: x
          count: 1
        d: 0
        flag: false
        """;
    assertThat(YamlWriter.writeValue(outer, YamlWriter.Defaults.KEEP)).isEqualTo(kept);
    assertThat(JacksonYamlWriter.writeValue(outer, YamlWriter.Defaults.KEEP)).isEqualTo(kept);
    Outer some = new Outer(new Inner("y", 0), new Inner("", 2), List.of(), 1.5, true);
    assertThat(YamlWriter.writeValue(some, YamlWriter.Defaults.OMIT))
        .isEqualTo(
            """
        any:
          name: "y"
        inner:
          count: 2
        d: 1.5
        flag: true
        """)
        .isEqualTo(JacksonYamlWriter.writeValue(some, YamlWriter.Defaults.OMIT));
  }

  /** The walk's events, compactly: {@code {k:v}}, {@code [-v]}, strings quoted {@code 'v'}. */
  private static String events(Object value, YamlWriter.Defaults defaults) {
    StringBuilder out = new StringBuilder();
    YamlWriter.walk(
        value,
        defaults,
        new YamlEvents() {
          @Override
          public void startMapping() {
            out.append('{');
          }

          @Override
          public void key(String name) {
            out.append(name).append(':');
          }

          @Override
          public void endMapping() {
            out.append('}');
          }

          @Override
          public void emptyMapping() {
            out.append("{}");
          }

          @Override
          public void startSequence() {
            out.append('[');
          }

          @Override
          public void item() {
            out.append('-');
          }

          @Override
          public void endSequence() {
            out.append(']');
          }

          @Override
          public void emptySequence() {
            out.append("[]");
          }

          @Override
          public void string(String s) {
            out.append('\'').append(s).append('\'');
          }

          @Override
          public void plain(String text) {
            out.append(text);
          }
        });
    return out.toString();
  }

  private static <V> Map<String, V> map(String k1, V v1, String k2, V v2) {
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private static <V> Map<String, V> map(String k1, V v1, String k2, V v2, String k3, V v3) {
    Map<String, V> m = map(k1, v1, k2, v2);
    m.put(k3, v3);
    return m;
  }
}
