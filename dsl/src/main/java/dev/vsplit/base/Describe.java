package dev.vsplit.base;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Short human descriptions of matches for messages: {@code prefix "/log"}, {@code exact "/login" +
 * header x-user present}.
 */
public final class Describe {
  private Describe() {}

  /**
   * The possessive of a name as English writes it: {@code team identity's}, {@code team payments'}.
   *
   * @param name a name or a phrase ending in one
   * @return the name with {@code 's}, or only {@code '} after a final s
   */
  public static String possessive(String name) {
    return name.endsWith("s") || name.endsWith("S") ? name + "'" : name + "'s";
  }

  /**
   * A route's or a delegation's matches, {@code exact "/login" or exact "/logout"}; an exact path
   * followed by the prefix of its subpaths with the same other conditions (what the DSL's {@code
   * pathPrefix("/account")} writes) reads {@code path prefix "/account"}.
   */
  public static String matches(List<HTTPMatchRequest> matches) {
    if (matches.isEmpty()) {
      return "everything (no match)";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      HTTPMatchRequest m = matches.get(i);
      if (i + 1 < matches.size() && isPathPrefix(m, matches.get(i + 1))) {
        HTTPMatchRequest rest = m.withUri(null);
        String conditions = match(rest);
        parts.add(
            "path prefix \""
                + m.uri().value()
                + "\""
                + (rest.equals(HTTPMatchRequest.EMPTY.withName(rest.name()))
                    ? ""
                    : " + " + conditions));
        i++;
      } else {
        parts.add(match(m));
      }
    }
    return String.join(" or ", parts);
  }

  /**
   * Whether {@code exact} and {@code prefix} together are a path prefix: {@code exact "/account"}
   * and {@code prefix "/account/"}, the same in every other condition.
   */
  public static boolean isPathPrefix(HTTPMatchRequest exact, HTTPMatchRequest prefix) {
    return exact.uri() instanceof StringMatch.Exact e
        && prefix.uri() instanceof StringMatch.Prefix p
        && e.value().length() > 1
        && e.value().startsWith("/")
        && !e.value().endsWith("/")
        && p.value().equals(e.value() + "/")
        && exact.withUri(null).equals(prefix.withUri(null));
  }

  /**
   * A team's scope: the matches of each delegation to its secondary, minus the other teams' parts,
   * {@code prefix "/" minus prefix "/log" (team identity, ns1/vs-1)}.
   *
   * @param secondary the secondary, named when no delegation leads to it
   * @param carveOuts the other teams' parts, each as {@link #carveOut} describes it
   */
  public static String scope(
      String secondary, List<List<HTTPMatchRequest>> delegations, List<String> carveOuts) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < delegations.size(); i++) {
      if (i > 0) {
        out.append(" and ");
      }
      out.append(matches(delegations.get(i)));
    }
    if (delegations.isEmpty()) {
      out.append("nothing (no primary delegates to ").append(secondary).append(')');
    }
    for (String c : carveOuts) {
      out.append(" minus ").append(c);
    }
    return out.toString();
  }

  /**
   * A part of a scope that a primary gives to another team: {@code prefix "/log" (team identity,
   * ns1/vs-1)}.
   */
  public static String carveOut(List<HTTPMatchRequest> matches, String team, String secondary) {
    return matches(matches) + " (team " + team + ", " + secondary + ")";
  }

  /**
   * A part of a scope that the primary answers itself, with a route of the administrators': {@code
   * prefix "/admin" (answered by primary default/shop itself)}.
   */
  public static String ownRoute(List<HTTPMatchRequest> matches, String primary) {
    return matches(matches) + " (answered by primary " + primary + " itself)";
  }

  public static String match(HTTPMatchRequest m) {
    List<String> parts = new ArrayList<>();
    if (m.uri() != null) {
      parts.add(m.uri() instanceof StringMatch.Empty ? "uri {}" : m.uri().toString());
    }
    if (m.method() != null) {
      parts.add("method " + m.method());
    }
    if (m.scheme() != null) {
      parts.add("scheme " + m.scheme());
    }
    if (m.authority() != null) {
      parts.add("authority " + m.authority());
    }
    new TreeMap<>(m.headers())
        .forEach(
            (k, v) ->
                parts.add("header " + k + (v instanceof StringMatch.Empty ? " present" : " " + v)));
    new TreeMap<>(m.withoutHeaders())
        .forEach(
            (k, v) ->
                parts.add(
                    v instanceof StringMatch.Empty
                        ? "without header " + k
                        : "without header " + k + " " + v));
    new TreeMap<>(m.queryParams())
        .forEach(
            (k, v) ->
                parts.add("query " + k + (v instanceof StringMatch.Empty ? " present" : " " + v)));
    if (m.portNumber() != 0) {
      parts.add("port " + m.portNumber());
    }
    if (!m.gateways().isEmpty()) {
      parts.add("gateways " + String.join(",", m.gateways()));
    }
    if (m.sourceNamespace() != null && !m.sourceNamespace().isEmpty()) {
      parts.add("sourceNamespace " + m.sourceNamespace());
    }
    if (!m.sourceLabels().isEmpty()) {
      parts.add("sourceLabels " + labels(m.sourceLabels()));
    }
    if (m.ignoresUriCase()) {
      parts.add("ignoreUriCase");
    }
    return parts.isEmpty() ? "{} (any request)" : String.join(" + ", parts);
  }

  /** {@code app=web,version=v1}: labels sorted by key. */
  private static String labels(Map<String, String> labels) {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(labels).forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(",", parts);
  }
}
