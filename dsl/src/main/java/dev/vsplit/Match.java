package dev.vsplit;

import dev.vsplit.base.Describe;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One match condition of a route or a delegation: a URI (exact, prefix or regex) and optional
 * header, query, method, port... conditions that must all hold. Immutable: every method returns a
 * new match.
 *
 * <pre>{@code
 * exact("/login")                                   // uri: {exact: /login}
 * prefix("/reviews").header("x-canary", "true")     // uri: {prefix: /reviews}, headers: {x-canary: {exact: "true"}}
 * relativePrefix("/v1")                             // inside a team's scope /api: uri: {prefix: /api/v1}
 * pathPrefix("/account")                            // /account and /account/..., not /accounts: two matches
 * }</pre>
 *
 * <p>A condition method sets its field of the match; called again, it replaces it. The keyed ones
 * ({@code header}, {@code query}, {@code sourceLabel}, {@code withoutHeader}) set the entry of one
 * key and keep the others; {@link #addGateways} appends.
 */
public final class Match {

  private final HTTPMatchRequest request;
  private final boolean relative;
  private final boolean pathPrefix;

  private Match(HTTPMatchRequest request, boolean relative) {
    this(request, relative, false);
  }

  private Match(HTTPMatchRequest request, boolean relative, boolean pathPrefix) {
    this.request = request;
    this.relative = relative;
    this.pathPrefix = pathPrefix;
  }

  /**
   * {@code uri: {exact: path}}.
   *
   * @param path the whole path, e.g. {@code /login}
   * @return a new match
   */
  public static Match exact(String path) {
    return uri(StringMatch.exact(path), false);
  }

  /**
   * {@code uri: {prefix: path}}: a plain string prefix, so {@code /log} also matches {@code
   * /login}.
   *
   * @param path the start of the path, e.g. {@code /reviews}
   * @return a new match
   */
  public static Match prefix(String path) {
    return uri(StringMatch.prefix(path), false);
  }

  /**
   * The path {@code path} and everything below it, segment by segment: {@code
   * pathPrefix("/account")} matches {@code /account} and {@code /account/settings}, but not {@code
   * /accounts}, which {@code prefix("/account")} also matches (a plain string prefix). The
   * Kubernetes Gateway API calls this a {@code PathPrefix}. Istio has no such match, so it is
   * written as two: {@code uri: {exact: /account}} and {@code uri: {prefix: /account/}}, with the
   * same other conditions. A trailing {@code /} is ignored; {@code pathPrefix("/")} is every path,
   * {@code prefix("/")}.
   *
   * @param path the path, starting with {@code /}, e.g. {@code /account}
   * @return a new match
   * @throws IllegalArgumentException when {@code path} does not start with {@code /}
   */
  public static Match pathPrefix(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException(
          "pathPrefix \"" + path + "\" must start with \"/\", e.g. \"/" + path + "\"");
    }
    String trimmed = path;
    while (trimmed.length() > 1 && trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.equals("/")) {
      return prefix("/");
    }
    return new Match(HTTPMatchRequest.uri(StringMatch.prefix(trimmed)), false, true);
  }

  /**
   * {@code uri: {regex: re}}: an RE2 expression that must match the whole path.
   *
   * @param re e.g. {@code /users/[0-9]+}
   * @return a new match
   */
  public static Match regex(String re) {
    return uri(StringMatch.regex(re), false);
  }

  /**
   * No URI condition: in a team's routes, the whole scope (the delegation's own match).
   *
   * @return a new match
   */
  public static Match any() {
    return new Match(HTTPMatchRequest.EMPTY, false);
  }

  /**
   * An exact path written relative to the team's scope: {@code relativeExact("/users")} under
   * {@code /api} is {@code uri: {exact: /api/users}}.
   *
   * @param path the path after the scope's prefix
   * @return a new match
   */
  public static Match relativeExact(String path) {
    return uri(StringMatch.exact(path), true);
  }

  /**
   * A prefix written relative to the team's scope: {@code relativePrefix("/v1")} under {@code /api}
   * is {@code uri: {prefix: /api/v1}}.
   *
   * @param path the prefix after the scope's prefix
   * @return a new match
   */
  public static Match relativePrefix(String path) {
    return uri(StringMatch.prefix(path), true);
  }

  private static Match uri(StringMatch uri, boolean relative) {
    Objects.requireNonNull(uri.value(), "path");
    return new Match(HTTPMatchRequest.uri(uri), relative);
  }

  /**
   * Header {@code name} equals {@code value}: {@code headers: {name: {exact: value}}}.
   *
   * @param name the header's name
   * @param value its exact value
   * @return a new match
   */
  public Match header(String name, String value) {
    return header(name, StringMatch.exact(value));
  }

  /**
   * Header {@code name} starts with {@code prefix}: {@code headers: {name: {prefix: prefix}}}.
   *
   * @param name the header's name
   * @param prefix the start of its value
   * @return a new match
   */
  public Match headerPrefix(String name, String prefix) {
    return header(name, StringMatch.prefix(prefix));
  }

  /**
   * Header {@code name} matches the RE2 expression {@code regex}: {@code headers: {name: {regex:
   * regex}}}.
   *
   * @param name the header's name
   * @param regex an RE2 expression its whole value must match
   * @return a new match
   */
  public Match headerRegex(String name, String regex) {
    return header(name, StringMatch.regex(regex));
  }

  /**
   * Header {@code name} is present, with any value: {@code headers: {name: {}}}.
   *
   * @param name the header's name
   * @return a new match
   */
  public Match headerPresent(String name) {
    return header(name, StringMatch.empty());
  }

  private Match header(String name, StringMatch value) {
    return with(request.withHeaders(put(request.headers(), name, value)));
  }

  /**
   * Header {@code name} is absent: {@code withoutHeaders: {name: {}}}.
   *
   * @param name the header's name
   * @return a new match
   */
  public Match withoutHeader(String name) {
    return with(
        request.withWithoutHeaders(put(request.withoutHeaders(), name, StringMatch.empty())));
  }

  /**
   * Query parameter {@code name} equals {@code value}: {@code queryParams: {name: {exact: value}}}.
   *
   * @param name the parameter's name
   * @param value its exact value
   * @return a new match
   */
  public Match query(String name, String value) {
    return with(
        request.withQueryParams(put(request.queryParams(), name, StringMatch.exact(value))));
  }

  /**
   * Query parameter {@code name} matches the RE2 expression {@code regex}: {@code queryParams:
   * {name: {regex: regex}}}.
   *
   * @param name the parameter's name
   * @param regex an RE2 expression its whole value must match
   * @return a new match
   */
  public Match queryRegex(String name, String regex) {
    return with(
        request.withQueryParams(put(request.queryParams(), name, StringMatch.regex(regex))));
  }

  /**
   * The HTTP method: {@code method: {exact: GET}}.
   *
   * @param method e.g. {@code GET}
   * @return a new match
   */
  public Match method(String method) {
    return with(request.withMethod(StringMatch.exact(method)));
  }

  /**
   * The URI scheme: {@code scheme: {exact: https}}.
   *
   * @param scheme e.g. {@code https}
   * @return a new match
   */
  public Match scheme(String scheme) {
    return with(request.withScheme(StringMatch.exact(scheme)));
  }

  /**
   * The authority (the Host header) equals {@code authority}: {@code authority: {exact:
   * authority}}.
   *
   * @param authority e.g. {@code shop.example.com}
   * @return a new match
   */
  public Match authority(String authority) {
    return with(request.withAuthority(StringMatch.exact(authority)));
  }

  /**
   * The authority starts with {@code prefix}: {@code authority: {prefix: prefix}}.
   *
   * @param prefix the start of the authority
   * @return a new match
   */
  public Match authorityPrefix(String prefix) {
    return with(request.withAuthority(StringMatch.prefix(prefix)));
  }

  /**
   * The port the request arrived on: {@code port: 8080}.
   *
   * @param port the port number
   * @return a new match
   */
  public Match port(int port) {
    return with(request.withPort(port));
  }

  /**
   * Compares the URI case-insensitively: {@code ignoreUriCase: true}.
   *
   * @return a new match
   */
  public Match ignoreUriCase() {
    return with(request.withIgnoreUriCase(true));
  }

  /**
   * Only from workloads with this label: {@code sourceLabels: {key: value}}.
   *
   * @param key the label's key
   * @param value the label's value
   * @return a new match
   */
  public Match sourceLabel(String key, String value) {
    Map<String, String> labels = new LinkedHashMap<>(request.sourceLabels());
    labels.put(key, value);
    return with(request.withSourceLabels(labels));
  }

  /**
   * Only from workloads in this namespace: {@code sourceNamespace: namespace}.
   *
   * @param namespace the workloads' namespace
   * @return a new match
   */
  public Match sourceNamespace(String namespace) {
    return with(request.withSourceNamespace(namespace));
  }

  /**
   * Only on these gateways: sets the match's {@code gateways}, replacing any set before.
   *
   * @param gateways {@code namespace/name}, or {@code mesh} for the sidecars
   * @return a new match
   */
  public Match gateways(String... gateways) {
    return with(request.withGateways(List.of(gateways)));
  }

  /**
   * Appends to the match's {@code gateways}.
   *
   * @param gateways {@code namespace/name}, or {@code mesh} for the sidecars
   * @return a new match
   */
  public Match addGateways(String... gateways) {
    List<String> all = new ArrayList<>(request.gateways());
    all.addAll(List.of(gateways));
    return with(request.withGateways(all));
  }

  /**
   * Sets the match's {@code name}, shown in Envoy's route names.
   *
   * @param name the name
   * @return a new match
   */
  public Match named(String name) {
    return with(request.withName(name));
  }

  /**
   * The match as Istio's {@code HTTPMatchRequest}; a relative URI is still relative here.
   *
   * @return the one request of a match written as one
   * @throws IllegalStateException for a {@link #pathPrefix}, which Istio writes as two: use {@link
   *     #requests}
   */
  public HTTPMatchRequest request() {
    if (pathPrefix) {
      throw new IllegalStateException(
          this + " is two matches in Istio (exact and prefix): use requests()");
    }
    return request;
  }

  /**
   * The match as Istio's {@code HTTPMatchRequest}s: one, or for a {@link #pathPrefix} two ({@code
   * exact /account}, then {@code prefix /account/}), each with the match's other conditions.
   *
   * @return the requests, in the order they are written
   */
  public List<HTTPMatchRequest> requests() {
    if (!pathPrefix) {
      return List.of(request);
    }
    String path = request.uri().value();
    return List.of(
        request.withUri(StringMatch.exact(path)), request.withUri(StringMatch.prefix(path + "/")));
  }

  /**
   * Whether this is a {@link #pathPrefix}: the path and everything below it, segment by segment.
   *
   * @return {@code true} for a path prefix
   */
  public boolean isPathPrefix() {
    return pathPrefix;
  }

  /**
   * Whether the URI is written relative to the team's scope ({@link #relativeExact}, {@link
   * #relativePrefix}).
   *
   * @return true for a relative URI
   */
  public boolean isRelative() {
    return relative;
  }

  private Match with(HTTPMatchRequest next) {
    return new Match(next, relative, pathPrefix);
  }

  private static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
    Objects.requireNonNull(key, "name");
    Map<String, V> out = new LinkedHashMap<>(map);
    out.put(key, value);
    return out;
  }

  @Override
  public String toString() {
    return (relative ? "relative " : "")
        + (pathPrefix ? Describe.matches(requests()) : Describe.match(request));
  }
}
