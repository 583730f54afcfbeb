package dev.vsplit.testing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a request satisfies a match, written from Istio's route translation and Envoy's matcher
 * semantics rather than from vsplit's code, for the simple values the generators produce:
 *
 * <ul>
 *   <li>{@code uri}: exact, prefix (plain string prefix), regex (whole path, RE2 syntax; the
 *       generated ones mean the same in java.util.regex); {@code ignoreUriCase} folds ASCII case
 *       for exact and prefix only (Envoy's {@code case_sensitive: false} does not apply to
 *       regexes); {@code uri: {}} translates to Envoy's default {@code prefix: /}, so it matches
 *       any path.
 *   <li>{@code headers}, {@code method}, {@code scheme}, {@code authority}: header matchers; an
 *       empty {@code {}} value means "present".
 *   <li>{@code withoutHeaders}: the same matchers inverted; a missing header satisfies every one.
 *   <li>{@code queryParams}: exact, prefix, regex on the parameter's value; the parameter must be
 *       present.
 *   <li>{@code port}, {@code sourceNamespace}, {@code sourceLabels}, {@code gateways}: the listener
 *       port, the client's namespace and labels, the gateway the request came through.
 * </ul>
 */
public final class RequestMatcher {

  private RequestMatcher() {}

  /** A route's match list: empty matches everything; otherwise any one match (OR). */
  public static boolean matchesRoute(List<HTTPMatchRequest> match, Request request) {
    if (match.isEmpty()) {
      return true;
    }
    for (HTTPMatchRequest m : match) {
      if (matches(m, request)) {
        return true;
      }
    }
    return false;
  }

  /** One match: every condition (AND). */
  public static boolean matches(HTTPMatchRequest m, Request r) {
    if (m.uri() != null
        && !(m.uri() instanceof StringMatch.Empty)
        && !string(m.uri(), r.path(), m.ignoresUriCase())) {
      return false;
    }
    if (!header(m.method(), r.method())
        || !header(m.scheme(), r.scheme())
        || !header(m.authority(), r.authority())) {
      return false;
    }
    for (var e : m.headers().entrySet()) {
      if (!header(e.getValue(), r.headers().get(e.getKey()))) {
        return false;
      }
    }
    for (var e : m.withoutHeaders().entrySet()) {
      String value = r.headers().get(e.getKey());
      if (value != null && header(e.getValue(), value)) {
        return false;
      }
    }
    for (var e : m.queryParams().entrySet()) {
      String value = r.query().get(e.getKey());
      if (value == null
          || !(e.getValue() instanceof StringMatch.Empty) && !string(e.getValue(), value, false)) {
        return false;
      }
    }
    if (m.portNumber() != 0 && m.portNumber() != r.port()) {
      return false;
    }
    if (m.sourceNamespace() != null
        && !m.sourceNamespace().isEmpty()
        && !m.sourceNamespace().equals(r.sourceNamespace())) {
      return false;
    }
    for (Map.Entry<String, String> e : m.sourceLabels().entrySet()) {
      if (!e.getValue().equals(r.sourceLabels().get(e.getKey()))) {
        return false;
      }
    }
    return m.gateways().isEmpty() || m.gateways().contains(r.gateway());
  }

  /**
   * A header matcher: {@code null} condition holds; {@code {}} asks for presence; otherwise the
   * value must match.
   */
  private static boolean header(StringMatch condition, String value) {
    if (condition == null) {
      return true;
    }
    if (value == null) {
      return false;
    }
    return condition instanceof StringMatch.Empty || string(condition, value, false);
  }

  private static boolean string(StringMatch condition, String value, boolean ignoreCase) {
    if (condition instanceof StringMatch.Exact e) {
      return ignoreCase ? asciiEqualsIgnoreCase(value, e.value()) : value.equals(e.value());
    }
    if (condition instanceof StringMatch.Prefix p) {
      return value.length() >= p.value().length()
          && (ignoreCase
              ? asciiEqualsIgnoreCase(value.substring(0, p.value().length()), p.value())
              : value.startsWith(p.value()));
    }
    if (condition instanceof StringMatch.Regex x) {
      return Pattern.compile(x.value()).matcher(value).matches();
    }
    throw new IllegalArgumentException("no value to compare: " + condition);
  }

  /** Envoy folds case in ASCII only (absl::EqualsIgnoreCase). */
  static boolean asciiEqualsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
