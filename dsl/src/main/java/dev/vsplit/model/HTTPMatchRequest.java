package dev.vsplit.model;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
    return edit(d -> d.name = name);
  }

  public HTTPMatchRequest withUri(StringMatch uri) {
    return edit(d -> d.uri = uri);
  }

  public HTTPMatchRequest withScheme(StringMatch scheme) {
    return edit(d -> d.scheme = scheme);
  }

  public HTTPMatchRequest withMethod(StringMatch method) {
    return edit(d -> d.method = method);
  }

  public HTTPMatchRequest withAuthority(StringMatch authority) {
    return edit(d -> d.authority = authority);
  }

  public HTTPMatchRequest withHeaders(Map<String, StringMatch> headers) {
    return edit(d -> d.headers = headers);
  }

  public HTTPMatchRequest withPort(Integer port) {
    return edit(d -> d.port = port);
  }

  public HTTPMatchRequest withSourceLabels(Map<String, String> sourceLabels) {
    return edit(d -> d.sourceLabels = sourceLabels);
  }

  public HTTPMatchRequest withGateways(List<String> gateways) {
    return edit(d -> d.gateways = gateways);
  }

  public HTTPMatchRequest withQueryParams(Map<String, StringMatch> queryParams) {
    return edit(d -> d.queryParams = queryParams);
  }

  public HTTPMatchRequest withIgnoreUriCase(Boolean ignoreUriCase) {
    return edit(d -> d.ignoreUriCase = ignoreUriCase);
  }

  public HTTPMatchRequest withWithoutHeaders(Map<String, StringMatch> withoutHeaders) {
    return edit(d -> d.withoutHeaders = withoutHeaders);
  }

  public HTTPMatchRequest withSourceNamespace(String sourceNamespace) {
    return edit(d -> d.sourceNamespace = sourceNamespace);
  }

  public HTTPMatchRequest withStatPrefix(String statPrefix) {
    return edit(d -> d.statPrefix = statPrefix);
  }

  private HTTPMatchRequest edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new HTTPMatchRequest(
        d.name,
        d.uri,
        d.scheme,
        d.method,
        d.authority,
        d.headers,
        d.port,
        d.sourceLabels,
        d.gateways,
        d.queryParams,
        d.ignoreUriCase,
        d.withoutHeaders,
        d.sourceNamespace,
        d.statPrefix,
        d.extra);
  }

  /** This record's components while a wither changes some of them. */
  private static final class Draft {
    String name;
    StringMatch uri;
    StringMatch scheme;
    StringMatch method;
    StringMatch authority;
    Map<String, StringMatch> headers;
    Integer port;
    Map<String, String> sourceLabels;
    List<String> gateways;
    Map<String, StringMatch> queryParams;
    Boolean ignoreUriCase;
    Map<String, StringMatch> withoutHeaders;
    String sourceNamespace;
    String statPrefix;
    Map<String, Object> extra;

    Draft(HTTPMatchRequest r) {
      name = r.name;
      uri = r.uri;
      scheme = r.scheme;
      method = r.method;
      authority = r.authority;
      headers = r.headers;
      port = r.port;
      sourceLabels = r.sourceLabels;
      gateways = r.gateways;
      queryParams = r.queryParams;
      ignoreUriCase = r.ignoreUriCase;
      withoutHeaders = r.withoutHeaders;
      sourceNamespace = r.sourceNamespace;
      statPrefix = r.statPrefix;
      extra = r.extra;
    }
  }
}
