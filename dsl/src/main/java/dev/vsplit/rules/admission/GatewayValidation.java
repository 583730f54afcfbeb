package dev.vsplit.rules.admission;

import dev.vsplit.model.Gateway;
import dev.vsplit.model.Port;
import dev.vsplit.model.Server;
import dev.vsplit.model.ServerTLSSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Istio's {@code ValidateGateway}, {@code validateServer}, {@code validateServerPort}, {@code
 * validateServerBind} and {@code validateTLSOptions}, in their order. Istio does not look at the
 * Gateway's {@code selector}.
 */
final class GatewayValidation {
  private GatewayValidation() {}

  private static final String GATEWAY_SEMANTICS = "internal.istio.io/gateway-semantics";
  private static final String UNIX_PREFIX = "unix://";

  /** {@code protocol.Parse}, upper-cased; {@code null} for an unsupported protocol. */
  private static String protocol(String p) {
    String lower = p == null ? "" : p.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "tcp",
          "udp",
          "grpc",
          "grpc-web",
          "http",
          "http_proxy",
          "http2",
          "https",
          "tls",
          "mongo",
          "redis",
          "mysql" ->
          lower.toUpperCase(Locale.ROOT);
      default -> null;
    };
  }

  private static boolean isHttp(String protocol) {
    return protocol != null
        && Set.of("HTTP", "HTTP2", "HTTP_PROXY", "GRPC", "GRPC-WEB").contains(protocol);
  }

  private static boolean isTls(String protocol) {
    return "HTTPS".equals(protocol) || "TLS".equals(protocol);
  }

  /** The TLS mode as Istio reads it: unset is PASSTHROUGH, the enum's zero value. */
  private static String mode(ServerTLSSettings tls) {
    return tls.mode() == null ? "PASSTHROUGH" : tls.mode();
  }

  static void validate(Gateway gateway, Messages out) {
    if (MetadataValidation.refused(gateway, out)) {
      return;
    }
    boolean gatewaySemantics =
        "gateway".equals(gateway.metadata().annotations().get(GATEWAY_SEMANTICS));
    String name = gateway.name() == null ? "" : gateway.name();
    if (!DnsNames.isDns1123Label(name) && !gatewaySemantics) {
      out.deny("metadata.name", "invalid gateway name: " + GoText.quote(name));
    }
    List<Server> servers = gateway.spec().servers();
    if (servers.isEmpty()) {
      out.deny("spec.servers", "gateway must have at least one server");
    } else {
      for (int i = 0; i < servers.size(); i++) {
        server(servers.get(i), gatewaySemantics, At.of("spec.servers").index(i), out);
      }
    }
    Set<String> portNames = new HashSet<>();
    for (int i = 0; i < servers.size(); i++) {
      Server s = servers.get(i);
      if (s.port() == null) {
        continue;
      }
      String portName = s.port().name() == null ? "" : s.port().name();
      At at = At.of("spec.servers").index(i);
      if (!portNames.add(portName)) {
        out.deny(
            at.key("port").key("name"),
            "port names in servers must be unique: duplicate name " + portName);
      }
      if (!isHttp(protocol(s.port().protocol()))
          && s.tls() != null
          && Boolean.TRUE.equals(s.tls().httpsRedirect())) {
        out.warn(
            at.key("tls").key("httpsRedirect"),
            "tls.httpsRedirect should only be used with http servers");
      }
    }
  }

  private static void server(Server server, boolean gatewaySemantics, At path, Messages out) {
    if (server.hosts().isEmpty()) {
      out.deny(path.key("hosts"), "server config must contain at least one host");
    } else {
      for (int j = 0; j < server.hosts().size(); j++) {
        for (String err : DnsNames.validateGatewayHost(server.hosts().get(j), gatewaySemantics)) {
          out.deny(path.key("hosts").index(j), err);
        }
      }
    }
    String bind = server.bind() == null ? "" : server.bind();
    boolean portValid = serverPort(server.port(), bind, path.key("port"), out);
    serverBind(server.port(), bind, path, out);
    tlsOptions(server.tls(), path.key("tls"), out);

    if (portValid) {
      String p = protocol(server.port().protocol());
      if (isTls(p) && server.tls() == null) {
        out.deny(path, "server must have TLS settings for HTTPS/TLS protocols");
      } else if (!isTls(p) && server.tls() != null) {
        ServerTLSSettings tls = server.tls();
        if (isHttp(p)) {
          // only a TLS redirect (the default PASSTHROUGH mode, no certificates) fits a plain HTTP
          // server
          boolean passThrough =
              mode(tls).equals("PASSTHROUGH") || mode(tls).equals("AUTO_PASSTHROUGH");
          if (!passThrough
              || nonEmpty(tls.caCertificates())
              || nonEmpty(tls.privateKey())
              || nonEmpty(tls.serverCertificate())) {
            out.deny(path.key("tls"), "server cannot have TLS settings for plain text HTTP ports");
          }
        } else {
          out.deny(path.key("tls"), "server cannot have TLS settings for non HTTPS/TLS ports");
        }
      }
    }
  }

  private static boolean nonEmpty(String s) {
    return s != null && !s.isEmpty();
  }

  /** {@code validateServerPort}; returns whether the port is free of errors. */
  private static boolean serverPort(Port port, String bind, At path, Messages out) {
    if (port == null) {
      out.deny(path, "port is required");
      return false;
    }
    boolean valid = true;
    String protocolText = port.protocol() == null ? "" : port.protocol();
    if (protocol(protocolText) == null) {
      out.deny(
          path.key("protocol"),
          "invalid protocol "
              + GoText.quote(protocolText)
              + ", supported protocols are HTTP, HTTP2, GRPC, GRPC-WEB, MONGO, REDIS, MYSQL, TCP");
      valid = false;
    }
    long number = port.number() == null ? 0 : Integer.toUnsignedLong(port.number());
    if (number > 0 || !bind.startsWith(UNIX_PREFIX)) {
      String err = DnsNames.validatePort(number);
      if (err != null) {
        out.deny(path.key("number"), err);
        valid = false;
      }
    }
    if (port.targetPort() != null && port.targetPort() > 0) {
      out.deny(path.key("targetPort"), "targetPort has no impact on Gateways");
      valid = false;
    }
    if (port.name() == null || port.name().isEmpty()) {
      out.deny(path.key("name"), "port name must be set: " + portText(port));
      valid = false;
    }
    return valid;
  }

  /**
   * {@code %v} of a Port message: its text format, unset fields left out. (The protobuf runtime may
   * add a second space between fields at random to discourage parsing; this writes one.)
   */
  private static String portText(Port port) {
    List<String> fields = new ArrayList<>();
    if (port.number() != null && port.number() != 0) {
      fields.add("number:" + Integer.toUnsignedLong(port.number()));
    }
    if (nonEmpty(port.protocol())) {
      fields.add("protocol:" + GoText.quote(port.protocol()));
    }
    if (nonEmpty(port.name())) {
      fields.add("name:" + GoText.quote(port.name()));
    }
    if (port.targetPort() != null && port.targetPort() != 0) {
      fields.add("target_port:" + Integer.toUnsignedLong(port.targetPort()));
    }
    return String.join(" ", fields);
  }

  /** {@code validateServerBind}. */
  private static void serverBind(Port port, String bind, At path, Messages out) {
    At at = path.key("bind");
    if (bind.startsWith(UNIX_PREFIX)) {
      String addr = bind.substring(UNIX_PREFIX.length());
      if (addr.isEmpty()) {
        out.deny(at, "unix address must not be empty");
      } else if (!addr.startsWith("@") && (!addr.startsWith("/") || addr.endsWith("/"))) {
        out.deny(at, addr + " is not an absolute path to a file");
      }
      if (port != null && port.number() != null && port.number() != 0) {
        out.deny(at, "port number must be 0 for unix domain socket: " + portText(port));
      }
    } else if (!bind.isEmpty()) {
      String err = DnsNames.validateIpAddress(bind);
      if (err != null) {
        out.deny(at, err);
      }
    }
  }

  /** {@code validateTLSOptions}. */
  private static void tlsOptions(ServerTLSSettings tls, At path, Messages out) {
    if (tls == null) {
      return;
    }
    String min = tls.minProtocolVersion() == null ? "" : tls.minProtocolVersion();
    if ((min.equals("TLSV1_0") || min.equals("TLSV1_1")) && tls.cipherSuites().isEmpty()) {
      out.warn(
          path.key("minProtocolVersion"),
          "TLS version below TLSV1_2 require setting compatible ciphers"
              + " as by default they no longer include compatible ciphers.");
    }
    TreeSet<String> invalid = new TreeSet<>();
    Set<String> valid = new HashSet<>();
    TreeSet<String> duplicate = new TreeSet<>();
    for (String cs : tls.cipherSuites()) {
      if (!isValidCipherSuite(cs)) {
        invalid.add(cs);
      } else if (!valid.add(cs)) {
        duplicate.add(cs);
      }
    }
    if (!invalid.isEmpty()) {
      out.warn(
          path.key("cipherSuites"),
          "ignoring invalid cipher suites: " + GoText.list(List.copyOf(invalid)));
    }
    if (!duplicate.isEmpty()) {
      out.warn(
          path.key("cipherSuites"),
          "ignoring duplicate cipher suites: " + GoText.list(List.copyOf(duplicate)));
    }

    String mode = mode(tls);
    boolean serverCertificate = nonEmpty(tls.serverCertificate());
    boolean privateKey = nonEmpty(tls.privateKey());
    boolean caCertificates = nonEmpty(tls.caCertificates());
    boolean credentialName = nonEmpty(tls.credentialName());
    boolean caCrl = tls.extra().get("caCrl") instanceof String s && !s.isEmpty();
    List<?> tlsCertificates =
        tls.extra().get("tlsCertificates") instanceof List<?> l ? l : List.of();
    boolean credentialNames =
        tls.extra().get("credentialNames") instanceof List<?> l && !l.isEmpty();

    if (mode.equals("ISTIO_MUTUAL")) {
      // ISTIO_MUTUAL brings its own certificates
      if (serverCertificate) {
        out.deny(path, "ISTIO_MUTUAL TLS cannot have associated server certificate");
      }
      if (privateKey) {
        out.deny(path, "ISTIO_MUTUAL TLS cannot have associated private key");
      }
      if (caCertificates) {
        out.deny(path, "ISTIO_MUTUAL TLS cannot have associated CA bundle");
      }
      if (!tlsCertificates.isEmpty()) {
        out.deny(path, "ISTIO_MUTUAL TLS cannot have associated tlsCertificates");
      }
      if (credentialName) {
        out.deny(path, "ISTIO_MUTUAL TLS cannot have associated credentialName");
      }
      if (credentialNames) {
        out.deny(path, "ISTIO_MUTUAL TLS cannot have associated credentialNames");
      }
      return;
    }
    if ((mode.equals("PASSTHROUGH") || mode.equals("AUTO_PASSTHROUGH"))
        && (caCrl
            || serverCertificate
            || privateKey
            || caCertificates
            || !tlsCertificates.isEmpty()
            || credentialName
            || credentialNames)) {
      out.warn(path, mode + " mode does not use certificates, they will be ignored");
    }
    int certSources = 0;
    if (serverCertificate && privateKey) {
      certSources++;
    }
    if (credentialName) {
      certSources++;
    }
    if (credentialNames) {
      certSources++;
    }
    if (!tlsCertificates.isEmpty()) {
      certSources++;
    }
    if (certSources > 1) {
      out.deny(
          path,
          "only one of credential_name, credential_names, server_certificate/private_key,"
              + " tls_certificates should be specified");
    }
    boolean simple = mode.equals("SIMPLE");
    boolean mutual = mode.equals("MUTUAL") || mode.equals("OPTIONAL_MUTUAL");
    if ((simple || mutual) && (credentialName || credentialNames)) {
      return; // credentials are fetched by name
    }
    if (simple || mutual) {
      String prefix = simple ? "SIMPLE TLS" : "MUTUAL TLS";
      if (mutual && !caCertificates) {
        out.deny(path, prefix + " requires a client CA bundle");
      }
      if (tlsCertificates.size() > 2) {
        out.warn(path, prefix + " can support up to 2 server certificates");
      }
      List<Map<?, ?>> certs = new ArrayList<>();
      if (!tlsCertificates.isEmpty()) {
        for (Object c : tlsCertificates) {
          certs.add(c instanceof Map<?, ?> m ? m : Map.of());
        }
      } else {
        certs.add(
            Map.of(
                "serverCertificate", tls.serverCertificate() == null ? "" : tls.serverCertificate(),
                "privateKey", tls.privateKey() == null ? "" : tls.privateKey()));
      }
      for (Map<?, ?> cert : certs) {
        if (!(cert.get("serverCertificate") instanceof String s) || s.isEmpty()) {
          out.deny(path, prefix + " requires a server certificate");
        }
        if (!(cert.get("privateKey") instanceof String s) || s.isEmpty()) {
          out.deny(path, prefix + " requires a private key");
        }
      }
    }
    if (caCrl) {
      if (credentialName) {
        out.deny(
            path,
            "CRL is not supported with credentialName. CRL has to be specified in the credential");
      }
      if (simple) {
        out.deny(path, "CRL is not supported with SIMPLE TLS");
      }
    }
  }

  private static final Set<String> CIPHER_SUITES =
      Set.of(
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA");

  /** {@code security.IsValidCipherSuite}: expressions starting with an operator are let through. */
  private static boolean isValidCipherSuite(String cs) {
    if (cs.isEmpty() || cs.equals("ALL")) {
      return true;
    }
    if (!Character.isLetterOrDigit(cs.codePointAt(0))) {
      return true;
    }
    return CIPHER_SUITES.contains(cs);
  }
}
