package dev.vsplit.rules.admission;

import static dev.vsplit.rules.admission.AdmissionFixtures.admits;
import static dev.vsplit.rules.admission.AdmissionFixtures.denied;
import static dev.vsplit.rules.admission.AdmissionFixtures.rejects;
import static dev.vsplit.rules.admission.AdmissionFixtures.validate;
import static dev.vsplit.rules.admission.AdmissionFixtures.warning;
import static dev.vsplit.rules.admission.AdmissionFixtures.withHttp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPBody;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import dev.vsplit.rules.admission.AdmissionFixtures.Case;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks Istio's {@code validateHTTPRoute} makes on every HTTP route, root and delegate alike.
 */
class AdmissionHttpRouteTest {

  private static final String RE2 =
      "; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)";

  /** One route with a destination, plus the given fields (YAML at the route's indentation). */
  private static String route(String fields) {
    return withHttp(
        "- route:\n  - destination: {host: reviews}\n" + AdmissionFixtures.indent(fields, 2));
  }

  /** One route with a match made of the given fields. */
  private static String match(String fields) {
    return route("match:\n- " + AdmissionFixtures.indent(fields, 2).substring(2));
  }

  private static void check(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void conflicts(Case c) {
    check(c);
  }

  static Stream<Case> conflicts() {
    return Stream.of(
        rejects(
            "route and redirect",
            route("redirect: {uri: /new}"),
            denied("spec.http[0]", "HTTP route cannot contain both route and redirect")),
        rejects(
            "fault and redirect",
            withHttp(
                """
                - redirect: {uri: /new}
                  fault: {abort: {httpStatus: 500}}
                """),
            denied("spec.http[0]", "HTTP route cannot contain both fault and redirect")),
        rejects(
            "rewrite and redirect",
            withHttp(
                """
                - redirect: {uri: /new}
                  rewrite: {uri: /other}
                """),
            denied("spec.http[0]", "HTTP route rule cannot contain both rewrite and redirect")),
        rejects(
            "directResponse and redirect",
            withHttp(
                """
                - redirect: {uri: /new}
                  directResponse: {status: 200}
                """),
            denied(
                "spec.http[0]",
                "HTTP route rule cannot contain both direct_response and redirect")),
        rejects(
            "route and directResponse",
            route("directResponse: {status: 200}"),
            denied("spec.http[0]", "HTTP route cannot contain both route and direct_response")),
        rejects(
            "fault and directResponse",
            withHttp(
                """
                - directResponse: {status: 200}
                  fault: {delay: {fixedDelay: 1s}}
                """),
            denied("spec.http[0]", "HTTP route cannot contain both fault and direct_response")),
        rejects(
            "rewrite and directResponse",
            withHttp(
                """
                - directResponse: {status: 200}
                  rewrite: {uri: /other}
                """),
            denied(
                "spec.http[0]", "HTTP route rule cannot contain both rewrite and direct_response")),
        rejects(
            "mirror and mirrors",
            route(
                """
                mirror: {host: m1.example.com}
                mirrors:
                - destination: {host: m2.example.com}
                """),
            denied("spec.http[0]", "HTTP route cannot contain both mirror and mirrors")),
        admits("route only", route("")),
        admits("redirect only", withHttp("- redirect: {uri: /new}\n")),
        admits("directResponse only", withHttp("- directResponse: {status: 404}\n")),
        admits(
            "route with fault, rewrite, mirror",
            route(
                """
                fault: {abort: {httpStatus: 503, percentage: {value: 10}}}
                rewrite: {uri: /v2}
                mirror: {host: mirror.example.com}
                mirrorPercentage: {value: 12.5}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void matches(Case c) {
    check(c);
  }

  static Stream<Case> matches() {
    return Stream.of(
        rejects(
            "header name with a space",
            match("headers:\n  \"x user\": {exact: a}"),
            denied(
                "spec.http[0].match[0].headers[\"x user\"]",
                "header name x user is not a valid header name")),
        rejects(
            "empty header name",
            match("headers:\n  \"\": {exact: a}"),
            denied("spec.http[0].match[0].headers[\"\"]", "header name cannot be empty")),
        rejects(
            "unknown pseudo header",
            match("headers:\n  \":foo\": {exact: a}"),
            denied(
                "spec.http[0].match[0].headers.:foo",
                "header name :foo is not a valid header name")),
        rejects(
            "@request.auth.claims without a claim is just an invalid header name",
            withAdmittedJwt("headers:\n  \"@request.auth.claims\": {exact: a}"),
            denied(
                "spec.http[0].match[0].headers[\"@request.auth.claims\"]",
                "header name @request.auth.claims is not a valid header name")),
        admits(
            "pseudo header, token characters (a comma too, as Istio's character range lets it in)",
            match(
                "headers:\n  \":authority\": {exact: a}\n  \"x-a_b.c!#$%&'*+^`|~\": {exact: a}\n  \"a,b\": {exact: a}")),
        rejects(
            "withoutHeaders key with a slash",
            match("withoutHeaders:\n  \"x/y\": {exact: a}"),
            denied(
                "spec.http[0].match[0].withoutHeaders.x/y",
                "header name x/y is not a valid header name")),
        rejects(
            "port out of range",
            match("port: 70000"),
            denied(
                "spec.http[0].match[0].port", "port number 70000 must be in the range 1..65535")),
        admits("port", match("port: 8080")),
        rejects(
            "sourceLabels key and value",
            match("sourceLabels:\n  \"bad key\": ok\n  app: \"bad value\""),
            denied("spec.http[0].match[0].sourceLabels", "invalid tag key: \"bad key\""),
            denied("spec.http[0].match[0].sourceLabels", "invalid tag value: \"bad value\"")),
        rejects(
            "sourceLabels key with an overlong name",
            match("sourceLabels:\n  " + "a".repeat(64) + ": x"),
            denied(
                "spec.http[0].match[0].sourceLabels",
                "invalid tag key: \"" + "a".repeat(64) + "\" (name is too long)")),
        admits(
            "sourceLabels with a prefixed key and an empty value",
            match("sourceLabels:\n  app.kubernetes.io/name: reviews\n  version: \"\"")),
        rejects(
            "match gateway with an invalid name",
            match("gateways: [istio-system/Bad_gw]"),
            denied(
                "spec.http[0].match[0].gateways[0]", "invalid value for gateway name: \"Bad_gw\"")),
        admits(
            "match gateway in the legacy form: Istio drops that warning here",
            match("gateways: [ingress.istio-system]")),
        rejects(
            "sourceNamespace that is not a DNS label",
            match("sourceNamespace: Bad_NS"),
            denied(
                "spec.http[0].match[0].sourceNamespace",
                "sourceNamespace match Bad_NS is invalid")),
        admits("sourceNamespace", match("sourceNamespace: frontend")));
  }

  /** A match on a gateway-only VirtualService, so that JWT claim keys are allowed. */
  private static String withAdmittedJwt(String fields) {
    return AdmissionFixtures.withSpec(
        """
        hosts: ["*"]
        gateways: [istio-system/ingress]
        http:
        - match:
          - %s
          route:
          - destination: {host: reviews}
        """
            .formatted(AdmissionFixtures.indent(fields, 4).substring(4)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void stringMatches(Case c) {
    check(c);
  }

  static Stream<Case> stringMatches() {
    return Stream.of(
        rejects(
            "empty prefix in a header",
            match("headers:\n  x-user: {prefix: \"\"}"),
            denied(
                "spec.http[0].match[0].headers.x-user",
                "\"headers\": prefix string match should not be empty")),
        rejects(
            "empty regex in a header",
            match("headers:\n  x-user: {regex: \"\"}"),
            denied(
                "spec.http[0].match[0].headers.x-user",
                "\"headers\": regex string match should not be empty")),
        rejects(
            "empty prefix in withoutHeaders",
            match("withoutHeaders:\n  x-user: {prefix: \"\"}"),
            denied(
                "spec.http[0].match[0].withoutHeaders.x-user",
                "\"withoutHeaders\": prefix string match should not be empty")),
        rejects(
            "empty prefix in scheme",
            match("scheme: {prefix: \"\"}"),
            denied(
                "spec.http[0].match[0].scheme",
                "\"scheme\": prefix string match should not be empty")),
        rejects(
            "empty regex in method",
            match("method: {regex: \"\"}"),
            denied(
                "spec.http[0].match[0].method",
                "\"method\": regex string match should not be empty")),
        rejects(
            "empty prefix in authority",
            match("authority: {prefix: \"\"}"),
            denied(
                "spec.http[0].match[0].authority",
                "\"authority\": prefix string match should not be empty")),
        rejects(
            "empty prefix in a query parameter",
            match("queryParams:\n  q: {prefix: \"\"}"),
            denied(
                "spec.http[0].match[0].queryParams.q",
                "\"queryParams\": prefix string match should not be empty")),
        rejects(
            "empty regex in uri",
            match("uri: {regex: \"\"}"),
            denied("spec.http[0].match[0].uri", "\"uri\": regex string match should not be empty")),
        admits(
            "empty prefix in uri, {} in headers",
            match("uri: {prefix: \"\"}\nheaders:\n  x-user: {}")),
        rejects(
            "RE2 rejects the uri regex (unexpected paren)",
            match("uri: {regex: \"a)b\"}"),
            denied(
                "VS008",
                "spec.http[0].match[0].uri",
                "\"uri\": error parsing regexp: unexpected ): `a)b`" + RE2)),
        rejects(
            "RE2 rejects a header regex",
            match("headers:\n  x-user: {regex: \"(abc\"}"),
            denied(
                "VS008",
                "spec.http[0].match[0].headers.x-user",
                "\"headers\": error parsing regexp: missing closing ): `(abc`" + RE2)),
        rejects(
            "RE2 rejects a query parameter regex",
            match("queryParams:\n  q: {regex: \"[a\"}"),
            denied(
                "VS008",
                "spec.http[0].match[0].queryParams.q",
                "\"queryParams\": error parsing regexp: missing closing ]: `[a`" + RE2)),
        rejects(
            "RE2 rejects a withoutHeaders regex",
            match("withoutHeaders:\n  x-user: {regex: \"a{2,1}\"}"),
            denied(
                "VS008",
                "spec.http[0].match[0].withoutHeaders.x-user",
                "\"withoutHeaders\": error parsing regexp: invalid repeat count: `{2,1}`" + RE2)),
        rejects(
            "RE2 rejects an authority regex",
            match("authority: {regex: \"a**\"}"),
            denied(
                "VS008",
                "spec.http[0].match[0].authority",
                "\"authority\": error parsing regexp: invalid nested repetition operator: `**`"
                    + RE2)),
        rejects(
            "RE2 rejects a scheme regex (Perl lookahead)",
            match("scheme: {regex: \"(?=http)\"}"),
            denied(
                "VS008",
                "spec.http[0].match[0].scheme",
                "\"scheme\": error parsing regexp: invalid or unsupported Perl syntax: `(?=`"
                    + RE2)),
        rejects(
            "RE2 rejects a method regex (back reference)",
            match("method: {regex: \"(GET)\\\\1\"}"),
            denied(
                "VS008",
                "spec.http[0].match[0].method",
                "\"method\": error parsing regexp: invalid escape sequence: `\\1`" + RE2)),
        rejects(
            "regex longer than 1024 bytes",
            match("uri: {regex: \"" + "a".repeat(1025) + "\"}"),
            denied(
                "spec.http[0].match[0].uri",
                "\"uri\": regex is too large, max length allowed is 1024")),
        admits(
            "* in withoutHeaders is not a regex (header present)",
            match("withoutHeaders:\n  x-user: {regex: \"*\"}")),
        admits(
            "valid RE2 everywhere",
            match(
                """
            uri: {regex: "/reviews/[0-9]+(/.*)?"}
            scheme: {regex: "https?"}
            method: {regex: "GET|HEAD"}
            authority: {regex: "(?i)[a-z]+\\\\.example\\\\.com"}
            headers:
              x-user: {regex: "^(?P<name>[a-z]+)$"}
            queryParams:
              q: {regex: "\\\\d{1,3}"}
            withoutHeaders:
              x-debug: {regex: "1|true"}""")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void headerOperations(Case c) {
    check(c);
  }

  static Stream<Case> headerOperations() {
    return Stream.of(
        rejects(
            "request set of a pseudo header",
            route("headers:\n  request:\n    set: {\":path\": /x}"),
            denied(
                "spec.http[0].headers.request.set.:path",
                "invalid header \":path\": header cannot have \":\" prefix")),
        rejects(
            "request remove of Host",
            route("headers:\n  request:\n    remove: [Host]"),
            denied(
                "spec.http[0].headers.request.remove[0]",
                "invalid header \"Host\": cannot set Host header")),
        rejects(
            "response set of a pseudo header",
            route("headers:\n  response:\n    set: {\":status\": \"200\"}"),
            denied(
                "spec.http[0].headers.response.set.:status",
                "invalid header \":status\": header cannot have \":\" prefix")),
        rejects(
            "response add of host",
            route("headers:\n  response:\n    add: {host: x}"),
            denied(
                "spec.http[0].headers.response.add.host",
                "invalid header \"host\": cannot set Host header")),
        rejects(
            "empty header name",
            route("headers:\n  request:\n    add: {\"\": x}"),
            denied("spec.http[0].headers.request.add[\"\"]", "header name cannot be empty")),
        rejects(
            "control character in a value",
            route("headers:\n  request:\n    set: {x-a: \"a\\u0001b\"}"),
            denied(
                "spec.http[0].headers.request.set.x-a",
                "header value configuration a\u0001b is invalid")),
        rejects(
            "lone % in a value",
            route("headers:\n  response:\n    set: {x-a: \"100%\"}"),
            denied(
                "spec.http[0].headers.response.set.x-a",
                "header value configuration: invalid header configuration. Un-escaped %")),
        rejects(
            "unterminated %VARIABLE",
            route("headers:\n  request:\n    add: {x-a: \"%START_TIME\"}"),
            denied(
                "spec.http[0].headers.request.add.x-a",
                "header value configuration: invalid header configuration. Un-terminated variable expression '%START_TIME'")),
        rejects(
            "bad argument list",
            route("headers:\n  request:\n    add: {x-a: '%DYNAMIC_METADATA([\"a\" x])%'}"),
            denied(
                "spec.http[0].headers.request.add.x-a",
                "header value configuration: invalid header configuration. Expecting ',', ']', or whitespace")),
        rejects(
            "on a destination",
            withHttp(
                """
                - route:
                  - destination: {host: reviews}
                    headers:
                      request:
                        set: {":method": POST}
                """),
            denied(
                "spec.http[0].route[0].headers.request.set.:method",
                "invalid header \":method\": header cannot have \":\" prefix")),
        rejects(
            "authority rewritten twice",
            route(
                """
                rewrite: {authority: a.example.com}
                headers:
                  request:
                    set: {":authority": b.example.com}
                """),
            denied(
                "spec.http[0].headers.request.set.:authority",
                "authority header cannot be set multiple times: have \"a.example.com\", attempting to set \"b.example.com\"")),
        rejects(
            "authority set and added",
            route(
                """
                headers:
                  request:
                    set: {host: a.example.com}
                    add: {":authority": b.example.com}
                """),
            denied(
                "spec.http[0].headers.request.add.:authority",
                "authority header cannot be set multiple times: have \"a.example.com\", attempting to set \"b.example.com\"")),
        admits(
            "request set of the authority, Envoy variables, escaped %, tab",
            route(
                """
                headers:
                  request:
                    set: {host: a.example.com, x-a: "%REQ(x-b)%", x-c: "100%%", x-d: "a\\tb"}
                    add: {x-e: '%DYNAMIC_METADATA(["a", "b"])%'}
                    remove: [x-f]
                  response:
                    set: {x-g: v}
                    remove: [x-h]
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void cors(Case c) {
    check(c);
  }

  static Stream<Case> cors() {
    return Stream.of(
        rejects(
            "empty exact origin",
            route("corsPolicy:\n  allowOrigins: [{exact: \"\"}]"),
            denied(
                "spec.http[0].corsPolicy.allowOrigins[0]",
                "'' is not a valid match type for CORS allow origins")),
        rejects(
            "{} origin",
            route("corsPolicy:\n  allowOrigins: [{}]"),
            denied(
                "spec.http[0].corsPolicy.allowOrigins[0]",
                "'' is not a valid match type for CORS allow origins")),
        rejects(
            "origin regex RE2 rejects",
            route("corsPolicy:\n  allowOrigins: [{regex: \"https://(a\"}]"),
            denied(
                "VS008",
                "spec.http[0].corsPolicy.allowOrigins[0]",
                "\"corsPolicy.allowOrigins\": error parsing regexp: missing closing ): `https://(a`"
                    + RE2)),
        rejects(
            "unknown method",
            route("corsPolicy:\n  allowMethods: [GET, FETCH]"),
            denied(
                "spec.http[0].corsPolicy.allowMethods[1]",
                "\"FETCH\" is not a supported HTTP method")),
        rejects(
            "bad allowed and exposed header names",
            route("corsPolicy:\n  allowHeaders: [\"x y\"]\n  exposeHeaders: [\"\"]"),
            denied(
                "spec.http[0].corsPolicy.allowHeaders[0]",
                "header name x y is not a valid header name"),
            denied("spec.http[0].corsPolicy.exposeHeaders[0]", "header name cannot be empty")),
        rejects(
            "maxAge below a second's precision",
            route("corsPolicy:\n  maxAge: 1.5s"),
            denied(
                "spec.http[0].corsPolicy.maxAge",
                "max_age duration is accurate only to seconds precision")),
        rejects(
            "maxAge below 1ms",
            route("corsPolicy:\n  maxAge: 0s"),
            denied("spec.http[0].corsPolicy.maxAge", "duration must be greater than 1ms")),
        admits(
            "a full policy",
            route(
                """
                corsPolicy:
                  allowOrigins: [{exact: "https://a.example.com"}, {prefix: "https://b."}, {regex: "https://.*\\\\.c\\\\.com"}]
                  allowMethods: [GET, POST, "*"]
                  allowHeaders: ["*", x-custom]
                  exposeHeaders: [x-trace]
                  maxAge: 24h
                  allowCredentials: true
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void fault(Case c) {
    check(c);
  }

  static Stream<Case> fault() {
    return Stream.of(
        rejects(
            "neither abort nor delay",
            route("fault: {}"),
            denied("spec.http[0].fault", "HTTP fault injection must have an abort and/or a delay")),
        rejects(
            "HTTP status out of range",
            route("fault: {abort: {httpStatus: 700}}"),
            denied(
                "spec.http[0].fault.abort.httpStatus", "HTTP status 700 is not in range 200-599")),
        rejects(
            "unknown gRPC status",
            route("fault: {abort: {grpcStatus: NOPE}}"),
            denied(
                "spec.http[0].fault.abort.grpcStatus",
                "gRPC status \"NOPE\" is not supported. See "
                    + "https://github.com/grpc/grpc/blob/master/doc/statuscodes.md for a list of supported codes, for example 'NOT_FOUND'")),
        rejects(
            "HTTP/2 error",
            route("fault: {abort: {http2Error: CANCEL}}"),
            denied(
                "spec.http[0].fault.abort.http2Error",
                "HTTP/2 abort fault injection not supported yet")),
        rejects(
            "percentage above 100",
            route("fault: {abort: {httpStatus: 503, percentage: {value: 150}}}"),
            denied(
                "spec.http[0].fault.abort.percentage",
                "percentage 150 is neither 0.0, nor in range [0.0001, 100.0]")),
        rejects(
            "percentage below 0.0001",
            route("fault: {abort: {httpStatus: 503, percentage: {value: 0.00001}}}"),
            denied(
                "spec.http[0].fault.abort.percentage",
                "percentage 1e-05 is neither 0.0, nor in range [0.0001, 100.0]")),
        rejects(
            "delay percentage",
            route("fault: {delay: {fixedDelay: 5s, percentage: {value: 100.5}}}"),
            denied(
                "spec.http[0].fault.delay.percentage",
                "percentage 100.5 is neither 0.0, nor in range [0.0001, 100.0]")),
        rejects(
            "fixedDelay below 1ms",
            route("fault: {delay: {fixedDelay: 0.5ms}}"),
            denied("spec.http[0].fault.delay.fixedDelay", "duration must be greater than 1ms")),
        rejects(
            "fixedDelay below ms precision",
            route("fault: {delay: {fixedDelay: 1.5ms}}"),
            denied(
                "spec.http[0].fault.delay.fixedDelay",
                "only durations to ms precision are supported")),
        rejects(
            "fixedDelay with an unknown unit",
            route("fault: {delay: {fixedDelay: 5d}}"),
            denied(
                "spec.http[0].fault.delay.fixedDelay",
                "bad Duration: time: unknown unit \"d\" in duration \"5d\"")),
        rejects(
            "exponentialDelay",
            route("fault: {delay: {exponentialDelay: 1s}}"),
            denied(
                "spec.http[0].fault.delay.exponentialDelay", "exponentialDelay not supported yet")),
        admits(
            "HTTP status 600 (Istio's range check lets it through)",
            route("fault: {abort: {httpStatus: 600}}")),
        admits(
            "abort without an error type (Istio drops the warning it makes)",
            route("fault: {abort: {percentage: {value: 10}}}")),
        admits(
            "abort and delay",
            route(
                """
                fault:
                  abort: {grpcStatus: UNAVAILABLE, percentage: {value: 0.0001}}
                  delay: {fixedDelay: 1h30m, percentage: {value: 0}}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void mirrors(Case c) {
    check(c);
  }

  static Stream<Case> mirrors() {
    return Stream.of(
        rejects(
            "mirror to *",
            route("mirror: {host: \"*\"}"),
            denied("spec.http[0].mirror.host", "invalid destination host *")),
        rejects(
            "mirrorPercentage above 100",
            route("mirror: {host: m.example.com}\nmirrorPercentage: {value: 101}"),
            denied(
                "spec.http[0].mirrorPercentage",
                "mirror_percentage must have a max value of 100 (it has 101.000000)")),
        rejects(
            "mirrorPercentage below 0",
            route("mirror: {host: m.example.com}\nmirrorPercentage: {value: -0.5}"),
            denied(
                "spec.http[0].mirrorPercentage",
                "mirror_percentage must have a min value of 0 (it has -0.500000)")),
        rejects(
            "mirrorPercent above 100, and deprecated",
            route("mirror: {host: m.example.com}\nmirrorPercent: 150"),
            denied(
                "spec.http[0].mirrorPercent",
                "mirror_percent must have a max value of 100 (it has 150)"),
            warning(
                "spec.http[0].mirrorPercent",
                "using deprecated setting \"mirrorPercent\", use \"mirrorPercentage\" instead")),
        rejects(
            "mirrorPercent is admitted with a warning",
            route("mirror: {host: m.example.com}\nmirrorPercent: 50"),
            warning(
                "spec.http[0].mirrorPercent",
                "using deprecated setting \"mirrorPercent\", use \"mirrorPercentage\" instead")),
        rejects(
            "mirrors entry without destination",
            route("mirrors:\n- percentage: {value: 5}"),
            denied("spec.http[0].mirrors[0]", "destination is required for mirrors")),
        rejects(
            "mirrors percentage above 100",
            route("mirrors:\n- destination: {host: m.example.com}\n  percentage: {value: 120.5}"),
            denied(
                "spec.http[0].mirrors[0].percentage",
                "mirror percentage must have a max value of 100 (it has 120.500000)")),
        rejects(
            "mirrors percentage below 0",
            route("mirrors:\n- destination: {host: m.example.com}\n  percentage: {value: -1}"),
            denied(
                "spec.http[0].mirrors[0].percentage",
                "mirror percentage must have a min value of 0 (it has -1.000000)")),
        rejects(
            "mirrors destination with a bad host",
            route("mirrors:\n- destination: {host: bad_host.example.com}"),
            denied(
                "spec.http[0].mirrors[0].destination.host",
                "domain name \"bad_host.example.com\" invalid (label \"bad_host\" invalid)")),
        admits(
            "mirror and mirrors",
            route(
                """
                mirrors:
                - destination: {host: m1.example.com, subset: v2}
                  percentage: {value: 100}
                - destination: {host: m2.example.com, port: {number: 8080}}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void redirect(Case c) {
    check(c);
  }

  private static String redirect(String fields) {
    return withHttp("- redirect: " + fields + "\n");
  }

  static Stream<Case> redirect() {
    return Stream.of(
        rejects(
            "empty redirect",
            redirect("{}"),
            denied(
                "spec.http[0].redirect", "redirect must specify URI, authority, scheme, or port")),
        rejects(
            "redirect code that is not 3xx",
            redirect("{uri: /new, redirectCode: 200}"),
            denied(
                "spec.http[0].redirect.redirectCode",
                "200 is not a valid redirect code, must be 3xx")),
        rejects(
            "only the first problem is reported",
            redirect("{uri: /new, redirectCode: 200, scheme: ftp}"),
            denied(
                "spec.http[0].redirect.redirectCode",
                "200 is not a valid redirect code, must be 3xx")),
        rejects(
            "scheme other than http and https",
            redirect("{scheme: ftp}"),
            denied(
                "spec.http[0].redirect.scheme",
                "invalid redirect scheme, must be \"http\" or \"https\"")),
        rejects(
            "port out of range",
            redirect("{port: 70000}"),
            denied(
                "spec.http[0].redirect.port", "port number 70000 must be in the range 1..65535")),
        admits("derivePort alone counts as a port", redirect("{derivePort: FROM_REQUEST_PORT}")),
        admits(
            "port 0 alone also counts as a port, and is not range-checked", redirect("{port: 0}")),
        admits(
            "a full redirect",
            redirect(
                "{uri: /new, authority: b.example.com, scheme: https, port: 8443, redirectCode: 308}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void directResponse(Case c) {
    check(c);
  }

  private static String directResponse(String fields) {
    return withHttp("- directResponse: " + fields + "\n");
  }

  static Stream<Case> directResponse() {
    return Stream.of(
        rejects(
            "status below 200",
            directResponse("{status: 100}"),
            denied(
                "spec.http[0].directResponse.status", "HTTP status 100 is not in range 200-599")),
        rejects(
            "no status",
            directResponse("{body: {string: hi}}"),
            denied("spec.http[0].directResponse.status", "HTTP status 0 is not in range 200-599")),
        admits(
            "status and body",
            directResponse("{status: 503, body: {string: \"down for maintenance\"}}")));
  }

  /**
   * A route answering directly with the given body (built in code: the YAML reader caps strings at
   * 1 MiB).
   */
  private static List<AdmissionMessage> withBody(HTTPBody body) {
    VirtualService vs = AdmissionFixtures.vs(directResponse("{status: 200}"));
    HTTPRoute route =
        vs.spec().http().get(0).withDirectResponse(new HTTPDirectResponse(200, body, Map.of()));
    return Admission.validate(vs.withHttp(List.of(route)));
  }

  @Test
  void directResponseBodyOver1MbIsRefused() {
    String overOneMb = "x".repeat(1024 * 1024 + 1);
    assertThat(withBody(new HTTPBody(overOneMb, null, Map.of())))
        .containsExactly(
            denied(
                "spec.http[0].directResponse.body",
                "large direct_responses may impact control plane performance, must be less than 1MB"));
    String base64 = Base64.getEncoder().encodeToString(overOneMb.getBytes(StandardCharsets.UTF_8));
    assertThat(withBody(new HTTPBody(null, base64, Map.of())))
        .containsExactly(
            denied(
                "spec.http[0].directResponse.body",
                "large direct_responses may impact control plane performance, must be less than 1MB"));
  }

  @Test
  void directResponseBodyOver100KbDrawsAWarning() {
    assertThat(withBody(new HTTPBody("x".repeat(100 * 1024 + 1), null, Map.of())))
        .containsExactly(
            warning(
                "spec.http[0].directResponse.body",
                "large direct_responses may impact control plane performance"));
    assertThat(withBody(new HTTPBody("x".repeat(100 * 1024), null, Map.of()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void retries(Case c) {
    check(c);
  }

  static Stream<Case> retries() {
    return Stream.of(
        rejects(
            "negative attempts",
            route("retries: {attempts: -1}"),
            denied("spec.http[0].retries.attempts", "attempts cannot be negative")),
        rejects(
            "a policy without attempts",
            route("retries: {retryOn: 5xx}"),
            denied(
                "spec.http[0].retries",
                "http retry policy configured when attempts are set to 0 (disabled)")),
        rejects(
            "perTryTimeout below 1ms",
            route("retries: {attempts: 3, perTryTimeout: 0s}"),
            denied("spec.http[0].retries.perTryTimeout", "duration must be greater than 1ms")),
        rejects(
            "unknown retryOn policies, and an empty one",
            route("retries: {attempts: 3, retryOn: \"5xx,bogus,503,\"}"),
            denied("spec.http[0].retries.retryOn", "\"bogus\" is not a valid retryOn policy"),
            denied("spec.http[0].retries.retryOn", "\"\" is not a valid retryOn policy")),
        rejects(
            "a status code Go does not know",
            route("retries: {attempts: 3, retryOn: \"599\"}"),
            denied("spec.http[0].retries.retryOn", "\"599\" is not a valid retryOn policy")),
        rejects(
            "backoff below 1ms",
            route("retries: {attempts: 3, backoff: 0.1ms}"),
            denied("spec.http[0].retries.backoff", "duration must be greater than 1ms")),
        admits("attempts 0 and nothing else disables retries", route("retries: {attempts: 0}")),
        admits(
            "a full policy",
            route(
                "retries: {attempts: 3, perTryTimeout: 2s, retryOn: \"gateway-error,connect-failure,refused-stream,404,+503\", "
                    + "retryRemoteLocalities: true}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void rewrite(Case c) {
    check(c);
  }

  static Stream<Case> rewrite() {
    return Stream.of(
        rejects(
            "uri and uriRegexRewrite",
            route("rewrite: {uri: /a, uriRegexRewrite: {match: ^/b, rewrite: /c}}"),
            denied(
                "spec.http[0].rewrite", "rewrite may only contain one of URI or UriRegexRewrite")),
        rejects(
            "empty rewrite",
            route("rewrite: {}"),
            denied(
                "spec.http[0].rewrite",
                "rewrite must specify at least one of URI, UriRegexRewrite, or authority. "
                    + "Only one of URI or UriRegexRewrite may be specified")),
        rejects(
            "uriRegexRewrite without rewrite",
            route("rewrite: {uriRegexRewrite: {match: ^/b}}"),
            denied(
                "spec.http[0].rewrite.uriRegexRewrite",
                "UriRegexRewrite has errors\nUriRegexRewrite requires both Rewrite and Match fields to be specified")),
        rejects(
            "uriRegexRewrite match RE2 rejects",
            route("rewrite: {uriRegexRewrite: {match: \"^/(a\", rewrite: /c}}"),
            denied(
                "VS008",
                "spec.http[0].rewrite.uriRegexRewrite.match",
                "UriRegexRewrite has errors\n\"HTTPRewrite.UriRegexRewrite.Match\": error parsing regexp: missing closing ): `^/(a`"
                    + RE2)),
        admits("authority only", route("rewrite: {authority: b.example.com}")),
        admits(
            "uriRegexRewrite",
            route(
                "rewrite: {uriRegexRewrite: {match: \"^/service/([^/]+)(/.*)$\", rewrite: \"\\\\2/instance/\\\\1\"}}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void destinations(Case c) {
    check(c);
  }

  private static String destinations(String route) {
    return withHttp("- route:\n" + AdmissionFixtures.indent(route, 2));
  }

  static Stream<Case> destinations() {
    return Stream.of(
        rejects(
            "no destination",
            destinations("- weight: 100"),
            denied("spec.http[0].route[0]", "destination is required")),
        rejects(
            "empty host",
            destinations("- destination: {host: \"\"}"),
            denied("spec.http[0].route[0].destination.host", "empty domain name not allowed")),
        rejects(
            "host *",
            destinations("- destination: {host: \"*\"}"),
            denied("spec.http[0].route[0].destination.host", "invalid destination host *")),
        rejects(
            "host with an invalid label",
            destinations("- destination: {host: reviews.bad_ns.svc.cluster.local}"),
            denied(
                "spec.http[0].route[0].destination.host",
                "domain name \"bad_ns.svc.cluster.local\" invalid (label \"bad_ns\" invalid)")),
        rejects(
            "subset that is not a DNS label",
            destinations("- destination: {host: reviews, subset: v1_x}"),
            denied("spec.http[0].route[0].destination.subset", "subset name is invalid: v1_x")),
        rejects(
            "port without number",
            destinations("- destination: {host: reviews, port: {}}"),
            denied(
                "spec.http[0].route[0].destination.port.number",
                "port number 0 must be in the range 1..65535")),
        rejects(
            "negative weight, and a total of 0",
            destinations(
                """
                - destination: {host: reviews, subset: v1}
                  weight: -5
                - destination: {host: reviews, subset: v2}
                  weight: 5
                """),
            denied("spec.http[0].route[0].weight", "weight -5 < 0"),
            denied("spec.http[0].route", "total destination weight = 0")),
        rejects(
            "several destinations without weights",
            destinations(
                """
                - destination: {host: reviews, subset: v1}
                - destination: {host: reviews, subset: v2}
                """),
            denied("spec.http[0].route", "total destination weight = 0")),
        admits(
            "weights 100 and 0, short and wildcard hosts",
            destinations(
                """
                - destination: {host: reviews, subset: v1, port: {number: 9080}}
                  weight: 100
                - destination: {host: "*.example.com"}
                  weight: 0
                """)),
        admits(
            "weights need not add up to 100",
            destinations(
                """
                - destination: {host: reviews, subset: v1}
                  weight: 60
                - destination: {host: reviews, subset: v2}
                  weight: 50
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void timeouts(Case c) {
    check(c);
  }

  static Stream<Case> timeouts() {
    return Stream.of(
        rejects(
            "zero",
            route("timeout: 0s"),
            denied("spec.http[0].timeout", "duration must be greater than 1ms")),
        rejects(
            "negative",
            route("timeout: -1s"),
            denied("spec.http[0].timeout", "duration must be greater than 1ms")),
        rejects(
            "below ms precision",
            route("timeout: 1.0005s"),
            denied("spec.http[0].timeout", "only durations to ms precision are supported")),
        rejects(
            "not a duration",
            route("timeout: soon"),
            denied("spec.http[0].timeout", "bad Duration: time: invalid duration \"soon\"")),
        rejects(
            "no unit",
            route("timeout: \"10\""),
            denied("spec.http[0].timeout", "bad Duration: time: missing unit in duration \"10\"")),
        admits("seconds", route("timeout: 10s")),
        admits("Go duration syntax", route("timeout: 1m30.5s")),
        admits("milliseconds", route("timeout: 250ms")));
  }
}
