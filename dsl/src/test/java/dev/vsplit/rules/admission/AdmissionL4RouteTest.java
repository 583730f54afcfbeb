package dev.vsplit.rules.admission;

import static dev.vsplit.rules.admission.AdmissionFixtures.admits;
import static dev.vsplit.rules.admission.AdmissionFixtures.denied;
import static dev.vsplit.rules.admission.AdmissionFixtures.rejects;
import static dev.vsplit.rules.admission.AdmissionFixtures.validate;
import static dev.vsplit.rules.admission.AdmissionFixtures.warning;
import static dev.vsplit.rules.admission.AdmissionFixtures.withSpec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.rules.admission.AdmissionFixtures.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Istio's {@code validateTLSRoute} and {@code validateTCPRoute} on the plain-YAML tls and tcp
 * routes.
 */
class AdmissionL4RouteTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void tls(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  private static String tls(String hosts, String gateways, String route) {
    return withSpec("hosts: " + hosts + "\ngateways: " + gateways + "\ntls:\n" + route);
  }

  static Stream<Case> tls() {
    return Stream.of(
        rejects(
            "no match",
            tls(
                "[a.example.com]",
                "[istio-system/gw]",
                """
                - route:
                  - destination: {host: a.example.com}
                """),
            denied("spec.tls[0]", "TLS route must have at least one match condition")),
        rejects(
            "match without SNI hosts",
            tls(
                "[a.example.com]",
                "[istio-system/gw]",
                """
                - match:
                  - port: 443
                  route:
                  - destination: {host: a.example.com}
                """),
            denied("spec.tls[0].match[0]", "TLS match must have at least one SNI host")),
        rejects(
            "SNI hosts outside the VirtualService's hosts (argo-rollouts getting started)",
            tls(
                "[rollouts-demo-vsvc1.local]",
                "[rollouts-demo-gateway]",
                """
                - match:
                  - port: 3000
                    sniHosts: [reviews.bookinfo.com, localhost]
                  route:
                  - destination: {host: rollouts-demo-stable}
                    weight: 100
                """),
            denied(
                "spec.tls[0].match[0].sniHosts[0]",
                "SNI host \"reviews.bookinfo.com\" is not a compatible subset of any of the virtual service hosts: [rollouts-demo-vsvc1.local]"),
            denied(
                "spec.tls[0].match[0].sniHosts[1]",
                "SNI host \"localhost\" is not a compatible subset of any of the virtual service hosts: [rollouts-demo-vsvc1.local]")),
        rejects(
            "SNI host that is not a DNS name",
            tls(
                "[a.example.com]",
                "[istio-system/gw]",
                """
                - match:
                  - sniHosts: [bad_sni.example.com]
                  route:
                  - destination: {host: a.example.com}
                """),
            denied(
                "spec.tls[0].match[0].sniHosts[0]",
                "domain name \"bad_sni.example.com\" invalid (label \"bad_sni\" invalid)")),
        rejects(
            "SNI host that is an IP address draws a warning",
            tls(
                "[10.0.0.1]",
                "[istio-system/gw]",
                """
                - match:
                  - sniHosts: [10.0.0.1]
                  route:
                  - destination: {host: a.example.com}
                """),
            warning(
                "spec.tls[0].match[0].sniHosts[0]",
                "using an IP address (\"10.0.0.1\") goes against SNI spec and most clients do not support this")),
        rejects(
            "no route",
            tls(
                "[a.example.com]",
                "[istio-system/gw]",
                """
                - match:
                  - sniHosts: [a.example.com]
                """),
            denied("spec.tls[0]", "TLS route is required")),
        rejects(
            "bad subnet, port, labels and gateway in a match",
            tls(
                "[a.example.com]",
                "[mesh]",
                """
                - match:
                  - sniHosts: [a.example.com]
                    destinationSubnets: [10.0.0.0/33, 10.0.0.300]
                    port: 70000
                    sourceLabels: {"bad key": x}
                    gateways: [ingress.istio-system]
                  route:
                  - destination: {host: a.example.com}
                """),
            denied(
                "spec.tls[0].match[0].destinationSubnets[0]",
                "10.0.0.0/33 is not a valid CIDR block"),
            denied("spec.tls[0].match[0].destinationSubnets[1]", "10.0.0.300 is not a valid IP"),
            denied("spec.tls[0].match[0].port", "port number 70000 must be in the range 1..65535"),
            denied("spec.tls[0].match[0].sourceLabels", "invalid tag key: \"bad key\""),
            warning(
                "spec.tls[0].match[0].gateways[0]",
                "using legacy gatewayName format \"ingress.istio-system\"; prefer the <namespace>/<name> format: \"istio-system/ingress\"")),
        rejects(
            "destination problems",
            tls(
                "[a.example.com]",
                "[istio-system/gw]",
                """
                - match:
                  - sniHosts: [a.example.com]
                  route:
                  - weight: 50
                  - destination: {host: a.example.com, subset: Bad_Subset, port: {number: 0}}
                    weight: -50
                """),
            denied("spec.tls[0].route[0]", "destination is required"),
            denied("spec.tls[0].route[1].destination.subset", "subset name is invalid: Bad_Subset"),
            denied(
                "spec.tls[0].route[1].destination.port.number",
                "port number 0 must be in the range 1..65535"),
            denied("spec.tls[0].route[1].weight", "weight -50 < 0"),
            denied("spec.tls[0].route", "total destination weight = 0")),
        admits(
            "egress through a gateway (istio.io egress TLS task)",
            tls(
                "[edition.cnn.com]",
                "[mesh, istio-egressgateway]",
                """
                - match:
                  - gateways: [mesh]
                    port: 443
                    sniHosts: [edition.cnn.com]
                  route:
                  - destination: {host: istio-egressgateway.istio-system.svc.cluster.local, subset: cnn, port: {number: 443}}
                - match:
                  - gateways: [istio-egressgateway]
                    port: 443
                    sniHosts: [edition.cnn.com]
                    destinationSubnets: [151.101.0.0/16, "2001:db8::/32"]
                  route:
                  - destination: {host: edition.cnn.com, port: {number: 443}}
                    weight: 100
                """)),
        admits(
            "wildcard SNI under a wildcard host",
            tls(
                "[\"*.example.com\"]",
                "[istio-system/gw]",
                """
                - match:
                  - sniHosts: [a.example.com, "*.b.example.com"]
                  route:
                  - destination: {host: a.example.com}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void tcp(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  private static String tcp(String route) {
    return withSpec("hosts: [db.example.com]\ntcp:\n" + route);
  }

  static Stream<Case> tcp() {
    return Stream.of(
        rejects(
            "no route",
            tcp(
                """
                - match:
                  - port: 27017
                """),
            denied("spec.tcp[0]", "TCP route is required")),
        rejects(
            "bad match fields (the legacy gateway warning is dropped for tcp)",
            tcp(
                """
                - match:
                  - port: 70000
                    destinationSubnets: [not-an-ip]
                    sourceLabels: {app: "bad value"}
                    gateways: [ingress.istio-system, Bad/gw]
                  route:
                  - destination: {host: db.example.com}
                """),
            denied("spec.tcp[0].match[0].destinationSubnets[0]", "not-an-ip is not a valid IP"),
            denied("spec.tcp[0].match[0].port", "port number 70000 must be in the range 1..65535"),
            denied("spec.tcp[0].match[0].sourceLabels", "invalid tag value: \"bad value\"")),
        rejects(
            "destination with host *",
            tcp(
                """
                - route:
                  - destination: {host: "*"}
                """),
            denied("spec.tcp[0].route[0].destination.host", "invalid destination host *")),
        admits(
            "tcp-echo sample",
            tcp(
                """
                - match:
                  - port: 31400
                  route:
                  - destination: {host: tcp-echo, port: {number: 9000}, subset: v1}
                """)));
  }
}
