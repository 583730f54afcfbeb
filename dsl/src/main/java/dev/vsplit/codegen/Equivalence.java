package dev.vsplit.codegen;

import dev.vsplit.base.Describe;
import dev.vsplit.base.FieldPath;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.Overlap;
import dev.vsplit.yaml.DocumentReader;
import dev.vsplit.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proof that a split routes exactly as the monolith did, from the effective routes of both (the
 * same engine computes them: Istio's merge, inheritance and short-name resolution).
 *
 * <p>Both lists are cut into the routes Envoy gets: Istio turns each match of an HTTP route into a
 * route of its own, in order. Each route of the split must equal, as an effective-route YAML tree,
 * a distinct route of the monolith (a route the monolith does not leave out), and none may be
 * missing. Routes may come in another order only where no request can match both (Envoy takes the
 * first route that matches, so the order of two routes that share no request changes nothing): then
 * every request takes an equal route in both. Sound but not complete: where {@link Overlap} cannot
 * tell, the two are taken to overlap.
 *
 * <p>One normalization: {@code uri: {prefix: /}} is the same condition as no uri (every path starts
 * with {@code /}), and a route without match is one with a single empty match: a delegation of
 * {@code prefix /} adds exactly that to a catch-all route.
 */
final class Equivalence {

  /** The outcome: summary lines, and the first difference if any. */
  record Proof(List<String> summary, Finding difference) {
    boolean holds() {
      return difference == null;
    }
  }

  /**
   * One Envoy route: where it comes from, its YAML as written and read back (plain values), its
   * match.
   */
  private record Entry(String origin, Object tree, HTTPMatchRequest match, String yaml) {}

  private Equivalence() {}

  /**
   * @param monolith the monolith's effective VirtualServices
   * @param excluded for each primary ({@code namespace/name}), the routes the split leaves out and
   *     the matches it drops because the monolith never reaches them
   * @param split the split's effective VirtualServices
   */
  static Proof compare(
      List<EffectiveVirtualService> monolith,
      Map<String, Planner.Excluded> excluded,
      List<EffectiveVirtualService> split) {
    Map<String, EffectiveVirtualService> byRef = new LinkedHashMap<>();
    for (EffectiveVirtualService vs : split) {
      byRef.put(vs.namespace() + "/" + vs.name(), vs);
    }
    List<String> summary = new ArrayList<>();
    int leftOutTotal = 0;
    int deadTotal = 0;
    DocumentReader reader = DocumentReader.forWrittenText();
    for (EffectiveVirtualService before : monolith) {
      String ref = before.namespace() + "/" + before.name();
      Planner.Excluded ex = excluded.getOrDefault(ref, Planner.Excluded.none());
      Set<Integer> out = ex.leftOut();
      leftOutTotal += out.size();
      deadTotal += ex.deadMatches();
      EffectiveVirtualService after = byRef.remove(ref);
      if (after == null) {
        return new Proof(
            summary,
            difference(
                ref,
                "",
                "the split has no primary "
                    + ref
                    + " with hosts: the generated"
                    + " VirtualService is missing or Istio's webhook would refuse it"));
      }
      List<Entry> was = new ArrayList<>();
      int routes = 0;
      for (EffectiveRoute r : before.routes()) {
        int index = r.origin().rootIndex();
        if (!out.contains(index)) {
          List<Entry> live = new ArrayList<>();
          List<Entry> all = entries(reader, r.route(), ref + " spec.http[" + index + "]");
          for (int k = 0; k < all.size(); k++) {
            if (!ex.isDead(index, k)) {
              live.add(all.get(k));
            }
          }
          routes += live.isEmpty() ? 0 : 1;
          was.addAll(live);
        }
      }
      List<Entry> now = new ArrayList<>();
      for (EffectiveRoute r : after.routes()) {
        now.addAll(entries(reader, r.route(), r.origin().writtenAt()));
      }
      // each route of the split takes the first unused equal route of the monolith (found by hash)
      Map<Object, java.util.ArrayDeque<Integer>> unused = new java.util.HashMap<>();
      for (int j = 0; j < was.size(); j++) {
        unused.computeIfAbsent(was.get(j).tree(), k -> new java.util.ArrayDeque<>()).add(j);
      }
      int[] counterpart = new int[now.size()];
      boolean[] used = new boolean[was.size()];
      for (int i = 0; i < now.size(); i++) {
        java.util.ArrayDeque<Integer> candidates = unused.get(now.get(i).tree());
        counterpart[i] = candidates == null || candidates.isEmpty() ? -1 : candidates.poll();
        if (counterpart[i] >= 0) {
          used[counterpart[i]] = true;
        } else {
          Entry e = now.get(i);
          String near =
              i < was.size()
                  ? "\nthe monolith's route at that place ("
                      + was.get(i).origin()
                      + "):\n"
                      + indent(was.get(i).yaml())
                  : "";
          return new Proof(
              summary,
              difference(
                  ref,
                  e.origin(),
                  "effective route #"
                      + (i + 1)
                      + " of the split ("
                      + e.origin()
                      + ") equals no route of the monolith:\n"
                      + indent(e.yaml())
                      + near));
        }
      }
      for (int j = 0; j < was.size(); j++) {
        if (!used[j]) {
          return new Proof(
              summary,
              difference(
                  ref,
                  was.get(j).origin(),
                  "the monolith's route "
                      + was.get(j).origin()
                      + " is missing from the split:\n"
                      + indent(was.get(j).yaml())));
        }
      }
      int reordered = 0;
      for (int i = 0; i < now.size(); i++) {
        for (int k = i + 1; k < now.size(); k++) {
          if (counterpart[i] > counterpart[k]) {
            reordered++;
            Entry a = now.get(i);
            Entry b = now.get(k);
            if (Overlap.mayOverlap(a.match(), b.match())) {
              return new Proof(
                  summary,
                  difference(
                      ref,
                      a.origin(),
                      "the split evaluates "
                          + a.origin()
                          + " ("
                          + Describe.match(a.match())
                          + ") before "
                          + b.origin()
                          + " ("
                          + Describe.match(b.match())
                          + "), the monolith"
                          + " the other way round, and one request can match both: it would take another route"));
            }
          }
        }
      }
      summary.add(
          ref
              + ": "
              + routes
              + " route(s)"
              + (out.isEmpty() ? "" : " (" + out.size() + " left out of the split)")
              + ", "
              + was.size()
              + " Envoy route(s) (one per match)"
              + (ex.deadMatches() == 0
                  ? ""
                  : ", besides "
                      + ex.deadMatches()
                      + " match(es) an earlier match takes all requests of, dropped")
              + "; each found equal, field by field, in the split; "
              + reordered
              + " pair(s) now evaluated in another order, none of which one request can match both");
    }
    if (!byRef.isEmpty()) {
      String ref = byRef.keySet().iterator().next();
      return new Proof(
          summary,
          difference(
              ref,
              "",
              "the split has a VirtualService with hosts, "
                  + ref
                  + ", that the monolith does not"));
    }
    if (leftOutTotal > 0) {
      summary.add(
          "routing is CHANGED for the "
              + leftOutTotal
              + " route(s) left out of the split (see where their requests go now);"
              + " every request of the other routes takes an equal route in the split as in the"
              + " monolith");
    } else {
      summary.add(
          "routing is unchanged: every request takes an equal route in the split as in the"
              + " monolith"
              + (deadTotal == 0
                  ? ""
                  : " (the " + deadTotal + " match(es) dropped never took a request)"));
    }
    return new Proof(summary, null);
  }

  /**
   * Where the requests of each left-out route of {@code monolith} go in {@code split}, one line per
   * route: for each of its matches, the first route of the split that takes all of them, with the
   * routes before it that may take some; or 404 when no route of the split matches them.
   */
  static List<String> whereNow(
      EffectiveVirtualService monolith, Set<Integer> leftOut, EffectiveVirtualService split) {
    List<String> out = new ArrayList<>();
    for (int r : leftOut) {
      HTTPRoute route = monolith.http().get(r);
      List<HTTPMatchRequest> matches =
          route.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : route.match();
      List<String> parts = new ArrayList<>();
      for (HTTPMatchRequest m : matches) {
        HTTPMatchRequest mine = normalize(m);
        List<String> some = new ArrayList<>();
        String all = null;
        for (EffectiveRoute e : split == null ? List.<EffectiveRoute>of() : split.routes()) {
          List<HTTPMatchRequest> theirs =
              e.route().match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : e.route().match();
          String where = e.origin().writtenAt() + " (" + action(e.route()) + ")";
          if (theirs.stream()
              .anyMatch(t -> dev.vsplit.routing.Coverage.covers(normalize(t), mine))) {
            all = where;
            break;
          }
          if (theirs.stream().anyMatch(t -> Overlap.mayOverlap(normalize(t), mine))) {
            some.add(where);
          }
        }
        String now =
            (some.isEmpty() ? "" : "some to " + String.join(", ", some) + ", the rest ")
                + (all != null ? "to " + all : "to no route: 404");
        parts.add(Describe.match(m) + " now goes " + now);
      }
      out.add(FieldPath.httpRoute(r) + " (" + action(route) + "): " + String.join("; ", parts));
    }
    return out;
  }

  /** What a route does, in a few words: {@code to reviews:9080}, {@code 403}, {@code redirect}. */
  static String action(HTTPRoute r) {
    if (r.directResponse() != null) {
      return "direct response " + r.directResponse().status();
    }
    if (r.redirect() != null) {
      return "redirect";
    }
    if (r.delegate() != null) {
      return "delegate";
    }
    List<String> hosts = new ArrayList<>();
    r.route().forEach(d -> hosts.add(d.destination().host()));
    return hosts.isEmpty() ? "no action" : "to " + String.join(", ", hosts);
  }

  private static List<Entry> entries(DocumentReader reader, HTTPRoute route, String origin) {
    List<Entry> out = new ArrayList<>();
    List<HTTPMatchRequest> matches =
        route.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : route.match();
    for (int k = 0; k < matches.size(); k++) {
      HTTPMatchRequest m = normalize(matches.get(k));
      String yaml = YamlWriter.writeValue(route.withMatch(List.of(m)), YamlWriter.Defaults.OMIT);
      String at = origin + (matches.size() > 1 ? " match[" + k + "]" : "");
      out.add(new Entry(at, reader.readValue(at, yaml), m, yaml));
    }
    return out;
  }

  /** {@code prefix: /} holds for every path: the same as no uri condition. */
  static HTTPMatchRequest normalize(HTTPMatchRequest m) {
    if (m.uri() instanceof StringMatch.Prefix p && p.value().equals("/")) {
      return m.withUri(null);
    }
    return m;
  }

  private static Finding difference(String ref, String path, String message) {
    return Finding.error(
        SplitFindings.NOT_EQUIVALENT,
        ref,
        path,
        null,
        "the split does not route as the monolith: " + message,
        "this is a vsplit bug; please report it with the monolith and the ownership map",
        null);
  }

  private static String indent(String yaml) {
    return "    " + yaml.strip().replace("\n", "\n    ");
  }
}
