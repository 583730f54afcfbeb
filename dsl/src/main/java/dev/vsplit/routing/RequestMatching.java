package dev.vsplit.routing;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.vsplit.base.BoundedCache;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.Map;

/**
 * Whether one match admits one request, with Envoy's semantics for the route Istio builds from it
 * ({@code TranslateRouteMatch}, {@code translateRoute}, {@code sourceMatchHTTP} in pilot's {@code
 * route.go}; Envoy's {@code HeaderUtility::matchHeaders} and {@code PathMatcher}):
 *
 * <ul>
 *   <li>{@code uri}: compared with the path without its query string; {@code exact} and {@code
 *       prefix} (a plain string prefix: {@code /log} matches {@code /login}) fold ASCII case under
 *       {@code ignoreUriCase}; {@code regex} is an RE2 full match and ignores {@code
 *       ignoreUriCase}, as Envoy's {@code case_sensitive} does; {@code uri: {}} matches every path.
 *   <li>{@code method}, {@code scheme}, {@code authority}: matchers on {@code :method}, {@code
 *       :scheme}, {@code :authority}.
 *   <li>{@code headers}: a missing header matches nothing; {@code {}} means present.
 *   <li>{@code withoutHeaders}: the inverted matcher; {@code {}} means absent; otherwise a missing
 *       header counts as the empty value (Istio sets {@code treat_missing_header_as_empty}), so
 *       {@code withoutHeaders: {x: {exact: ""}}} also refuses a request without {@code x}.
 *   <li>{@code queryParams}: the parameter must be present ({@code {}}: present is enough); first
 *       value, not percent-decoded.
 *   <li>{@code port}: the port the request arrives on.
 *   <li>{@code gateways}: the gateway it arrives through; when a match names gateways, Istio does
 *       not look at its {@code sourceLabels} and {@code sourceNamespace}.
 *   <li>{@code sourceLabels}, {@code sourceNamespace}: the workload whose proxy routes the request.
 * </ul>
 */
final class RequestMatching {

  private static final BoundedCache<String, Object> PATTERNS = new BoundedCache<>(10_000);

  private RequestMatching() {}

  /**
   * The first condition of {@code m} that {@code r} does not meet, in words; {@code null} when the
   * request matches.
   *
   * @param gateway the gateway the request arrives through, as written in VirtualServices after
   *     namespace qualification ({@code ns/name} or {@code mesh})
   */
  static String firstFailure(HTTPMatchRequest m, Request r, String gateway) {
    String f;
    if ((f = uri(m, r)) != null
        || (f = pseudo("method", m.method(), r.method())) != null
        || (f = headers(m, r)) != null
        || (f = withoutHeaders(m, r)) != null
        || (f = query(m, r)) != null
        || (f = pseudo("scheme", m.scheme(), r.scheme())) != null
        || (f = pseudo("authority", m.authority(), r.host())) != null) {
      return f;
    }
    if (m.portNumber() != 0 && m.portNumber() != r.effectivePort()) {
      return "port "
          + m.portNumber()
          + ": the request arrives on port "
          + r.effectivePort()
          + (r.port() == null ? " (assumed from its scheme)" : "");
    }
    if (!m.gateways().isEmpty()) {
      for (String g : m.gateways()) {
        if (g.equals(gateway)) {
          return null; // Istio does not check sourceLabels and sourceNamespace then
        }
      }
      return "gateways "
          + String.join(",", m.gateways())
          + ": the request arrives through "
          + gateway;
    }
    for (var e : m.sourceLabels().entrySet()) {
      String value = r.sourceLabels().get(e.getKey());
      if (!e.getValue().equals(value)) {
        return "sourceLabels "
            + e.getKey()
            + "="
            + e.getValue()
            + ": the source "
            + (value == null ? "has no label " + e.getKey() : "has " + e.getKey() + "=" + value);
      }
    }
    String ns = m.sourceNamespace();
    if (ns != null && !ns.isEmpty() && !ns.equals(r.sourceNamespace())) {
      return "sourceNamespace "
          + ns
          + ": the source "
          + (r.sourceNamespace() == null
              ? "namespace is not given"
              : "is in " + r.sourceNamespace());
    }
    return null;
  }

  static boolean matches(HTTPMatchRequest m, Request r, String gateway) {
    return firstFailure(m, r, gateway) == null;
  }

  private static String uri(HTTPMatchRequest m, Request r) {
    StringMatch uri = m.uri();
    if (uri == null || uri instanceof StringMatch.Empty) {
      return null;
    }
    String path = r.pathOnly();
    boolean fold = m.ignoresUriCase() && !(uri instanceof StringMatch.Regex);
    if (matchesString(uri, path, fold)) {
      return null;
    }
    String p = RouteText.quote(path);
    String caseNote = fold ? " (ignoring ASCII case)" : "";
    if (uri instanceof StringMatch.Exact) {
      return "uri " + uri + caseNote + ": the path is " + p;
    }
    if (uri instanceof StringMatch.Prefix) {
      return "uri " + uri + caseNote + ": the path " + p + " does not start with it";
    }
    return "uri " + uri + ": the path " + p + " is not a whole match" + regexNote(uri.value());
  }

  /** {@code :method}, {@code :scheme}, {@code :authority}: header matchers on a pseudo-header. */
  private static String pseudo(String field, StringMatch condition, String value) {
    if (condition == null) {
      return null;
    }
    if (value == null) {
      return field
          + " "
          + condition
          + ": the request names no "
          + (field.equals("authority") ? "host" : field);
    }
    if (isPresentMatch(condition) || matchesString(condition, value, false)) {
      return null;
    }
    return field
        + " "
        + condition
        + ": the request's is "
        + RouteText.quote(value)
        + regexNote(condition);
  }

  private static String headers(HTTPMatchRequest m, Request r) {
    for (var e : m.headers().entrySet()) {
      String failed = named("header", e.getKey(), e.getValue(), header(r, e.getKey()));
      if (failed != null) {
        return failed;
      }
    }
    return null;
  }

  /**
   * Why a header or query condition fails, or null when it holds.
   *
   * @param kind {@code header} or {@code query}
   * @param value the request's value, null when it has none
   */
  private static String named(String kind, String name, StringMatch condition, String value) {
    if (value == null) {
      return kind
          + " "
          + name
          + " "
          + describe(condition)
          + ": the request has no "
          + name
          + (kind.equals("query") ? " parameter" : " header");
    }
    if (!isPresentMatch(condition) && !matchesString(condition, value, false)) {
      return kind
          + " "
          + name
          + " "
          + condition
          + ": the request's is "
          + RouteText.quote(value)
          + regexNote(condition);
    }
    return null;
  }

  private static String withoutHeaders(HTTPMatchRequest m, Request r) {
    for (var e : m.withoutHeaders().entrySet()) {
      String name = e.getKey();
      StringMatch condition = e.getValue();
      String value = header(r, name);
      if (isPresentMatch(condition)) {
        if (value != null) {
          return "without header " + name + ": the request has it (" + RouteText.quote(value) + ")";
        }
        continue;
      }
      String v = value == null ? "" : value;
      if (matchesString(condition, v, false)) {
        return "without header "
            + name
            + " "
            + condition
            + ": "
            + (value == null
                ? "the request has no "
                    + name
                    + " header, which counts as the empty value, and that matches"
                : "the request's is " + RouteText.quote(value) + ", which matches");
      }
    }
    return null;
  }

  private static String query(HTTPMatchRequest m, Request r) {
    if (m.queryParams().isEmpty()) {
      return null;
    }
    Map<String, String> query = r.query();
    for (var e : m.queryParams().entrySet()) {
      String failed = named("query", e.getKey(), e.getValue(), query.get(e.getKey()));
      if (failed != null) {
        return failed;
      }
    }
    return null;
  }

  /** A request header, with the pseudo-headers and {@code host} read from the request line. */
  private static String header(Request r, String name) {
    String v = r.headers().get(name);
    if (v != null) {
      return v;
    }
    return switch (name) {
      case ":authority", "host" -> r.host();
      case ":method" -> r.method();
      case ":scheme" -> r.scheme();
      case ":path" -> r.path();
      default -> null;
    };
  }

  /**
   * {@code {}} and Istio's {@code regex: "*"} become Envoy's {@code present_match} ({@code
   * canBeConvertedToPresentMatch}).
   */
  static boolean isPresentMatch(StringMatch condition) {
    return condition instanceof StringMatch.Empty
        || (condition instanceof StringMatch.Regex x && x.value().equals("*"));
  }

  /**
   * exact, prefix (a plain string prefix), regex (RE2, whole string); ASCII case folded on request.
   */
  static boolean matchesString(StringMatch condition, String value, boolean foldCase) {
    if (condition instanceof StringMatch.Exact e) {
      return foldCase
          ? Request.ascii(value).equals(Request.ascii(e.value()))
          : value.equals(e.value());
    }
    if (condition instanceof StringMatch.Prefix p) {
      return foldCase
          ? Request.ascii(value).startsWith(Request.ascii(p.value()))
          : value.startsWith(p.value());
    }
    if (condition instanceof StringMatch.Regex x) {
      Object compiled = pattern(x.value());
      return compiled instanceof Pattern pattern && pattern.matches(value);
    }
    return true; // {}: no value to compare
  }

  private static Object pattern(String regex) {
    Object cached = PATTERNS.get(regex);
    if (cached != null) {
      return cached;
    }
    Object compiled;
    try {
      compiled = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      compiled = e.getMessage();
    }
    PATTERNS.keep(regex, compiled);
    return compiled;
  }

  private static String regexNote(StringMatch condition) {
    return condition instanceof StringMatch.Regex ? regexNote(condition.value()) : "";
  }

  private static String regexNote(String regex) {
    return pattern(regex) instanceof String error
        ? " (and the regex is not valid RE2: " + error + ")"
        : "";
  }

  private static String describe(StringMatch condition) {
    return isPresentMatch(condition) ? "present" : condition.toString();
  }
}
