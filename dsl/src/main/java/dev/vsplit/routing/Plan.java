package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a change does to the effective routes: for each primary and each team, the routes added,
 * removed, re-ordered (relative to a route they overlap with, so that the order decides),
 * re-targeted (other destinations, weights, redirect or direct response) and otherwise changed.
 * What {@code vsplit:plan} prints.
 *
 * <p>A route is the same route before and after when its matches are the same (the {@code k}-th
 * route with given matches pairs with the {@code k}-th); failing that, when it was written at the
 * same place (secondary and index), its matches changed.
 *
 * @param before what the routes were (a label: the file or the specs)
 * @param after what they are now
 * @param primaries one per primary of either side, sorted by namespace and name
 */
public record Plan(String before, String after, List<PrimaryPlan> primaries) {

  public Plan {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    primaries = List.copyOf(primaries);
  }

  /** What happened to one route. */
  public enum Kind {
    ADDED("added"),
    REMOVED("removed"),
    RETARGETED("re-targeted"),
    REORDERED("re-ordered"),
    CHANGED("changed");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One route that changed.
   *
   * @param owner who answers for it ({@code team identity}...); the new owner when it moved
   * @param kinds what happened to it, at least one
   * @param before the route before, {@code null} when added
   * @param after the route after, {@code null} when removed
   * @param details what changed, in words (old and new destinations, the fields that differ...)
   */
  public record Change(
      String owner,
      Set<Kind> kinds,
      RouteTable.Row before,
      RouteTable.Row after,
      List<String> details) {
    public Change {
      kinds = Set.copyOf(kinds);
      details = List.copyOf(details);
    }

    /** The route as it is now, or as it was when removed. */
    public RouteTable.Row row() {
      return after != null ? after : before;
    }
  }

  /**
   * The changes of one primary.
   *
   * @param state {@code added} or {@code removed} when the primary exists on one side only, else
   *     {@code kept}
   * @param unchanged the owners with routes in this primary none of which changed
   */
  public record PrimaryPlan(
      ResourceRef ref, String state, List<Change> changes, List<String> unchanged) {
    public PrimaryPlan {
      changes = List.copyOf(changes);
      unchanged = List.copyOf(unchanged);
    }
  }

  /** Compares two route tables. */
  public static Plan between(
      RouteTable before, RouteTable after, String beforeLabel, String afterLabel) {
    Map<ResourceRef, RouteTable.Primary> b = new TreeMap<>();
    before.primaries().forEach(p -> b.put(p.ref(), p));
    Map<ResourceRef, RouteTable.Primary> a = new TreeMap<>();
    after.primaries().forEach(p -> a.put(p.ref(), p));
    Set<ResourceRef> refs = new TreeSet<>(b.keySet());
    refs.addAll(a.keySet());
    List<PrimaryPlan> out = new ArrayList<>();
    for (ResourceRef ref : refs) {
      RouteTable.Primary pb = b.get(ref);
      RouteTable.Primary pa = a.get(ref);
      String state = pb == null ? "added" : pa == null ? "removed" : "kept";
      out.add(
          compare(
              ref, state, pb == null ? List.of() : pb.rows(), pa == null ? List.of() : pa.rows()));
    }
    return new Plan(beforeLabel, afterLabel, out);
  }

  /** Every changed route, primary by primary. */
  public List<Change> changes() {
    List<Change> out = new ArrayList<>();
    primaries.forEach(p -> out.addAll(p.changes()));
    return out;
  }

  public boolean isEmpty() {
    return primaries.stream().allMatch(p -> p.changes().isEmpty());
  }

  /**
   * How many routes changed per owner, most first. A route that moved from one team to another
   * counts for both.
   */
  public Map<String, Integer> changedRoutesByOwner() {
    Map<String, Integer> counts = new HashMap<>();
    for (Change c : changes()) {
      for (String owner : owners(c)) {
        counts.merge(owner, 1, Integer::sum);
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The owners whose routes changed. */
  public Set<String> ownersAffected() {
    return changedRoutesByOwner().keySet();
  }

  /**
   * One line for CI: {@code 2 routes of team identity changed; no other team affected}, or {@code 5
   * routes changed: 3 of team identity, 2 of team storefront; 2 teams affected}, or {@code no route
   * changed}.
   */
  public String summary() {
    Map<String, Integer> counts = changedRoutesByOwner();
    int total = changes().size();
    if (total == 0) {
      return "no route changed";
    }
    if (counts.size() == 1) {
      var e = counts.entrySet().iterator().next();
      return routes(e.getValue()) + " of " + e.getKey() + " changed; no other team affected";
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((owner, n) -> parts.add(n + " of " + owner));
    return routes(total)
        + " changed: "
        + String.join(", ", parts)
        + "; "
        + counts.size()
        + " teams affected";
  }

  /**
   * The whole plan as text: per primary, per owner, one line per changed route; the summary last.
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("vsplit plan: ").append(before).append(" -> ").append(after).append('\n');
    for (PrimaryPlan p : primaries) {
      out.append("primary ").append(p.ref());
      if (!p.state().equals("kept")) {
        out.append(" (").append(p.state()).append(')');
      }
      out.append(p.changes().isEmpty() ? ": no change" : "").append('\n');
      Map<String, List<Change>> byOwner = new TreeMap<>();
      for (Change c : p.changes()) {
        byOwner.computeIfAbsent(c.owner(), k -> new ArrayList<>()).add(c);
      }
      for (var e : byOwner.entrySet()) {
        out.append("  ").append(e.getKey()).append('\n');
        List<String[]> lines = new ArrayList<>();
        for (Change c : e.getValue()) {
          lines.add(line(c));
        }
        StringBuilder block = new StringBuilder();
        RouteTable.appendColumns(block, lines);
        block.toString().lines().forEach(l -> out.append("  ").append(l).append('\n'));
      }
      if (!p.changes().isEmpty() && !p.unchanged().isEmpty()) {
        out.append("  unchanged: ").append(String.join(", ", p.unchanged())).append('\n');
      }
    }
    out.append(summary()).append('\n');
    return out.toString();
  }

  private static String[] line(Change c) {
    String sign =
        c.kinds().contains(Kind.ADDED) ? "+" : c.kinds().contains(Kind.REMOVED) ? "-" : "~";
    List<String> labels = new ArrayList<>();
    for (Kind k : Kind.values()) {
      if (c.kinds().contains(k)) {
        labels.add(k.label());
      }
    }
    RouteTable.Row row = c.row();
    String position =
        c.after() == null
            ? "(was #" + c.before().position() + ")"
            : c.before() == null || c.before().position() == c.after().position()
                ? "#" + c.after().position()
                : "#" + c.after().position() + " (was #" + c.before().position() + ")";
    StringBuilder what = new StringBuilder(RouteText.matches(row.route().match()));
    if (c.details().isEmpty()) {
      what.append(" -> ").append(RouteText.action(row.route()));
    } else {
      what.append(": ").append(String.join("; ", c.details()));
    }
    if (row.writtenAt() != null) {
      what.append("  [").append(row.writtenAt()).append(']');
    }
    return new String[] {sign + " " + String.join(", ", labels), position, what.toString()};
  }

  private static List<String> owners(Change c) {
    Set<String> out = new LinkedHashSet<>();
    if (c.after() != null) {
      out.add(c.after().owner());
    }
    if (c.before() != null && !c.before().owner().equals("unknown owner")) {
      out.add(c.before().owner());
    }
    if (out.size() > 1) {
      out.remove("unknown owner");
    }
    return List.copyOf(out);
  }

  private static PrimaryPlan compare(
      ResourceRef ref, String state, List<RouteTable.Row> before, List<RouteTable.Row> after) {
    // pass 1: same matches
    Map<List<HTTPMatchRequest>, Deque<RouteTable.Row>> byMatch = new HashMap<>();
    for (RouteTable.Row r : before) {
      byMatch.computeIfAbsent(r.route().match(), k -> new ArrayDeque<>()).add(r);
    }
    Map<RouteTable.Row, RouteTable.Row> pairs = new LinkedHashMap<>(); // after -> before
    Set<RouteTable.Row> pairedBefore = new java.util.HashSet<>();
    for (RouteTable.Row r : after) {
      Deque<RouteTable.Row> q = byMatch.get(r.route().match());
      if (q != null && !q.isEmpty()) {
        RouteTable.Row b = q.poll();
        pairs.put(r, b);
        pairedBefore.add(b);
      }
    }
    // pass 2: same place written, matches changed
    Map<String, RouteTable.Row> unpairedBeforeByPlace = new HashMap<>();
    for (RouteTable.Row r : before) {
      if (!pairedBefore.contains(r) && r.writtenAt() != null) {
        unpairedBeforeByPlace.putIfAbsent(r.writtenAt(), r);
      }
    }
    for (RouteTable.Row r : after) {
      if (!pairs.containsKey(r) && r.writtenAt() != null) {
        RouteTable.Row b = unpairedBeforeByPlace.remove(r.writtenAt());
        if (b != null) {
          pairs.put(r, b);
          pairedBefore.add(b);
        }
      }
    }
    Map<RouteTable.Row, Set<Kind>> kinds = new LinkedHashMap<>();
    Map<RouteTable.Row, List<String>> details = new HashMap<>();
    for (var e : pairs.entrySet()) {
      RouteTable.Row a = e.getKey();
      RouteTable.Row b = e.getValue();
      Set<Kind> k = EnumSet.noneOf(Kind.class);
      List<String> d = new ArrayList<>();
      if (!a.route().match().equals(b.route().match())) {
        k.add(Kind.CHANGED);
        d.add("match was " + RouteText.matches(b.route().match()));
      }
      if (!sameAction(a.route(), b.route())) {
        k.add(Kind.RETARGETED);
        d.add(RouteText.action(b.route()) + " -> " + RouteText.action(a.route()));
      }
      List<String> fields = otherFieldsChanged(b.route(), a.route());
      if (!fields.isEmpty()) {
        k.add(Kind.CHANGED);
        d.addAll(fields);
      }
      if (!a.owner().equals(b.owner())
          && !a.owner().equals("unknown owner")
          && !b.owner().equals("unknown owner")) {
        k.add(Kind.CHANGED);
        d.add("moved from " + b.owner());
      }
      kinds.put(a, k);
      details.put(a, d);
    }
    // re-ordered: two paired routes whose order flipped and whose matches may overlap
    List<Map.Entry<RouteTable.Row, RouteTable.Row>> list = new ArrayList<>(pairs.entrySet());
    list.sort(Comparator.comparingInt(e -> e.getValue().position()));
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        RouteTable.Row ai = list.get(i).getKey();
        RouteTable.Row aj = list.get(j).getKey();
        if (ai.position() > aj.position() && mayOverlap(ai.route(), aj.route())) {
          flagReordered(kinds, details, ai, aj);
          flagReordered(kinds, details, aj, ai);
        }
      }
    }
    List<Change> changes = new ArrayList<>();
    Set<String> changedOwners = new TreeSet<>();
    for (RouteTable.Row r : before) {
      if (!pairedBefore.contains(r)) {
        changes.add(new Change(r.owner(), Set.of(Kind.REMOVED), r, null, List.of()));
      }
    }
    for (RouteTable.Row r : after) {
      RouteTable.Row b = pairs.get(r);
      if (b == null) {
        changes.add(new Change(r.owner(), Set.of(Kind.ADDED), null, r, List.of()));
        continue;
      }
      Set<Kind> k = kinds.get(r);
      if (!k.isEmpty()) {
        String owner = r.owner().equals("unknown owner") ? b.owner() : r.owner();
        changes.add(new Change(owner, k, b, r, details.get(r)));
      }
    }
    changes.sort(
        Comparator.comparingInt(
                (Change c) -> c.after() == null ? c.before().position() : c.after().position())
            .thenComparing(c -> c.after() == null ? 0 : 1));
    for (Change c : changes) {
      changedOwners.addAll(owners(c));
    }
    Set<String> unchanged = new TreeSet<>();
    for (RouteTable.Row r : after) {
      unchanged.add(r.owner());
    }
    for (RouteTable.Row r : before) {
      unchanged.add(r.owner());
    }
    unchanged.removeAll(changedOwners);
    return new PrimaryPlan(ref, state, changes, List.copyOf(unchanged));
  }

  private static void flagReordered(
      Map<RouteTable.Row, Set<Kind>> kinds,
      Map<RouteTable.Row, List<String>> details,
      RouteTable.Row row,
      RouteTable.Row other) {
    if (kinds.get(row).add(Kind.REORDERED)) { // name the first route it swapped places with
      String side = row.position() < other.position() ? "before" : "after";
      details
          .get(row)
          .add(
              "now "
                  + side
                  + " #"
                  + other.position()
                  + " ("
                  + RouteText.matches(other.route().match())
                  + "), which it overlaps");
    }
  }

  private static boolean sameAction(HTTPRoute a, HTTPRoute b) {
    return Objects.equals(a.route(), b.route())
        && Objects.equals(a.redirect(), b.redirect())
        && Objects.equals(a.directResponse(), b.directResponse())
        && Objects.equals(a.delegate(), b.delegate());
  }

  /**
   * Every other field that differs, old -> new: {@code timeout 5s -> 10s}, {@code retries none -> 3
   * x 2s}; a field whose difference its words do not show (an unknown field) as {@code ...
   * changed}.
   */
  private static List<String> otherFieldsChanged(HTTPRoute b, HTTPRoute a) {
    List<String> out = new ArrayList<>();
    if (!Objects.equals(b.name(), a.name())) {
      out.add("name " + named(b.name()) + " -> " + named(a.name()));
    }
    Map<String, String> was = RouteText.behaviour(b);
    Map<String, String> now = RouteText.behaviour(a);
    Set<String> fields = new LinkedHashSet<>(was.keySet());
    fields.addAll(now.keySet());
    for (String field : fields) {
      String before = was.getOrDefault(field, "none");
      String after = now.getOrDefault(field, "none");
      if (!before.equals(after)) {
        out.add(field + " " + before + " -> " + after);
      }
    }
    unshown(out, "rewrite", b.rewrite(), a.rewrite(), was, now);
    unshown(out, "timeout", b.timeout(), a.timeout(), was, now);
    unshown(out, "retries", b.retries(), a.retries(), was, now);
    unshown(out, "fault", b.fault(), a.fault(), was, now);
    unshown(
        out,
        "mirror",
        List.of(
            String.valueOf(b.mirror()),
            b.mirrors(),
            String.valueOf(b.mirrorPercentage()),
            String.valueOf(b.mirrorPercent())),
        List.of(
            String.valueOf(a.mirror()),
            a.mirrors(),
            String.valueOf(a.mirrorPercentage()),
            String.valueOf(a.mirrorPercent())),
        was,
        now);
    unshown(out, "headers", b.headers(), a.headers(), was, now);
    unshown(out, "cors", b.corsPolicy(), a.corsPolicy(), was, now);
    if (!Objects.equals(b.extra(), a.extra())) {
      out.add("other fields changed");
    }
    return out;
  }

  /** A field that differs though its words read the same (a detail they leave out). */
  private static void unshown(
      List<String> out,
      String field,
      Object before,
      Object after,
      Map<String, String> was,
      Map<String, String> now) {
    boolean shown =
        !Objects.equals(was.get(field), now.get(field))
            || (field.equals("headers")
                && (!Objects.equals(was.get("request headers"), now.get("request headers"))
                    || !Objects.equals(was.get("response headers"), now.get("response headers"))));
    if (!shown && !Objects.equals(before, after)) {
      out.add(field + " changed");
    }
  }

  private static String named(String name) {
    return name == null ? "none" : RouteText.quote(name);
  }

  private static boolean mayOverlap(HTTPRoute a, HTTPRoute b) {
    List<HTTPMatchRequest> ma = a.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : a.match();
    List<HTTPMatchRequest> mb = b.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : b.match();
    for (HTTPMatchRequest x : ma) {
      for (HTTPMatchRequest y : mb) {
        if (Overlap.mayOverlap(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String routes(int n) {
    return n == 1 ? "1 route" : n + " routes";
  }
}
