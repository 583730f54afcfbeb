package dev.vsplit.model;

import java.util.List;
import java.util.Map;

/** TLS settings of a Gateway server; the rarer fields are kept in {@code extra}. */
public record ServerTLSSettings(
    Boolean httpsRedirect,
    String mode,
    String serverCertificate,
    String privateKey,
    String caCertificates,
    String credentialName,
    List<String> subjectAltNames,
    String minProtocolVersion,
    String maxProtocolVersion,
    List<String> cipherSuites,
    Map<String, Object> extra) {
  public ServerTLSSettings {
    subjectAltNames = Copies.list(subjectAltNames);
    cipherSuites = Copies.list(cipherSuites);
    extra = Copies.extra(extra);
  }
}
