package dev.vsplit.codegen;

import dev.vsplit.assembly.DelegationOrder;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.Overlap;
import dev.vsplit.yaml.LoadedResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides who gets which route of a monolith, and holds the decision (the plan): {@link
 * OwnershipCheck} reads the ownership map into teams and secondaries; {@link DeadMatches} finds the
 * matches (and routes) the monolith never reaches, which are dropped; {@link RouteAssigner} gives
 * every other match to the most specific delegation that holds it (a route whose matches belong to
 * several teams is cut into one {@link Piece} per team), keeps what belongs to no team in the
 * primary as a route of the administrators', places the delegations and those routes in an order
 * that keeps every request's route ({@link Placement}), and reports every route that cannot move
 * without changing what Istio does, with the reason and a fix; {@link SpecNames} names the
 * generated Java.
 *
 * <p>Why the result routes as the monolith did: Istio evaluates the split as one list, each
 * delegation's secondary in turn and the primary's own routes at their places. Every match lands in
 * a secondary whose delegation holds it and that Istio merges without change, or in the primary as
 * written; inside a secondary the monolith's order is kept; and two matches that change their
 * relative order do not share a request ({@link Overlap}). The generated code is then compiled and
 * its effective routes compared with the monolith's ({@link Equivalence}), so a mistake here is
 * caught, not shipped.
 */
final class Planner {

  /** A VirtualService to split, as written and with Istio's short names resolved. */
  record Monolith(LoadedResource loaded, VirtualService resolved) {
    VirtualService written() {
      return (VirtualService) loaded.resource();
    }

    String ref() {
      return resolved.namespace() + "/" + resolved.name();
    }

    Location at(String path) {
      return loaded.source().locate(path);
    }
  }

  static final class Team {
    final String name;
    String namespace;
    final List<String> owners;
    String constant;

    Team(String name, String namespace, List<String> owners) {
      this.name = name;
      this.namespace = namespace;
      this.owners = owners;
    }
  }

  static final class Primary {
    final Monolith monolith;
    final List<Secondary> declared = new ArrayList<>();

    /** The delegations in emitted order. */
    List<Secondary> order = new ArrayList<>();

    /** What the primary emits, in order: delegations and the administrators' routes. */
    List<Slot> sequence = new ArrayList<>();

    /** Whether the generated primary keeps its declared order ({@code keepDeclaredOrder()}). */
    boolean keepDeclaredOrder;

    /**
     * The routes the primary keeps as the administrators' own, each before the delegation {@code
     * order.get(gap)} as the order was when they were placed ({@link #placedAmong}).
     */
    final List<Own> own = new ArrayList<>();

    /** The delegations in order when the administrators' routes were placed among them. */
    List<Secondary> placedAmong = List.of();

    Primary(Monolith monolith) {
      this.monolith = monolith;
    }
  }

  /**
   * The part of a monolith route that goes to one secondary (or stays in the primary): the route
   * with the matches that owner takes.
   *
   * @param matchIndexes the indexes of those matches in the monolith route
   * @param matchCount how many matches the monolith route has (0: none, it takes every request)
   */
  record Piece(int routeIndex, List<Integer> matchIndexes, int matchCount, HTTPRoute route) {}

  /**
   * A route the primary keeps, placed before the delegation {@code gap} of {@link
   * Primary#placedAmong} (after all of them when {@code gap} is their count).
   *
   * @param why why no team takes it, in words
   */
  record Own(Piece piece, int gap, String why) {}

  /** One entry of a primary: a delegation to a secondary, or a route the primary answers itself. */
  record Slot(Secondary secondary, Piece own) {
    /** The entry's matches, as the primary writes them (none: every request). */
    List<HTTPMatchRequest> matches() {
      return secondary != null ? secondary.paths : own.route().match();
    }
  }

  static final class Secondary {
    final String name;
    final String namespace;
    final Team team;
    final Primary primary;
    final List<HTTPMatchRequest> paths = new ArrayList<>();

    /** Where each path is written in the ownership map; {@code null} for a map given in code. */
    final List<Location> sites = new ArrayList<>();

    String className;
    boolean explicitClassName;
    String constant;
    final List<Piece> pieces = new ArrayList<>();

    Secondary(String name, String namespace, Team team, Primary primary) {
      this.name = name;
      this.namespace = namespace;
      this.team = team;
      this.primary = primary;
    }

    String ref() {
      return namespace + "/" + name;
    }
  }

  /**
   * What a split leaves out of the comparison with the monolith, per primary ({@code
   * namespace/name}).
   *
   * @param leftOut the routes left out of the split (a partial split)
   * @param dead for each route, the matches dropped because the monolith never reaches them ({@code
   *     0} for a route without match); a route all of whose matches are here is dropped
   */
  record Excluded(Set<Integer> leftOut, Map<Integer, Set<Integer>> dead) {
    static Excluded none() {
      return new Excluded(new TreeSet<>(), new TreeMap<>());
    }

    boolean isDead(int route, int match) {
      return dead.getOrDefault(route, Set.of()).contains(match);
    }

    int deadMatches() {
      return dead.values().stream().mapToInt(Set::size).sum();
    }
  }

  record Plan(
      String javaPackage,
      String meshClass,
      List<String> meshOwners,
      List<Team> teams,
      List<Primary> primaries,
      List<Secondary> secondaries,
      List<Finding> findings,
      Map<String, Excluded> excluded) {

    /** The routes left out of the split, by primary. */
    Map<String, Set<Integer>> leftOut() {
      Map<String, Set<Integer>> out = new LinkedHashMap<>();
      excluded.forEach(
          (ref, e) -> {
            if (!e.leftOut().isEmpty()) {
              out.put(ref, e.leftOut());
            }
          });
      return out;
    }
  }

  private Planner() {}

  /**
   * @param packageOverride the generated classes' package instead of the map's; {@code null} for
   *     the map's
   * @param defaultPackage the package when neither the request nor the map names one (the
   *     project's), {@code null} when there is none
   * @param ownershipName the map's name in messages (its file)
   * @param allowPartial leave out routes that cannot be split, with a warning, instead of refusing
   * @param wording how the front end words a fix in the findings
   */
  static Plan plan(
      List<Monolith> monoliths,
      OwnershipMap map,
      String packageOverride,
      String defaultPackage,
      String ownershipName,
      boolean allowPartial,
      Wording wording) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Excluded> excluded = new LinkedHashMap<>();
    OwnershipCheck ownership = new OwnershipCheck(ownershipName, findings, wording);
    OwnershipCheck.Checked checked =
        ownership.check(monoliths, map, packageOverride, defaultPackage);
    List<Secondary> secondaries = checked.secondaries();
    if (findings.isEmpty()) {
      for (Primary p : checked.primaries().values()) {
        order(p, ownership, findings);
      }
    }
    if (findings.isEmpty()) {
      RouteAssigner assigner = new RouteAssigner(findings, allowPartial, wording);
      for (Primary p : checked.primaries().values()) {
        excluded.put(p.monolith.ref(), assigner.assign(p));
      }
      assigner.dropEmpty(checked.primaries().values(), secondaries);
      for (Primary p : checked.primaries().values()) {
        assigner.place(p);
      }
      for (Secondary s :
          SpecNames.name(checked.meshClass(), checked.teams().values(), secondaries)) {
        findings.add(SplitFindings.classForTwoSpecs(s.className, ownership.where(s.sites.get(0))));
      }
    }
    List<Team> used = new ArrayList<>();
    for (Team t : checked.teams().values()) {
      if (secondaries.stream().anyMatch(s -> s.team == t)) {
        used.add(t);
      }
    }
    return new Plan(
        checked.javaPackage(),
        checked.meshClass(),
        map.meshOwners(),
        used,
        new ArrayList<>(checked.primaries().values()),
        secondaries,
        findings,
        excluded);
  }

  /**
   * Orders the delegations of {@code p} most specific first, as the DSL does: the generated mesh
   * spec lists them in the order the DSL emits them. Two that no order serves (paths that overlap
   * without one holding the other, or path sets that must each go before the other) are reported.
   */
  private static void order(Primary p, OwnershipCheck ownership, List<Finding> findings) {
    List<List<HTTPMatchRequest>> paths = new ArrayList<>();
    p.declared.forEach(s -> paths.add(s.paths));
    DelegationOrder.Result order = DelegationOrder.of(paths, false);
    for (DelegationOrder.Problem problem : order.problems()) {
      Secondary first = p.declared.get(problem.first());
      Secondary second = p.declared.get(problem.second());
      findings.add(
          SplitFindings.overlappingPaths(first, second, ownership.where(second.sites.get(0))));
    }
    p.order = new ArrayList<>();
    order.order().forEach(i -> p.order.add(p.declared.get(i)));
  }
}
