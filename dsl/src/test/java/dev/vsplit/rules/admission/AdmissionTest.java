package dev.vsplit.rules.admission;

import static dev.vsplit.rules.admission.AdmissionFixtures.admits;
import static dev.vsplit.rules.admission.AdmissionFixtures.delegateWithHttp;
import static dev.vsplit.rules.admission.AdmissionFixtures.denied;
import static dev.vsplit.rules.admission.AdmissionFixtures.rejects;
import static dev.vsplit.rules.admission.AdmissionFixtures.validate;
import static dev.vsplit.rules.admission.AdmissionFixtures.warning;
import static dev.vsplit.rules.admission.AdmissionFixtures.withHttp;
import static dev.vsplit.rules.admission.AdmissionFixtures.withSpec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.rules.admission.AdmissionFixtures.Case;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The admission webhook's answer for the delegation cases of {@code istio/delegation.md} section
 * (d) and for the top-level fields of a VirtualService (hosts, gateways, exportTo, annotations).
 */
class AdmissionTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void delegation(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  static Stream<Case> delegation() {
    return Stream.of(
        rejects(
            "delegate VirtualService with gateways",
            withSpec(
                """
                gateways: [istio-system/ingress]
                http:
                - route:
                  - destination: {host: reviews.ns.svc.cluster.local}
                """),
            denied(
                "VS107",
                "spec.gateways",
                "delegate virtual service must have no gateways specified")),
        rejects(
            "delegate VirtualService with tcp routes",
            withSpec(
                """
                tcp:
                - route:
                  - destination: {host: db.ns.svc.cluster.local}
                """),
            denied(
                "VS107", "spec.tcp", "delegate virtual service must have no tcp route specified")),
        rejects(
            "delegate VirtualService with tls routes (whose SNI hosts fit no host, as it has none)",
            withSpec(
                """
                tls:
                - match:
                  - sniHosts: [a.example.com]
                  route:
                  - destination: {host: a.example.com}
                """),
            denied(
                "VS107", "spec.tls", "delegate virtual service must have no tls route specified"),
            denied(
                "spec.tls[0].match[0].sniHosts[0]",
                "SNI host \"a.example.com\" is not a compatible subset of any of the virtual service hosts: []")),
        rejects(
            "delegate route that delegates again (chaining)",
            delegateWithHttp(
                """
                - match:
                  - uri: {prefix: /reviews}
                  delegate: {name: reviews-v2, namespace: ns}
                """),
            denied("VS101", "spec.http[0].delegate", "delegate HTTP route cannot contain delegate"),
            denied("spec.http[0]", "HTTP route, redirect or direct_response is required")),
        rejects(
            "delegate route that delegates and also routes",
            delegateWithHttp(
                """
                - delegate: {name: other}
                  route:
                  - destination: {host: reviews}
                """),
            denied(
                "VS101", "spec.http[0].delegate", "delegate HTTP route cannot contain delegate")),
        rejects(
            "root route with redirect: an unnamed route prints two spaces",
            withHttp(
                """
                - match:
                  - uri: {prefix: /old}
                  delegate: {name: old, namespace: ns}
                  redirect: {uri: /new}
                """),
            denied("VS103", "spec.http[0].redirect", "root HTTP route  must not specify redirect")),
        rejects(
            "root route with route (conformance vector 22)",
            """
                apiVersion: networking.istio.io/v1beta1
                kind: VirtualService
                metadata:
                  name: bookinfo
                  namespace: default
                spec:
                  hosts:
                    - bookinfo.example.com
                  http:
                    - name: pp
                      match:
                        - uri:
                            prefix: /productpage
                      delegate:
                        name: productpage
                        namespace: default
                      route:
                        - destination:
                            host: productpage.default.svc.cluster.local
                """,
            denied("VS103", "spec.http[0].route", "root HTTP route pp must not specify route")),
        rejects(
            "root route with redirect and route",
            withHttp(
                """
                - name: both
                  delegate: {name: d}
                  redirect: {uri: /new}
                  route:
                  - destination: {host: reviews}
                """),
            denied(
                "VS103", "spec.http[0].redirect", "root HTTP route both must not specify redirect"),
            denied("VS103", "spec.http[0].route", "root HTTP route both must not specify route")),
        rejects(
            "route with no route, redirect or directResponse",
            withHttp(
                """
                - headers:
                    request:
                      set: {port: "8080"}
                """),
            denied("spec.http[0]", "HTTP route, redirect or direct_response is required")),
        rejects(
            "delegate route with no route, redirect or directResponse",
            delegateWithHttp(
                """
                - match:
                  - uri: {prefix: /a}
                """),
            denied("spec.http[0]", "HTTP route, redirect or direct_response is required")),
        rejects(
            "VirtualService with no http, tcp or tls",
            withSpec(
                """
                hosts: [a.example.com]
                """),
            denied("spec", "http, tcp or tls must be provided in virtual service")),
        rejects(
            "delegate with only exportTo",
            withSpec(
                """
                exportTo: ["*"]
                """),
            denied("spec", "http, tcp or tls must be provided in virtual service")),
        rejects(
            "JWT claim match in a mesh VirtualService",
            withHttp(
                """
                - match:
                  - headers:
                      "@request.auth.claims.group": {exact: admins}
                  route:
                  - destination: {host: reviews}
                """),
            denied(
                "VS109",
                "spec.http[0].match[0].headers[\"@request.auth.claims.group\"]",
                "JWT claim based routing (key: @request.auth.claims.group) is only supported for gateway, found no gateways: []")),
        rejects(
            "JWT claim match in a delegate: it has no gateways, so it counts as mesh-bound",
            delegateWithHttp(
                """
                - match:
                  - headers:
                      "@request.auth.claims[group]": {exact: admins}
                  route:
                  - destination: {host: reviews}
                """),
            denied(
                "VS109",
                "spec.http[0].match[0].headers[\"@request.auth.claims[group]\"]",
                "JWT claim based routing (key: @request.auth.claims[group]) is only supported for gateway, found no gateways: []")),
        rejects(
            "JWT claim in withoutHeaders of a VirtualService bound to mesh and a gateway",
            withSpec(
                """
                hosts: [a.example.com]
                gateways: [mesh, istio-system/ingress]
                http:
                - match:
                  - withoutHeaders:
                      "@request.auth.claims.sub": {exact: bob}
                  route:
                  - destination: {host: reviews}
                """),
            denied(
                "VS109",
                "spec.http[0].match[0].withoutHeaders[\"@request.auth.claims.sub\"]",
                "JWT claim based routing (key: @request.auth.claims.sub) is only supported for gateway, found no gateways: [mesh istio-system/ingress]")),
        admits(
            "JWT claim match in a VirtualService bound to a gateway only",
            withSpec(
                """
                hosts: ["*"]
                gateways: [httpbin-gateway]
                http:
                - match:
                  - uri: {prefix: /headers}
                    headers:
                      "@request.auth.claims.groups": {exact: group1}
                  route:
                  - destination: {host: httpbin, port: {number: 8000}}
                """)),
        rejects(
            "exportTo ~",
            withSpec(
                """
                hosts: [a.example.com]
                exportTo: ["~"]
                http:
                - route:
                  - destination: {host: reviews}
                """),
            denied(
                "VS108",
                "spec.exportTo[0]",
                "exportTo ~ (none) is not allowed for Istio configuration objects")),
        rejects(
            "exportTo * and another entry",
            withSpec(
                """
                hosts: [a.example.com]
                exportTo: ["*", other]
                http:
                - route:
                  - destination: {host: reviews}
                """),
            denied(
                "VS108",
                "spec.exportTo",
                "cannot have both public (*) and non-public exportTo values for a resource")),
        rejects(
            "exportTo . and the own namespace",
            withSpec(
                """
                hosts: [a.example.com]
                exportTo: [ns, .]
                http:
                - route:
                  - destination: {host: reviews}
                """),
            denied(
                "VS108",
                "spec.exportTo[1]",
                "duplicate entries in exportTo: . and current namespace ns")),
        rejects(
            "exportTo with the same namespace twice",
            withSpec(
                """
                hosts: [a.example.com]
                exportTo: [other, other]
                http:
                - route:
                  - destination: {host: reviews}
                """),
            denied("VS108", "spec.exportTo[1]", "duplicate entries in exportTo for entry other")),
        rejects(
            "exportTo with an entry that is not a namespace name",
            withSpec(
                """
                hosts: [a.example.com]
                exportTo: [not_a_namespace]
                http:
                - route:
                  - destination: {host: reviews}
                """),
            denied(
                "VS108",
                "spec.exportTo[0]",
                "only .,*,~, or a valid DNS 1123 label is allowed as exportTo entry")),
        admits(
            "exportTo . and another namespace",
            withSpec(
                """
                hosts: [a.example.com]
                exportTo: [., other]
                http:
                - route:
                  - destination: {host: reviews}
                """)),
        admits(
            "exportTo *",
            withSpec(
                """
                hosts: [a.example.com]
                exportTo: ["*"]
                http:
                - route:
                  - destination: {host: reviews}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void acceptedAlthoughSurprising(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  static Stream<Case> acceptedAlthoughSurprising() {
    return Stream.of(
        admits(
            "root route with delegate and directResponse",
            withHttp(
                """
                - match:
                  - uri: {prefix: /reviews}
                  delegate: {name: reviews, namespace: ns}
                  directResponse: {status: 503}
                """)),
        admits(
            "root route with delegate and no match (a catch-all)",
            withHttp(
                """
                - delegate: {name: reviews, namespace: ns}
                """)),
        admits(
            "root route with delegate, mirror and mirrors (the root branch skips that check)",
            withHttp(
                """
                - delegate: {name: reviews}
                  mirror: {host: mirror.example.com}
                  mirrors:
                  - destination: {host: other.example.com}
                """)),
        admits(
            "delegate with an empty object",
            withHttp(
                """
                - delegate: {}
                """)),
        admits(
            "delegate with an empty name",
            withHttp(
                """
                - delegate: {name: "", namespace: does-not-exist}
                """)),
        admits(
            "an empty match object",
            delegateWithHttp(
                """
                - match:
                  - {}
                  route:
                  - destination: {host: reviews}
                """)),
        admits(
            "an empty uri prefix",
            withHttp(
                """
                - match:
                  - uri: {prefix: ""}
                  delegate: {name: reviews}
                """)),
        admits(
            "exact \"\" anywhere",
            withHttp(
                """
                - match:
                  - uri: {exact: ""}
                    method: {exact: ""}
                    headers:
                      x-user: {exact: ""}
                  route:
                  - destination: {host: reviews}
                """)),
        admits(
            "sourceNamespace, sourceLabels and gateways in a delegate's match",
            delegateWithHttp(
                """
                - match:
                  - sourceNamespace: frontend
                    sourceLabels: {app: productpage}
                    gateways: [istio-system/ingress, mesh]
                  route:
                  - destination: {host: reviews}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void hosts(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  private static String hostsSpec(String hosts, String gateways) {
    return withSpec(
        "hosts: "
            + hosts
            + "\n"
            + (gateways == null ? "" : "gateways: " + gateways + "\n")
            + """
        http:
        - route:
          - destination: {host: reviews}
        """);
  }

  static Stream<Case> hosts() {
    return Stream.of(
        rejects(
            "host with an invalid label",
            hostsSpec("[foo_bar.example.com]", null),
            denied(
                "spec.hosts[0]",
                "domain name \"foo_bar.example.com\" invalid (label \"foo_bar\" invalid)")),
        rejects(
            "a bad label after the first is reported with the rest of the name only",
            hostsSpec("[foo.*.com]", null),
            denied("spec.hosts[0]", "domain name \"*.com\" invalid (label \"*\" invalid)")),
        rejects(
            "all-numeric top-level domain",
            hostsSpec("[foo.123]", null),
            denied(
                "spec.hosts[0]",
                "domain name \"123\" invalid (top level domain \"123\" cannot be all-numeric)")),
        rejects(
            "empty host",
            hostsSpec("[\"\"]", null),
            denied("spec.hosts[0]", "empty domain name not allowed")),
        rejects(
            "* in a mesh VirtualService",
            hostsSpec("[\"*\"]", null),
            denied(
                "spec.hosts[0]",
                "wildcard host * is not allowed for virtual services bound to the mesh gateway")),
        rejects(
            "* in a VirtualService bound to mesh and a gateway",
            hostsSpec("[\"*\"]", "[mesh, istio-system/ingress]"),
            denied(
                "spec.hosts[0]",
                "wildcard host * is not allowed for virtual services bound to the mesh gateway")),
        rejects(
            "hosts that overlap through a wildcard",
            hostsSpec("[a.example.com, \"*.example.com\"]", null),
            denied(
                "spec.hosts[1]",
                "duplicate hosts in virtual service: a.example.com & *.example.com")),
        rejects(
            "the same host twice",
            hostsSpec("[a.example.com, a.example.com]", null),
            denied(
                "spec.hosts[1]",
                "duplicate hosts in virtual service: a.example.com & a.example.com")),
        admits("* with a gateway", hostsSpec("[\"*\"]", "[istio-system/ingress]")),
        admits("wildcard host", hostsSpec("[\"*.example.com\"]", null)),
        admits("short name", hostsSpec("[reviews]", null)),
        admits("IP address", hostsSpec("[10.0.0.1]", null)),
        admits(
            "several distinct hosts",
            hostsSpec("[a.example.com, b.example.com, \"*.c.example.com\"]", null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void gateways(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  static Stream<Case> gateways() {
    return Stream.of(
        rejects(
            "namespace that is not a DNS label",
            hostsSpec("[a.example.com]", "[Bad_NS/ingress]"),
            denied("spec.gateways[0]", "invalid value for namespace: \"Bad_NS\"")),
        rejects(
            "empty name",
            hostsSpec("[a.example.com]", "[istio-system/]"),
            denied("spec.gateways[0]", "config namespace and gateway name cannot be empty"),
            denied("spec.gateways[0]", "invalid value for gateway name: \"\"")),
        rejects(
            "short name that is not a DNS name",
            hostsSpec("[a.example.com]", "[bad_gateway]"),
            denied(
                "spec.gateways[0]",
                "domain name \"bad_gateway\" invalid (label \"bad_gateway\" invalid)")),
        rejects(
            "legacy name.namespace form draws a warning",
            hostsSpec("[a.example.com]", "[ingress.istio-system]"),
            warning(
                "spec.gateways[0]",
                "using legacy gatewayName format \"ingress.istio-system\"; prefer the <namespace>/<name> format: \"istio-system/ingress\"")),
        admits(
            "namespace/name, mesh and a short name",
            hostsSpec("[a.example.com]", "[istio-system/ingress, mesh, ingress]")),
        admits(
            "names after the first short name are not checked (as in Istio)",
            hostsSpec("[a.example.com]", "[mesh, Bad_NS/x]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void annotations(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  private static String annotated(String annotation) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: vs
          namespace: ns
          annotations:
            %s: "true"
        spec:
          hosts: ["*"]
          http:
          - route:
            - destination: {host: "*"}
        """
        .formatted(annotation);
  }

  static Stream<Case> annotations() {
    return Stream.of(
        rejects(
            "istio.io/dry-run: refused before the spec is looked at",
            annotated("istio.io/dry-run"),
            denied(
                "metadata.annotations[\"istio.io/dry-run\"]",
                "ns/vs has unsupported annotation istio.io/dry-run, please remove the annotation")),
        rejects(
            "the always-reject test annotation",
            annotated("internal.istio.io/webhook-always-reject"),
            denied(
                "metadata.annotations[\"internal.istio.io/webhook-always-reject\"]",
                "\"internal.istio.io/webhook-always-reject\" annotation found, rejecting")),
        rejects(
            "the internal parents annotation",
            annotated("internal.istio.io/parents"),
            denied(
                "metadata.annotations[\"internal.istio.io/parents\"]",
                "\"internal.istio.io/parents\" annotation found, this may not be set by users")),
        admits(
            "other annotations",
            annotated("example.com/owner")
                .replace("hosts: [\"*\"]", "hosts: [a.example.com]")
                .replace("host: \"*\"", "host: reviews")));
  }

  @Test
  void errorsComeInIstiosOrder() {
    String yaml =
        withSpec(
            """
        gateways: [istio-system/ingress]
        tcp:
        - route:
          - destination: {host: db}
        exportTo: ["~"]
        http:
        - delegate: {name: again}
        """);
    assertThat(validate(yaml))
        .containsExactly(
            denied(
                "VS107",
                "spec.gateways",
                "delegate virtual service must have no gateways specified"),
            denied(
                "VS107", "spec.tcp", "delegate virtual service must have no tcp route specified"),
            denied("VS101", "spec.http[0].delegate", "delegate HTTP route cannot contain delegate"),
            denied("spec.http[0]", "HTTP route, redirect or direct_response is required"),
            denied(
                "VS108",
                "spec.exportTo[0]",
                "exportTo ~ (none) is not allowed for Istio configuration objects"));
  }

  @Test
  void jwtClaimsComeBeforeTheHostsAndTheRoutesAsInIstio() {
    // Istio checks every route's JWT claims before the hosts; vsplit looks for them in its pass
    // over the routes and must still report them first, in route order
    String yaml =
        withSpec(
            """
        hosts: ["*"]
        http:
        - match:
          - headers:
              "@request.auth.claims.group": {exact: admins}
        - match:
          - withoutHeaders:
              "@request.auth.claims.sub": {exact: bob}
          route:
          - destination: {host: reviews}
        """);
    assertThat(validate(yaml))
        .containsExactly(
            denied(
                "VS109",
                "spec.http[0].match[0].headers[\"@request.auth.claims.group\"]",
                "JWT claim based routing (key: @request.auth.claims.group) is only supported for"
                    + " gateway, found no gateways: []"),
            denied(
                "VS109",
                "spec.http[1].match[0].withoutHeaders[\"@request.auth.claims.sub\"]",
                "JWT claim based routing (key: @request.auth.claims.sub) is only supported for"
                    + " gateway, found no gateways: []"),
            denied(
                "spec.hosts[0]",
                "wildcard host * is not allowed for virtual services bound to the mesh gateway"),
            denied("spec.http[0]", "HTTP route, redirect or direct_response is required"));
  }
}
