package dev.vsplit.testing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Istio's {@code hasConflict} and {@code stringMatchConflict}, written again straight from the
 * tables of {@code istio/delegation.md} (b), independently of {@code dev.vsplit.routing}: the
 * oracle of the property tests.
 */
public final class IstioSpec {

  private IstioSpec() {}

  /**
   * What a StringMatch holds, as the table reads it: "unset" and "set to the empty string" are both
   * no value.
   */
  enum Kind {
    ABSENT,
    NO_VALUE,
    EXACT,
    PREFIX,
    REGEX
  }

  static Kind kind(StringMatch m) {
    if (m == null) {
      return Kind.ABSENT;
    }
    if (m.value().isEmpty()) {
      return Kind.NO_VALUE;
    }
    if (m instanceof StringMatch.Exact) {
      return Kind.EXACT;
    }
    return m instanceof StringMatch.Prefix ? Kind.PREFIX : Kind.REGEX;
  }

  /**
   * The table, root down, leaf across: "-" fits everything; exact fits only the same exact; prefix
   * fits an exact or prefix that starts with it; regex fits nothing. A match object with no value
   * conflicts with every value ("anything else is a conflict"), on either side.
   */
  public static boolean stringMatchConflict(StringMatch root, StringMatch leaf) {
    Kind r = kind(root);
    Kind l = kind(leaf);
    if (r == Kind.ABSENT || l == Kind.ABSENT) {
      return false;
    }
    if (r == Kind.NO_VALUE || l == Kind.NO_VALUE) {
      return true;
    }
    return switch (r) {
      case EXACT -> !(l == Kind.EXACT && leaf.value().equals(root.value()));
      case PREFIX ->
          !((l == Kind.EXACT || l == Kind.PREFIX) && leaf.value().startsWith(root.value()));
      default -> true;
    };
  }

  /**
   * The fields of the first conflicting row of the {@code hasConflict} table, in Istio's order; for
   * the keyed rows every conflicting key (Go iterates maps in random order, so which one Istio
   * meets first is not defined). Empty when the matches do not conflict.
   */
  public static Set<String> firstConflict(HTTPMatchRequest r, HTTPMatchRequest d) {
    String[] names = {"uri", "scheme", "method", "authority"};
    StringMatch[] roots = {r.uri(), r.scheme(), r.method(), r.authority()};
    StringMatch[] leaves = {d.uri(), d.scheme(), d.method(), d.authority()};
    for (int i = 0; i < names.length; i++) {
      if (stringMatchConflict(roots[i], leaves[i])) {
        return Set.of(names[i]);
      }
    }
    for (String field : List.of("headers", "withoutHeaders", "queryParams")) {
      Set<String> keys = keyed(field, r, d);
      if (!keys.isEmpty()) {
        return keys;
      }
    }
    if (Boolean.TRUE.equals(r.ignoreUriCase()) != Boolean.TRUE.equals(d.ignoreUriCase())) {
      return Set.of("ignoreUriCase");
    }
    int rootPort = r.port() == null ? 0 : r.port();
    int leafPort = d.port() == null ? 0 : d.port();
    if (rootPort > 0 && leafPort > 0 && rootPort != leafPort) {
      return Set.of("port");
    }
    String rootNs = r.sourceNamespace() == null ? "" : r.sourceNamespace();
    String leafNs = d.sourceNamespace() == null ? "" : d.sourceNamespace();
    if (!rootNs.isEmpty() && !leafNs.equals(rootNs)) {
      return Set.of("sourceNamespace");
    }
    Set<String> labels = new HashSet<>();
    d.sourceLabels()
        .forEach(
            (k, v) -> {
              if (r.sourceLabels().containsKey(k) && !r.sourceLabels().get(k).equals(v)) {
                labels.add("sourceLabels." + k);
              }
            });
    if (!labels.isEmpty()) {
      return labels;
    }
    if (!r.gateways().isEmpty()
        && !d.gateways().isEmpty()
        && (r.gateways().size() < d.gateways().size()
            || !new HashSet<>(r.gateways()).containsAll(d.gateways()))) {
      return Set.of("gateways");
    }
    return Set.of();
  }

  public static boolean hasConflict(HTTPMatchRequest r, HTTPMatchRequest d) {
    return !firstConflict(r, d).isEmpty();
  }

  private static Set<String> keyed(String field, HTTPMatchRequest r, HTTPMatchRequest d) {
    Map<String, StringMatch> root =
        switch (field) {
          case "headers" -> r.headers();
          case "withoutHeaders" -> r.withoutHeaders();
          default -> r.queryParams();
        };
    Map<String, StringMatch> leaf =
        switch (field) {
          case "headers" -> d.headers();
          case "withoutHeaders" -> d.withoutHeaders();
          default -> d.queryParams();
        };
    Set<String> out = new HashSet<>();
    leaf.forEach(
        (k, v) -> {
          if (stringMatchConflict(root.get(k), v)) {
            out.add(field + "." + k);
          }
        });
    return out;
  }

  /**
   * {@code mergeHTTPMatchRequests}: root list empty, the delegate's list; delegate list empty, the
   * root's; otherwise the delegate-major cross product of the pairs that fit, or {@code null}
   * (route dropped) when one delegate match fits no root match. Pairs are merged by {@code merge}.
   */
  public static List<HTTPMatchRequest> mergeMatches(
      List<HTTPMatchRequest> root,
      List<HTTPMatchRequest> delegate,
      java.util.function.BinaryOperator<HTTPMatchRequest> merge) {
    if (root.isEmpty()) {
      return delegate;
    }
    if (delegate.isEmpty()) {
      return root;
    }
    List<HTTPMatchRequest> out = new ArrayList<>();
    for (HTTPMatchRequest d : delegate) {
      boolean found = false;
      for (HTTPMatchRequest r : root) {
        if (!hasConflict(r, d)) {
          out.add(merge.apply(r, d));
          found = true;
        }
      }
      if (!found) {
        return null;
      }
    }
    return out;
  }
}
