package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether two match requests may both hold for one request. Sound for "disjoint": it answers {@code
 * false} only when no request can match both; regexes and unknown fields count as overlapping.
 */
public final class Overlap {

  private Overlap() {}

  public static boolean mayOverlap(HTTPMatchRequest a, HTTPMatchRequest b) {
    if (!uriMayOverlap(a, b)
        || !stringMayOverlap(a.scheme(), b.scheme(), false)
        || !stringMayOverlap(a.method(), b.method(), false)
        || !stringMayOverlap(a.authority(), b.authority(), false)
        || !keyedMayOverlap(a.headers(), b.headers())
        || !keyedMayOverlap(a.queryParams(), b.queryParams())) {
      return false;
    }
    for (String k : a.headers().keySet()) {
      if (b.withoutHeaders().containsKey(k)
          && b.withoutHeaders().get(k) instanceof StringMatch.Empty) {
        return false;
      }
    }
    for (String k : b.headers().keySet()) {
      if (a.withoutHeaders().containsKey(k)
          && a.withoutHeaders().get(k) instanceof StringMatch.Empty) {
        return false;
      }
    }
    if (a.portNumber() != 0 && b.portNumber() != 0 && a.portNumber() != b.portNumber()) {
      return false;
    }
    if (notEmpty(a.sourceNamespace())
        && notEmpty(b.sourceNamespace())
        && !a.sourceNamespace().equals(b.sourceNamespace())) {
      return false;
    }
    for (var e : a.sourceLabels().entrySet()) {
      String other = b.sourceLabels().get(e.getKey());
      if (other != null && !other.equals(e.getValue())) {
        return false;
      }
    }
    if (!a.gateways().isEmpty() && !b.gateways().isEmpty()) {
      Set<String> common = new HashSet<>(a.gateways());
      common.retainAll(b.gateways());
      if (common.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean uriMayOverlap(HTTPMatchRequest a, HTTPMatchRequest b) {
    boolean ignoreCase = a.ignoresUriCase() || b.ignoresUriCase();
    return stringMayOverlap(a.uri(), b.uri(), ignoreCase);
  }

  static boolean stringMayOverlap(StringMatch a, StringMatch b, boolean ignoreCase) {
    if (a == null
        || b == null
        || a instanceof StringMatch.Empty
        || b instanceof StringMatch.Empty
        || a instanceof StringMatch.Regex
        || b instanceof StringMatch.Regex) {
      return true;
    }
    String av = ignoreCase ? Request.ascii(a.value()) : a.value();
    String bv = ignoreCase ? Request.ascii(b.value()) : b.value();
    boolean aPrefix = a instanceof StringMatch.Prefix;
    boolean bPrefix = b instanceof StringMatch.Prefix;
    if (aPrefix && bPrefix) {
      return av.startsWith(bv) || bv.startsWith(av);
    }
    if (aPrefix) {
      return bv.startsWith(av);
    }
    if (bPrefix) {
      return av.startsWith(bv);
    }
    return av.equals(bv);
  }

  private static boolean keyedMayOverlap(Map<String, StringMatch> a, Map<String, StringMatch> b) {
    for (var e : a.entrySet()) {
      StringMatch other = b.get(e.getKey());
      if (other != null && !stringMayOverlap(e.getValue(), other, false)) {
        return false;
      }
    }
    return true;
  }

  private static boolean notEmpty(String s) {
    return s != null && !s.isEmpty();
  }
}
