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

  public static String matches(List<HTTPMatchRequest> matches) {
    if (matches.isEmpty()) {
      return "everything (no match)";
    }
    List<String> parts = new ArrayList<>();
    for (HTTPMatchRequest m : matches) {
      parts.add(match(m));
    }
    return String.join(" or ", parts);
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
