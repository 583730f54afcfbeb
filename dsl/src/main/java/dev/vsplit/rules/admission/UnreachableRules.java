package dev.vsplit.rules.admission;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Istio's {@code analyzeUnreachableHTTPRules}, {@code analyzeUnreachableTCPRules} and {@code
 * analyzeUnreachableTLSRules}: admission warnings for rules and matches of one VirtualService that
 * can never be used. They look at one object at a time and know nothing of delegation.
 */
final class UnreachableRules {
  private UnreachableRules() {}

  private static void unused(Messages out, At path, String rule, String reason) {
    out.warn(path, "virtualService rule " + rule + " not used (" + reason + ")");
  }

  private static void ineffective(Messages out, At path, String rule, String match, String dup) {
    out.warn(
        path,
        "virtualService rule "
            + rule
            + " match "
            + match
            + " is not used (duplicate/overlapping match in rule "
            + dup
            + ")");
  }

  private static String routeName(HTTPRoute route, int n) {
    return route.name() != null && !route.name().isEmpty() ? GoText.quote(route.name()) : "#" + n;
  }

  private static String requestName(HTTPMatchRequest match, int n) {
    return match.name() != null && !match.name().isEmpty() ? GoText.quote(match.name()) : "#" + n;
  }

  /**
   * What {@code genMatchHTTPRoutes} keeps of a match whose uri is a non-empty prefix. The route's
   * and the match's names ({@link #routeStr}, {@link #matchStr}) and its path ({@link #path}) are
   * spelled out only for a message.
   *
   * @param routes the routes' list ({@code spec.http})
   */
  record PrefixMatch(
      HTTPRoute route,
      int rulen,
      HTTPMatchRequest request,
      int matchn,
      String prefix,
      int port,
      String method,
      String authority,
      Map<String, String> headers,
      Map<String, String> queryParams,
      Map<String, String> withoutHeaders,
      At routes) {
    /** {@code spec.http[rulen].match[matchn]}. */
    At path() {
      return matchPath(routes, rulen, matchn);
    }

    String routeStr() {
      return routeName(route, rulen);
    }

    String matchStr() {
      return requestName(request, matchn);
    }
  }

  /**
   * A match kept to compare later ones with: Istio compares them by {@link #canonical}, a text
   * built here only when a later match has a uri of the same value (matches of different uri values
   * differ), which in a mesh of distinct paths is almost never.
   */
  private static final class Seen {
    final HTTPMatchRequest match;
    final int rulen;

    /** Another match with a uri of the same value, or null. */
    final Seen next;

    private String canonical;

    Seen(HTTPMatchRequest match, int rulen, Seen next) {
      this.match = match;
      this.rulen = rulen;
      this.next = next;
    }

    String canonical() {
      if (canonical == null) {
        canonical = UnreachableRules.canonical(match);
      }
      return canonical;
    }
  }

  /** Where {@link Seen} are filed: matches of different uri values never have the same identity. */
  private static String uriValue(HTTPMatchRequest match) {
    return match.uri() == null ? "" : match.uri().value();
  }

  static void analyzeHttp(List<HTTPRoute> routes, At path, Messages out) {
    // most routes have one match: sized for them, so that a primary's many routes never rehash
    Map<String, Seen> encountered = new HashMap<>((int) (routes.size() / 0.75f) + 1);
    int emptyMatchEncountered = -1;
    List<PrefixMatch> prefixMatches = new ArrayList<>();
    for (int rulen = 0; rulen < routes.size(); rulen++) {
      HTTPRoute route = routes.get(rulen);
      // the route's and the match's paths are built only for a message: almost every route is fine
      if (route.match().isEmpty()) {
        if (emptyMatchEncountered >= 0) {
          unused(
              out,
              path.index(rulen),
              routeName(route, rulen),
              "only the last rule can have no matches");
        }
        emptyMatchEncountered = rulen;
        continue;
      }
      int duplicateMatches = 0;
      for (int matchn = 0; matchn < route.match().size(); matchn++) {
        HTTPMatchRequest match = route.match().get(matchn);
        if (emptyMatchEncountered >= 0) {
          // reported once per match, as Istio does
          unused(
              out,
              path.index(rulen),
              routeName(route, rulen),
              "route without matches defined before");
          continue;
        }
        String uri = uriValue(match);
        Seen sameUri = encountered.get(uri);
        int dupn = -1;
        if (sameUri != null) {
          String key = canonical(match);
          for (Seen seen = sameUri; seen != null; seen = seen.next) {
            if (seen.canonical().equals(key)) {
              dupn = seen.rulen;
              break;
            }
          }
        }
        if (dupn >= 0) {
          ineffective(
              out,
              matchPath(path, rulen, matchn),
              routeName(route, rulen),
              requestName(match, matchn),
              routeName(routes.get(dupn), dupn));
          duplicateMatches++;
          continue;
        }
        encountered.put(uri, new Seen(match, rulen, sameUri));
        PrefixMatch prefix = prefixMatch(route, rulen, match, matchn, path);
        if (prefix != null) {
          prefixMatches.add(prefix);
        }
      }
      if (duplicateMatches == route.match().size()) {
        unused(out, path.index(rulen), routeName(route, rulen), "all matches used by prior rules");
      }
    }
    if (prefixMatches.size() > 1) {
      for (long pair : coveredPrefixPairs(prefixMatches)) {
        PrefixMatch former = prefixMatches.get((int) (pair >>> 32));
        PrefixMatch latter = prefixMatches.get((int) pair);
        ineffective(
            out,
            latter.path(),
            latter.routeStr(),
            latter.matchStr() + " of prefix " + latter.prefix(),
            former.matchStr() + " of prefix " + former.prefix() + " on " + former.routeStr());
      }
    }
  }

  /**
   * Istio compares every prefix match with every later one ({@code coveredValidation}), a square in
   * the number of routes. Only a former match whose prefix starts the latter's can cover it, so
   * each latter match looks up the proper prefixes of its own prefix instead. Returns the pairs
   * {@code (former << 32 | latter)} that cover, in Istio's order: by former, then by latter.
   */
  static List<Long> coveredPrefixPairs(List<PrefixMatch> prefixMatches) {
    Map<String, List<Integer>> byPrefix = new HashMap<>();
    // the lengths some former prefix has: only those are looked up
    boolean[] lengths = new boolean[64];
    List<Long> pairs = new ArrayList<>();
    for (int b = 0; b < prefixMatches.size(); b++) {
      PrefixMatch latter = prefixMatches.get(b);
      String prefix = latter.prefix();
      int longest = Math.min(prefix.length() - 1, lengths.length - 1);
      for (int len = 1;
          len <= longest;
          len++) { // proper prefixes: an equal one is a duplicate, reported above
        if (!lengths[len]) {
          continue;
        }
        List<Integer> formers = byPrefix.get(prefix.substring(0, len));
        if (formers != null) {
          for (int a : formers) {
            if (covers(prefixMatches.get(a), latter)) {
              pairs.add(((long) a << 32) | b);
            }
          }
        }
      }
      byPrefix.computeIfAbsent(prefix, k -> new ArrayList<>(1)).add(b);
      if (prefix.length() >= lengths.length) {
        lengths = Arrays.copyOf(lengths, Math.max(prefix.length() + 1, lengths.length * 2));
      }
      lengths[prefix.length()] = true;
    }
    pairs.sort(null);
    return pairs;
  }

  private static String exactOrPrefix(StringMatch m) {
    if (m == null) {
      return "";
    }
    if (!m.exactOrEmpty().isEmpty()) {
      return "exact:" + m.exactOrEmpty();
    }
    if (!m.prefixOrEmpty().isEmpty()) {
      return "prefix:" + m.prefixOrEmpty();
    }
    return "";
  }

  private static Map<String, String> exactOrPrefix(Map<String, StringMatch> values) {
    if (values.isEmpty()) {
      return Map.of(); // most matches: no headers, no query parameters
    }
    Map<String, String> out = new HashMap<>();
    values.forEach((k, v) -> out.put(k, exactOrPrefix(v)));
    return out;
  }

  /** {@code spec.http[rulen].match[matchn]}, from {@code spec.http}. */
  private static At matchPath(At routes, int rulen, int matchn) {
    return routes.index(rulen).key("match").index(matchn);
  }

  /**
   * {@code genMatchHTTPRoutes}.
   *
   * @param path the routes' list ({@code spec.http}): the match's path is built from it only for a
   *     message
   */
  static PrefixMatch prefixMatch(
      HTTPRoute route, int rulen, HTTPMatchRequest match, int matchn, At path) {
    if (match.uri() == null || match.uri().prefixOrEmpty().isEmpty()) {
      return null;
    }
    String method = exactOrPrefix(match.method());
    if (method.isEmpty()) {
      method = "exact:GET"; // no method: GET
    }
    return new PrefixMatch(
        route,
        rulen,
        match,
        matchn,
        match.uri().prefixOrEmpty(),
        match.portNumber(),
        method,
        exactOrPrefix(match.authority()),
        exactOrPrefix(match.headers()),
        exactOrPrefix(match.queryParams()),
        exactOrPrefix(match.withoutHeaders()),
        path);
  }

  /** {@code coveredValidation}: whether the former match takes every request the latter would. */
  static boolean covers(PrefixMatch a, PrefixMatch b) {
    if (!b.prefix().startsWith(a.prefix())) {
      return false;
    }
    if (b.port() != a.port()) {
      return false;
    }
    if (!a.method().equals(b.method()) && !a.method().startsWith(b.method())) {
      return false;
    }
    if (!a.authority().equals(b.authority()) && !a.authority().startsWith(b.authority())) {
      return false;
    }
    return mapCovered(a.headers(), b.headers())
        && mapCovered(a.queryParams(), b.queryParams())
        && mapCovered(a.withoutHeaders(), b.withoutHeaders());
  }

  private static boolean mapCovered(Map<String, String> a, Map<String, String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<String, String> e : a.entrySet()) {
      String other = b.get(e.getKey());
      if (other == null) {
        return false;
      }
      if (!e.getValue().equals(other) && !e.getValue().startsWith(other)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The identity Istio compares matches by ({@code asJSON} with the name cleared): every field but
   * the name, with unset, zero and empty values left out.
   */
  private static String canonical(HTTPMatchRequest m) {
    StringBuilder b = new StringBuilder();
    field(b, "uri", m.uri());
    field(b, "scheme", m.scheme());
    field(b, "method", m.method());
    field(b, "authority", m.authority());
    matchMap(b, "headers", m.headers());
    if (m.portNumber() != 0) {
      b.append("port=").append(m.portNumber()).append(';');
    }
    if (!m.sourceLabels().isEmpty()) {
      b.append("sourceLabels=").append(new TreeMap<>(m.sourceLabels())).append(';');
    }
    if (!m.gateways().isEmpty()) {
      b.append("gateways=").append(m.gateways()).append(';');
    }
    matchMap(b, "queryParams", m.queryParams());
    if (m.ignoresUriCase()) {
      b.append("ignoreUriCase;");
    }
    matchMap(b, "withoutHeaders", m.withoutHeaders());
    if (m.sourceNamespace() != null && !m.sourceNamespace().isEmpty()) {
      b.append("sourceNamespace=").append(GoText.quote(m.sourceNamespace())).append(';');
    }
    if (m.statPrefix() != null && !m.statPrefix().isEmpty()) {
      b.append("statPrefix=").append(GoText.quote(m.statPrefix())).append(';');
    }
    return b.toString();
  }

  private static void field(StringBuilder b, String name, StringMatch m) {
    if (m != null) {
      b.append(name).append('=').append(stringMatch(m)).append(';');
    }
  }

  private static String stringMatch(StringMatch m) {
    return m.kind().isEmpty() ? "{}" : "{" + m.kind() + ":" + GoText.quote(m.value()) + "}";
  }

  private static void matchMap(StringBuilder b, String name, Map<String, StringMatch> values) {
    if (values.isEmpty()) {
      return;
    }
    b.append(name).append("={");
    new TreeMap<>(values)
        .forEach(
            (k, v) -> b.append(GoText.quote(k)).append(':').append(stringMatch(v)).append(','));
    b.append("};");
  }

  // ---------------------------------------------------------------------------------------------
  // tcp and tls routes (plain YAML)

  /**
   * {@code analyzeUnreachableTCPRules} / {@code analyzeUnreachableTLSRules}: rules have no names
   * there.
   */
  static void analyzeL4(List<Object> routes, At path, Messages out) {
    Map<String, Integer> encountered = new HashMap<>();
    int emptyMatchEncountered = -1;
    for (int rulen = 0; rulen < routes.size(); rulen++) {
      if (!(routes.get(rulen) instanceof Map<?, ?> route)) {
        continue;
      }
      At rulePath = path.index(rulen);
      List<?> matches = route.get("match") instanceof List<?> l ? l : List.of();
      if (matches.isEmpty()) {
        if (emptyMatchEncountered >= 0) {
          unused(out, rulePath, "#" + rulen, "only the last rule can have no matches");
        }
        emptyMatchEncountered = rulen;
        continue;
      }
      int duplicateMatches = 0;
      for (int matchn = 0; matchn < matches.size(); matchn++) {
        if (emptyMatchEncountered >= 0) {
          unused(out, rulePath, "#" + rulen, "route without matches defined before");
          continue;
        }
        String key = canonicalFields(matches.get(matchn));
        Integer dupn = encountered.get(key);
        if (dupn != null) {
          ineffective(
              out, rulePath.key("match").index(matchn), "#" + rulen, "#" + matchn, "#" + dupn);
          duplicateMatches++;
        } else {
          encountered.put(key, rulen);
        }
      }
      if (duplicateMatches == matches.size()) {
        unused(out, rulePath, "#" + rulen, "all matches used by prior rules");
      }
    }
  }

  /**
   * A plain YAML match with the fields proto3 JSON would leave out (null, zero, empty) left out,
   * keys sorted.
   */
  private static String canonicalFields(Object match) {
    if (!(match instanceof Map<?, ?> map)) {
      return String.valueOf(match);
    }
    TreeMap<String, String> fields = new TreeMap<>();
    map.forEach(
        (k, v) -> {
          if (!isDefault(v)) {
            fields.put(String.valueOf(k), canonicalValue(v));
          }
        });
    return fields.toString();
  }

  private static boolean isDefault(Object v) {
    return v == null
        || (v instanceof String s && s.isEmpty())
        || (v instanceof Boolean bool && !bool)
        || (v instanceof Number n && n.doubleValue() == 0)
        || (v instanceof List<?> l && l.isEmpty())
        || (v instanceof Map<?, ?> m && m.isEmpty());
  }

  private static String canonicalValue(Object v) {
    if (v instanceof Map<?, ?> m) {
      TreeMap<String, String> sorted = new TreeMap<>();
      m.forEach((k, x) -> sorted.put(String.valueOf(k), canonicalValue(x)));
      return sorted.toString();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(UnreachableRules::canonicalValue).toList().toString();
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Long.toString(n.longValue());
    }
    return v instanceof String s ? GoText.quote(s) : String.valueOf(v);
  }
}
