package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Istio's {@code hasConflict} and {@code stringMatchConflict}: whether a secondary's match may be
 * merged with a primary's match. Field by field, in Istio's order, reporting the first field that
 * conflicts.
 */
public final class MatchConflicts {

  private MatchConflicts() {}

  /**
   * The first conflict between a primary (root) match and a secondary (leaf) match, or {@code
   * null}.
   */
  public static Conflict find(HTTPMatchRequest root, HTTPMatchRequest leaf) {
    Conflict c;
    if ((c = string("uri", root.uri(), leaf.uri())) != null
        || (c = string("scheme", root.scheme(), leaf.scheme())) != null
        || (c = string("method", root.method(), leaf.method())) != null
        || (c = string("authority", root.authority(), leaf.authority())) != null
        || (c = keyed("headers", root.headers(), leaf.headers())) != null
        || (c = keyed("withoutHeaders", root.withoutHeaders(), leaf.withoutHeaders())) != null
        || (c = keyed("queryParams", root.queryParams(), leaf.queryParams())) != null) {
      return c;
    }
    if (root.ignoresUriCase() != leaf.ignoresUriCase()) {
      return new Conflict(
          "ignoreUriCase",
          "ignoreUriCase is "
              + leaf.ignoresUriCase()
              + " but the primary's match has "
              + root.ignoresUriCase()
              + "; Istio requires both to be equal, even when the secondary's match has no uri");
    }
    if (root.portNumber() > 0 && leaf.portNumber() > 0 && root.portNumber() != leaf.portNumber()) {
      return new Conflict(
          "port",
          "port " + leaf.portNumber() + " differs from the primary's port " + root.portNumber());
    }
    String rootNs = nullToEmpty(root.sourceNamespace());
    if (!rootNs.isEmpty() && !rootNs.equals(nullToEmpty(leaf.sourceNamespace()))) {
      return new Conflict(
          "sourceNamespace",
          leaf.sourceNamespace() == null || leaf.sourceNamespace().isEmpty()
              ? "sourceNamespace is not repeated: the primary's match requires sourceNamespace \""
                  + rootNs
                  + "\" and Istio drops a secondary match that leaves it out"
              : "sourceNamespace \""
                  + leaf.sourceNamespace()
                  + "\" differs from the primary's \""
                  + rootNs
                  + "\"");
    }
    for (var e : leaf.sourceLabels().entrySet()) {
      String rootValue = root.sourceLabels().get(e.getKey());
      if (rootValue != null && !rootValue.equals(e.getValue())) {
        return new Conflict(
            "sourceLabels." + e.getKey(),
            "sourceLabels "
                + e.getKey()
                + "="
                + e.getValue()
                + " differs from the primary's "
                + e.getKey()
                + "="
                + rootValue);
      }
    }
    List<String> rootGateways = root.gateways();
    List<String> leafGateways = leaf.gateways();
    if (!rootGateways.isEmpty() && !leafGateways.isEmpty()) {
      Set<String> rootSet = new HashSet<>(rootGateways);
      if (rootGateways.size() < leafGateways.size() || !rootSet.containsAll(leafGateways)) {
        return new Conflict(
            "gateways",
            "gateways "
                + leafGateways
                + " are not among the primary's match gateways "
                + rootGateways
                + " (both compared after namespace qualification: a short name means a gateway in the"
                + " VirtualService's own namespace)");
      }
    }
    return null;
  }

  /** Whether the two matches conflict (Istio's {@code hasConflict}). */
  public static boolean conflicts(HTTPMatchRequest root, HTTPMatchRequest leaf) {
    return find(root, leaf) != null;
  }

  /** Istio's {@code stringMatchConflict}: {@code null} on either side never conflicts. */
  public static boolean stringMatchConflict(StringMatch root, StringMatch leaf) {
    if (root == null || leaf == null) {
      return false;
    }
    String rootRegex = root.regexOrEmpty();
    String leafRegex = leaf.regexOrEmpty();
    if (!rootRegex.isEmpty()
        && (!leafRegex.isEmpty()
            || !leaf.prefixOrEmpty().isEmpty()
            || !leaf.exactOrEmpty().isEmpty())) {
      return true;
    }
    if (!leafRegex.isEmpty()
        && (!rootRegex.isEmpty()
            || !root.prefixOrEmpty().isEmpty()
            || !root.exactOrEmpty().isEmpty())) {
      return true;
    }
    String exact = root.exactOrEmpty();
    if (!exact.isEmpty()) {
      return !leaf.prefixOrEmpty().isEmpty() || !leaf.exactOrEmpty().equals(exact);
    }
    String prefix = root.prefixOrEmpty();
    if (!prefix.isEmpty()) {
      if (!leaf.prefixOrEmpty().isEmpty()) {
        return !leaf.prefixOrEmpty().startsWith(prefix);
      }
      if (!leaf.exactOrEmpty().isEmpty()) {
        return !leaf.exactOrEmpty().startsWith(prefix);
      }
    }
    return true;
  }

  private static Conflict string(String field, StringMatch root, StringMatch leaf) {
    if (!stringMatchConflict(root, leaf)) {
      return null;
    }
    return new Conflict(field, describe(field, root, leaf));
  }

  private static Conflict keyed(
      String field, Map<String, StringMatch> root, Map<String, StringMatch> leaf) {
    if (leaf.isEmpty()) {
      return null; // most matches: no entry set and iterator made for nothing
    }
    for (var e : leaf.entrySet()) {
      StringMatch rootValue = root.get(e.getKey());
      if (stringMatchConflict(rootValue, e.getValue())) {
        String name = field + "." + e.getKey();
        return new Conflict(name, describe(name, rootValue, e.getValue()));
      }
    }
    return null;
  }

  private static String describe(String field, StringMatch root, StringMatch leaf) {
    String l = field + " " + leaf;
    String r = "the primary's " + root;
    if (!root.regexOrEmpty().isEmpty()
        && !leaf.regexOrEmpty().isEmpty()
        && Objects.equals(root, leaf)) {
      return l
          + " repeats "
          + r
          + "; Istio cannot tell whether one regex contains another, so it drops even an identical one";
    }
    if (!root.regexOrEmpty().isEmpty()) {
      return l
          + " is tested under "
          + r
          + "; under a regex Istio admits only matches that leave "
          + field
          + " out";
    }
    if (!leaf.regexOrEmpty().isEmpty()) {
      return l
          + " is a regex under "
          + r
          + "; Istio merges a regex only where the primary leaves "
          + field
          + " out";
    }
    if (root.value().isEmpty()) {
      return l
          + " cannot be merged with "
          + r
          + ": an empty value reads as no value, which Istio treats as a conflict";
    }
    if (root instanceof StringMatch.Exact) {
      return l
          + " is not "
          + r
          + " (under an exact match only the same exact value fits)"
          + (field.equals("uri") && leaf.value().equalsIgnoreCase(root.value())
              ? CASE_SENSITIVE
              : "");
    }
    if (leaf instanceof StringMatch.Empty || leaf.value().isEmpty()) {
      return l + " has no value, which does not fit under " + r;
    }
    boolean differsInCaseOnly =
        field.equals("uri")
            && leaf.value().regionMatches(true, 0, root.value(), 0, root.value().length());
    return l + " is outside " + r + (differsInCaseOnly ? CASE_SENSITIVE : "");
  }

  /**
   * Said when two values differ only in case: {@code /LOGIN} under {@code /log} conflicts even with
   * ignoreUriCase on both.
   */
  private static final String CASE_SENSITIVE =
      "; Istio compares the text case-sensitively, ignoreUriCase or not";

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
