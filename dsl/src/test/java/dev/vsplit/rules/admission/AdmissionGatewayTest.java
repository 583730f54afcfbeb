package dev.vsplit.rules.admission;

import static dev.vsplit.rules.admission.AdmissionFixtures.admits;
import static dev.vsplit.rules.admission.AdmissionFixtures.denied;
import static dev.vsplit.rules.admission.AdmissionFixtures.gatewayWithSpec;
import static dev.vsplit.rules.admission.AdmissionFixtures.rejects;
import static dev.vsplit.rules.admission.AdmissionFixtures.validate;
import static dev.vsplit.rules.admission.AdmissionFixtures.warning;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.rules.admission.AdmissionFixtures.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Istio's {@code ValidateGateway}. */
class AdmissionGatewayTest {

  private static void check(Case c) {
    assertThat(validate(c.yaml())).containsExactlyElementsOf(c.expected());
  }

  /**
   * One server with the given hosts and port, plus more fields (YAML at the server's indentation).
   */
  private static String server(String hosts, String port, String more) {
    return gatewayWithSpec(
        "selector: {istio: ingressgateway}\nservers:\n- hosts: "
            + hosts
            + "\n  port: "
            + port
            + "\n"
            + AdmissionFixtures.indent(more, 2));
  }

  private static final String HTTP = "{number: 80, name: http, protocol: HTTP}";
  private static final String HTTPS = "{number: 443, name: https, protocol: HTTPS}";

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void gateway(Case c) {
    check(c);
  }

  static Stream<Case> gateway() {
    return Stream.of(
        rejects(
            "name with a dot",
            """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata: {name: my.gateway, namespace: ns}
                spec:
                  servers:
                  - hosts: ["*"]
                    port: {number: 80, name: http, protocol: HTTP}
                """,
            denied("metadata.name", "invalid gateway name: \"my.gateway\"")),
        rejects(
            "no servers",
            gatewayWithSpec("selector: {istio: ingressgateway}\n"),
            denied("spec.servers", "gateway must have at least one server")),
        rejects(
            "duplicate port names",
            gatewayWithSpec(
                """
                servers:
                - hosts: [a.example.com]
                  port: {number: 80, name: http, protocol: HTTP}
                - hosts: [b.example.com]
                  port: {number: 8080, name: http, protocol: HTTP}
                """),
            denied(
                "spec.servers[1].port.name",
                "port names in servers must be unique: duplicate name http")),
        admits(
            "any selector: Istio does not look at it",
            gatewayWithSpec(
                """
                selector: {"anything/at-all": "x y"}
                servers:
                - hosts: ["*"]
                  port: {number: 80, name: http, protocol: HTTP}
                """)),
        admits(
            "no selector",
            gatewayWithSpec(
                """
                servers:
                - hosts: ["*"]
                  port: {number: 80, name: http, protocol: HTTP}
                """)),
        rejects(
            "the always-reject annotation",
            """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: gw
                  namespace: ns
                  annotations: {internal.istio.io/webhook-always-reject: "true"}
                spec: {}
                """,
            denied(
                "metadata.annotations[\"internal.istio.io/webhook-always-reject\"]",
                "\"internal.istio.io/webhook-always-reject\" annotation found, rejecting")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void hosts(Case c) {
    check(c);
  }

  static Stream<Case> hosts() {
    return Stream.of(
        rejects(
            "no hosts",
            server("[]", HTTP, ""),
            denied("spec.servers[0].hosts", "server config must contain at least one host")),
        rejects(
            "short name",
            server("[reviews]", HTTP, ""),
            denied("spec.servers[0].hosts[0]", "short names (non FQDN) are not allowed")),
        rejects(
            "partial wildcard",
            server("[\"*bar.com\"]", HTTP, ""),
            denied("spec.servers[0].hosts[0]", "partial wildcard \"*bar.com\" not allowed")),
        rejects(
            "wildcard in the middle",
            server("[\"foo.*.bar.com\"]", HTTP, ""),
            denied(
                "spec.servers[0].hosts[0]",
                "domain name \"*.bar.com\" invalid (label \"*\" invalid)"),
            denied("spec.servers[0].hosts[0]", "partial wildcard \"foo.*.bar.com\" not allowed")),
        rejects(
            "namespace that is not a DNS label",
            server("[Bad_NS/a.example.com]", HTTP, ""),
            denied("spec.servers[0].hosts[0]", "invalid namespace value \"Bad_NS\" in gateway")),
        rejects(
            "empty namespace",
            server("[/a.example.com]", HTTP, ""),
            denied(
                "spec.servers[0].hosts[0]",
                "config namespace and dnsName in host entry cannot be empty"),
            denied("spec.servers[0].hosts[0]", "invalid namespace value \"\" in gateway")),
        rejects(
            "~ namespace (only for Gateway API gateways)",
            server("[~/a.example.com]", HTTP, ""),
            denied("spec.servers[0].hosts[0]", "invalid namespace value \"~\" in gateway")),
        rejects(
            "empty dnsName",
            server("[ns/]", HTTP, ""),
            denied(
                "spec.servers[0].hosts[0]",
                "config namespace and dnsName in host entry cannot be empty"),
            denied("spec.servers[0].hosts[0]", "short names (non FQDN) are not allowed"),
            denied("spec.servers[0].hosts[0]", "empty domain name not allowed")),
        admits(
            "namespace/host forms, wildcards and an IP address",
            server(
                "[\"*\", \"*.example.com\", ns/a.example.com, ./b.example.com, \"*/c.example.com\", \"ns/*\", 10.1.2.3]",
                HTTP,
                "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void ports(Case c) {
    check(c);
  }

  static Stream<Case> ports() {
    return Stream.of(
        rejects(
            "no port",
            gatewayWithSpec("servers:\n- hosts: [a.example.com]\n"),
            denied("spec.servers[0].port", "port is required")),
        rejects(
            "unknown protocol",
            server("[a.example.com]", "{number: 80, name: http, protocol: FTP}", ""),
            denied(
                "spec.servers[0].port.protocol",
                "invalid protocol \"FTP\", supported protocols are HTTP, HTTP2, GRPC, GRPC-WEB, MONGO, REDIS, MYSQL, TCP")),
        rejects(
            "port number 0",
            server("[a.example.com]", "{number: 0, name: http, protocol: HTTP}", ""),
            denied("spec.servers[0].port.number", "port number 0 must be in the range 1..65535")),
        rejects(
            "port number above 65535",
            server("[a.example.com]", "{number: 66000, name: http, protocol: HTTP}", ""),
            denied(
                "spec.servers[0].port.number", "port number 66000 must be in the range 1..65535")),
        rejects(
            "targetPort",
            server(
                "[a.example.com]",
                "{number: 80, targetPort: 8080, name: http, protocol: HTTP}",
                ""),
            denied("spec.servers[0].port.targetPort", "targetPort has no impact on Gateways")),
        rejects(
            "no port name (printed as the port's text form)",
            server("[a.example.com]", "{number: 80, protocol: HTTP}", ""),
            denied(
                "spec.servers[0].port.name", "port name must be set: number:80 protocol:\"HTTP\"")),
        admits(
            "protocols in any case",
            gatewayWithSpec(
                """
                servers:
                - hosts: [a.example.com]
                  port: {number: 80, name: http, protocol: http}
                - hosts: [a.example.com]
                  port: {number: 81, name: grpc-web, protocol: GRPC-WEB}
                - hosts: [a.example.com]
                  port: {number: 27017, name: mongo, protocol: Mongo}
                - hosts: [a.example.com]
                  port: {number: 6379, name: redis, protocol: REDIS}
                - hosts: [a.example.com]
                  port: {number: 31400, name: tcp, protocol: TCP}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void bind(Case c) {
    check(c);
  }

  static Stream<Case> bind() {
    return Stream.of(
        rejects(
            "bind that is not an IP address",
            server("[a.example.com]", HTTP, "bind: localhost"),
            denied("spec.servers[0].bind", "localhost is not a valid IP")),
        rejects(
            "empty unix socket path",
            server("[a.example.com]", "{name: uds, protocol: HTTP}", "bind: \"unix://\""),
            denied("spec.servers[0].bind", "unix address must not be empty")),
        rejects(
            "relative unix socket path",
            server("[a.example.com]", "{name: uds, protocol: HTTP}", "bind: \"unix://run/sock\""),
            denied("spec.servers[0].bind", "run/sock is not an absolute path to a file")),
        rejects(
            "unix socket with a port number",
            server("[a.example.com]", HTTP, "bind: \"unix:///run/sock\""),
            denied(
                "spec.servers[0].bind",
                "port number must be 0 for unix domain socket: number:80 protocol:\"HTTP\" name:\"http\"")),
        admits(
            "unix socket without port number",
            server("[a.example.com]", "{name: uds, protocol: HTTP}", "bind: \"unix:///run/sock\"")),
        admits(
            "abstract unix socket",
            server("[a.example.com]", "{name: uds, protocol: HTTP}", "bind: \"unix://@sock\"")),
        admits(
            "IPv4 and IPv6 binds",
            gatewayWithSpec(
                """
                servers:
                - hosts: [a.example.com]
                  port: {number: 80, name: http, protocol: HTTP}
                  bind: 10.0.0.1
                - hosts: [a.example.com]
                  port: {number: 81, name: http6, protocol: HTTP}
                  bind: "::1"
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void tls(Case c) {
    check(c);
  }

  static Stream<Case> tls() {
    return Stream.of(
        rejects(
            "HTTPS without TLS settings",
            server("[a.example.com]", HTTPS, ""),
            denied("spec.servers[0]", "server must have TLS settings for HTTPS/TLS protocols")),
        rejects(
            "HTTP with terminating TLS settings",
            server("[a.example.com]", HTTP, "tls: {mode: SIMPLE, credentialName: cert}"),
            denied(
                "spec.servers[0].tls",
                "server cannot have TLS settings for plain text HTTP ports")),
        rejects(
            "TCP with TLS settings",
            server(
                "[a.example.com]",
                "{number: 31400, name: tcp, protocol: TCP}",
                "tls: {mode: SIMPLE, credentialName: cert}"),
            denied(
                "spec.servers[0].tls", "server cannot have TLS settings for non HTTPS/TLS ports")),
        admits(
            "httpsRedirect on HTTP", server("[a.example.com]", HTTP, "tls: {httpsRedirect: true}")),
        rejects(
            "httpsRedirect on HTTPS draws a warning",
            server(
                "[a.example.com]",
                HTTPS,
                "tls: {mode: SIMPLE, credentialName: cert, httpsRedirect: true}"),
            warning(
                "spec.servers[0].tls.httpsRedirect",
                "tls.httpsRedirect should only be used with http servers")),
        rejects(
            "SIMPLE without certificates",
            server("[a.example.com]", HTTPS, "tls: {mode: SIMPLE}"),
            denied("spec.servers[0].tls", "SIMPLE TLS requires a server certificate"),
            denied("spec.servers[0].tls", "SIMPLE TLS requires a private key")),
        rejects(
            "MUTUAL without a CA bundle",
            server(
                "[a.example.com]",
                HTTPS,
                "tls: {mode: MUTUAL, serverCertificate: /etc/c.pem, privateKey: /etc/k.pem}"),
            denied("spec.servers[0].tls", "MUTUAL TLS requires a client CA bundle")),
        rejects(
            "OPTIONAL_MUTUAL without anything",
            server("[a.example.com]", HTTPS, "tls: {mode: OPTIONAL_MUTUAL}"),
            denied("spec.servers[0].tls", "MUTUAL TLS requires a client CA bundle"),
            denied("spec.servers[0].tls", "MUTUAL TLS requires a server certificate"),
            denied("spec.servers[0].tls", "MUTUAL TLS requires a private key")),
        rejects(
            "ISTIO_MUTUAL with certificates",
            server(
                "[a.example.com]",
                HTTPS,
                "tls: {mode: ISTIO_MUTUAL, serverCertificate: /c, privateKey: /k, caCertificates: /ca, credentialName: x}"),
            denied(
                "spec.servers[0].tls",
                "ISTIO_MUTUAL TLS cannot have associated server certificate"),
            denied("spec.servers[0].tls", "ISTIO_MUTUAL TLS cannot have associated private key"),
            denied("spec.servers[0].tls", "ISTIO_MUTUAL TLS cannot have associated CA bundle"),
            denied(
                "spec.servers[0].tls", "ISTIO_MUTUAL TLS cannot have associated credentialName")),
        rejects(
            "two certificate sources",
            server(
                "[a.example.com]",
                HTTPS,
                "tls: {mode: SIMPLE, credentialName: cert, serverCertificate: /c, privateKey: /k}"),
            denied(
                "spec.servers[0].tls",
                "only one of credential_name, credential_names, server_certificate/private_key, tls_certificates should be specified")),
        rejects(
            "PASSTHROUGH with a certificate draws a warning",
            server(
                "[a.example.com]",
                "{number: 443, name: tls, protocol: TLS}",
                "tls: {mode: PASSTHROUGH, credentialName: cert}"),
            warning(
                "spec.servers[0].tls",
                "PASSTHROUGH mode does not use certificates, they will be ignored")),
        rejects(
            "no mode means PASSTHROUGH",
            server("[a.example.com]", HTTPS, "tls: {credentialName: cert}"),
            warning(
                "spec.servers[0].tls",
                "PASSTHROUGH mode does not use certificates, they will be ignored")),
        rejects(
            "CRL with SIMPLE",
            server(
                "[a.example.com]",
                HTTPS,
                "tls: {mode: SIMPLE, serverCertificate: /c, privateKey: /k, caCrl: /crl}"),
            denied("spec.servers[0].tls", "CRL is not supported with SIMPLE TLS")),
        rejects(
            "TLS 1.1 without cipher suites",
            server(
                "[a.example.com]",
                HTTPS,
                "tls: {mode: SIMPLE, credentialName: cert, minProtocolVersion: TLSV1_1}"),
            warning(
                "spec.servers[0].tls.minProtocolVersion",
                "TLS version below TLSV1_2 require setting compatible ciphers as by default they no longer include compatible ciphers.")),
        rejects(
            "invalid and duplicate cipher suites",
            server(
                "[a.example.com]",
                HTTPS,
                """
                tls:
                  mode: SIMPLE
                  credentialName: cert
                  cipherSuites: [ZZZ, FOO, ECDHE-RSA-AES128-SHA, ECDHE-RSA-AES128-SHA, "-AES128-SHA"]
                """),
            warning(
                "spec.servers[0].tls.cipherSuites", "ignoring invalid cipher suites: [FOO ZZZ]"),
            warning(
                "spec.servers[0].tls.cipherSuites",
                "ignoring duplicate cipher suites: [ECDHE-RSA-AES128-SHA]")),
        admits(
            "SIMPLE with a credential",
            server("[a.example.com]", HTTPS, "tls: {mode: SIMPLE, credentialName: bookinfo-cert}")),
        admits(
            "MUTUAL with files",
            server(
                "[a.example.com]",
                HTTPS,
                "tls: {mode: MUTUAL, serverCertificate: /c.pem, privateKey: /k.pem, caCertificates: /ca.pem}")),
        admits(
            "ISTIO_MUTUAL",
            server(
                "[a.example.com]",
                "{number: 15443, name: tls, protocol: TLS}",
                "tls: {mode: ISTIO_MUTUAL}")),
        admits(
            "AUTO_PASSTHROUGH",
            server(
                "[\"*.local\"]",
                "{number: 15443, name: tls, protocol: TLS}",
                "tls: {mode: AUTO_PASSTHROUGH}")));
  }
}
