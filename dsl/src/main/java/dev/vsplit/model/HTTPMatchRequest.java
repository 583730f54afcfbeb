package dev.vsplit.model;

import java.util.List;
import java.util.Map;

/**
 * One entry of a route's {@code match} list, with every field Istio defines, in its documented
 * order. All conditions of one match must hold (AND); the entries of the list are alternatives
 * (OR).
 */
public record HTTPMatchRequest(
    String name,
    StringMatch uri,
    StringMatch scheme,
    StringMatch method,
    StringMatch authority,
    Map<String, StringMatch> headers,
    Integer port,
    Map<String, String> sourceLabels,
    List<String> gateways,
    Map<String, StringMatch> queryParams,
    Boolean ignoreUriCase,
    Map<String, StringMatch> withoutHeaders,
    String sourceNamespace,
    String statPrefix,
    Map<String, Object> extra) {

  public static final HTTPMatchRequest EMPTY =
      new HTTPMatchRequest(
          null, null, null, null, null, Map.of(), null, Map.of(), List.of(), Map.of(), null,
          Map.of(), null, null, Map.of());

  public HTTPMatchRequest {
    headers = Copies.map(headers);
    sourceLabels = Copies.map(sourceLabels);
    gateways = Copies.list(gateways);
    queryParams = Copies.map(queryParams);
    withoutHeaders = Copies.map(withoutHeaders);
    extra = Copies.extra(extra);
  }

  public static HTTPMatchRequest uri(StringMatch uri) {
    return EMPTY.withUri(uri);
  }

  /** {@code ignoreUriCase} as Go reads it: unset is false. */
  public boolean ignoresUriCase() {
    return Boolean.TRUE.equals(ignoreUriCase);
  }

  /** {@code port} as Go reads it: unset is 0. */
  public int portNumber() {
    return port == null ? 0 : port;
  }

  public HTTPMatchRequest withName(String name) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withUri(StringMatch uri) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withScheme(StringMatch scheme) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withMethod(StringMatch method) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withAuthority(StringMatch authority) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withHeaders(Map<String, StringMatch> headers) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withPort(Integer port) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withSourceLabels(Map<String, String> sourceLabels) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withGateways(List<String> gateways) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withQueryParams(Map<String, StringMatch> queryParams) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withIgnoreUriCase(Boolean ignoreUriCase) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withWithoutHeaders(Map<String, StringMatch> withoutHeaders) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withSourceNamespace(String sourceNamespace) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }

  public HTTPMatchRequest withStatPrefix(String statPrefix) {
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        ignoreUriCase,
        withoutHeaders,
        sourceNamespace,
        statPrefix,
        extra);
  }
}
