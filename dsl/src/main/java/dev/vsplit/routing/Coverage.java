package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Whether one match request covers another: every request that {@code inner} matches is matched by
 * {@code outer}. Sound, not complete: where regexes or unknown fields make the answer undecidable,
 * it answers {@code false} (no claim) rather than guess.
 */
public final class Coverage {

  private Coverage() {}

  /** Whether every request matching {@code inner} also matches {@code outer}. */
  public static boolean covers(HTTPMatchRequest outer, HTTPMatchRequest inner) {
    if (!outer.extra().isEmpty()) {
      return false; // a condition vsplit does not model: make no claim
    }
    if (!uriCovers(outer, inner)) {
      return false;
    }
    if (!stringCovers(outer.scheme(), inner.scheme(), false, false)
        || !stringCovers(outer.method(), inner.method(), false, false)
        || !stringCovers(outer.authority(), inner.authority(), false, false)) {
      return false;
    }
    if (!keyedCovers(outer.headers(), inner.headers())
        || !keyedCovers(outer.queryParams(), inner.queryParams())) {
      return false;
    }
    for (var e : outer.withoutHeaders().entrySet()) {
      if (!e.getValue().equals(inner.withoutHeaders().get(e.getKey()))) {
        return false; // the inner match must exclude at least what the outer one excludes
      }
    }
    if (outer.portNumber() != 0 && outer.portNumber() != inner.portNumber()) {
      return false;
    }
    for (var e : outer.sourceLabels().entrySet()) {
      if (!e.getValue().equals(inner.sourceLabels().get(e.getKey()))) {
        return false;
      }
    }
    String ns = outer.sourceNamespace();
    if (ns != null && !ns.isEmpty() && !ns.equals(inner.sourceNamespace())) {
      return false;
    }
    if (!outer.gateways().isEmpty()
        && (inner.gateways().isEmpty()
            || !new HashSet<>(outer.gateways()).containsAll(inner.gateways()))) {
      return false;
    }
    return true;
  }

  /**
   * A route with no match matches everything; otherwise some match of {@code outer} must cover each
   * match of {@code inner}.
   */
  public static boolean routeCovers(List<HTTPMatchRequest> outer, List<HTTPMatchRequest> inner) {
    if (outer.isEmpty()) {
      return true;
    }
    if (inner.isEmpty()) {
      return outer.stream().anyMatch(Coverage::matchesEverything);
    }
    for (HTTPMatchRequest i : inner) {
      if (coveringMatch(outer, i) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first of a route's matches that covers {@code inner}; for a route without match, which
   * takes every request, {@link HTTPMatchRequest#EMPTY}; {@code null} when none covers it.
   */
  public static HTTPMatchRequest coveringMatch(
      List<HTTPMatchRequest> route, HTTPMatchRequest inner) {
    if (route.isEmpty()) {
      return HTTPMatchRequest.EMPTY;
    }
    for (HTTPMatchRequest o : route) {
      if (covers(o, inner)) {
        return o;
      }
    }
    return null;
  }

  /** A match with no conditions at all (or only {@code prefix: /}, which every path has). */
  public static boolean matchesEverything(HTTPMatchRequest m) {
    return covers(m, HTTPMatchRequest.EMPTY);
  }

  private static boolean uriCovers(HTTPMatchRequest outer, HTTPMatchRequest inner) {
    StringMatch o = outer.uri();
    if (o == null) {
      return true;
    }
    // Envoy paths always start with "/": an outer prefix "/" (or "") holds for any path.
    if (o instanceof StringMatch.Prefix p && (p.value().isEmpty() || p.value().equals("/"))) {
      return true;
    }
    return stringCovers(o, inner.uri(), outer.ignoresUriCase(), inner.ignoresUriCase());
  }

  /**
   * Whether {@code outer} holds for every value {@code inner} admits. {@code null} outer: always;
   * {@code null} inner: only a condition that always holds.
   */
  static boolean stringCovers(
      StringMatch outer, StringMatch inner, boolean outerIgnoresCase, boolean innerIgnoresCase) {
    if (outer == null) {
      return true;
    }
    if (inner == null || inner instanceof StringMatch.Empty || outer instanceof StringMatch.Empty) {
      return false;
    }
    if (innerIgnoresCase && !outerIgnoresCase && hasAsciiLetter(inner.value())) {
      // the inner match also admits other spellings that a case-sensitive outer match refuses
      return false;
    }
    String ov = outerIgnoresCase ? Request.ascii(outer.value()) : outer.value();
    String iv = outerIgnoresCase ? Request.ascii(inner.value()) : inner.value();
    if (outer instanceof StringMatch.Regex || inner instanceof StringMatch.Regex) {
      return outer.equals(inner) && outerIgnoresCase == innerIgnoresCase;
    }
    if (outer instanceof StringMatch.Exact) {
      return inner instanceof StringMatch.Exact && iv.equals(ov);
    }
    // outer is a prefix
    return iv.startsWith(ov);
  }

  private static boolean hasAsciiLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  private static boolean keyedCovers(
      Map<String, StringMatch> outer, Map<String, StringMatch> inner) {
    for (var e : outer.entrySet()) {
      StringMatch i = inner.get(e.getKey());
      StringMatch o = e.getValue();
      if (i == null) {
        return false;
      }
      if (o instanceof StringMatch.Empty) {
        continue; // outer asks only that the header be present; any inner condition on it implies
        // that
      }
      if (!stringCovers(o, i, false, false)) {
        return false;
      }
    }
    return true;
  }
}
