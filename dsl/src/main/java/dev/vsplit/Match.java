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

  /** {@code uri: {exact: path}}. */
  public static Match exact(String path) {
    return uri(StringMatch.exact(path), false);
  }

  /**
   * {@code uri: {prefix: path}}: a plain string prefix, so {@code /log} also matches {@code
   * /login}.
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

  /** {@code uri: {regex: re}}: an RE2 expression that must match the whole path. */
  public static Match regex(String re) {
    return uri(StringMatch.regex(re), false);
  }

  /** No URI condition: in a team's routes, the whole scope (the delegation's own match). */
  public static Match any() {
    return new Match(HTTPMatchRequest.EMPTY, false);
  }

  /**
   * An exact path written relative to the team's scope: {@code relativeExact("/users")} under
   * {@code /api} is {@code /api/users}.
   */
  public static Match relativeExact(String path) {
    return uri(StringMatch.exact(path), true);
  }

  /**
   * A prefix written relative to the team's scope: {@code relativePrefix("/v1")} under {@code /api}
   * is {@code /api/v1}.
   */
  public static Match relativePrefix(String path) {
    return uri(StringMatch.prefix(path), true);
  }

  private static Match uri(StringMatch uri, boolean relative) {
    Objects.requireNonNull(uri.value(), "path");
    return new Match(HTTPMatchRequest.uri(uri), relative);
  }

  /** Header {@code name} equals {@code value}. */
  public Match header(String name, String value) {
    return header(name, StringMatch.exact(value));
  }

  /** Header {@code name} starts with {@code prefix}. */
  public Match headerPrefix(String name, String prefix) {
    return header(name, StringMatch.prefix(prefix));
  }

  /** Header {@code name} matches the RE2 expression {@code regex}. */
  public Match headerRegex(String name, String regex) {
    return header(name, StringMatch.regex(regex));
  }

  /** Header {@code name} is present, with any value. */
  public Match headerPresent(String name) {
    return header(name, StringMatch.empty());
  }

  private Match header(String name, StringMatch value) {
    return with(request.withHeaders(put(request.headers(), name, value)));
  }

  /** Header {@code name} is absent. */
  public Match withoutHeader(String name) {
    return with(
        request.withWithoutHeaders(put(request.withoutHeaders(), name, StringMatch.empty())));
  }

  /** Query parameter {@code name} equals {@code value}. */
  public Match query(String name, String value) {
    return with(
        request.withQueryParams(put(request.queryParams(), name, StringMatch.exact(value))));
  }

  /** Query parameter {@code name} matches the RE2 expression {@code regex}. */
  public Match queryRegex(String name, String regex) {
    return with(
        request.withQueryParams(put(request.queryParams(), name, StringMatch.regex(regex))));
  }

  /** HTTP method, e.g. {@code GET}. */
  public Match method(String method) {
    return with(request.withMethod(StringMatch.exact(method)));
  }

  /** {@code scheme}, e.g. {@code https}. */
  public Match scheme(String scheme) {
    return with(request.withScheme(StringMatch.exact(scheme)));
  }

  /** {@code authority} (the Host header) equals {@code authority}. */
  public Match authority(String authority) {
    return with(request.withAuthority(StringMatch.exact(authority)));
  }

  /** {@code authority} starts with {@code prefix}. */
  public Match authorityPrefix(String prefix) {
    return with(request.withAuthority(StringMatch.prefix(prefix)));
  }

  /** The port the request arrived on. */
  public Match port(int port) {
    return with(request.withPort(port));
  }

  /** Compare the URI case-insensitively. */
  public Match ignoreUriCase() {
    return with(request.withIgnoreUriCase(true));
  }

  /** Only from workloads with this label. */
  public Match sourceLabel(String key, String value) {
    Map<String, String> labels = new LinkedHashMap<>(request.sourceLabels());
    labels.put(key, value);
    return with(request.withSourceLabels(labels));
  }

  /** Only from workloads in this namespace. */
  public Match sourceNamespace(String namespace) {
    return with(request.withSourceNamespace(namespace));
  }

  /** Only on these gateways ({@code namespace/name}, or {@code mesh} for sidecars). */
  public Match gateways(String... gateways) {
    List<String> all = new ArrayList<>(request.gateways());
    all.addAll(List.of(gateways));
    return with(request.withGateways(all));
  }

  /** A name for the match, shown in Envoy's route names. */
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

  /** Whether the URI is written relative to the team's scope. */
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
