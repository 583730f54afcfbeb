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

/**
 * Decides who gets which route of a monolith, and holds the decision (the plan): {@link
 * OwnershipCheck} reads the ownership map into teams and secondaries; each primary's delegations
 * are ordered most specific first by {@link DelegationOrder}, the order the DSL emits them in;
 * {@link RouteAssigner} gives every match of every route to the most specific delegation that holds
 * it (a route whose matches belong to several teams is cut into one route per team) and reports
 * every route that cannot move without changing what Istio does, with the reason and a fix; {@link
 * SpecNames} names the generated Java.
 *
 * <p>Why the result routes as the monolith did: Istio evaluates the split as one list, each
 * delegation's secondary in turn. Every match lands in a secondary whose delegation holds it and
 * that Istio merges without change (no regex, no ignoreUriCase); inside a secondary the monolith's
 * order is kept; and two routes that change their relative order must not share a request ({@link
 * Overlap}). The generated code is then compiled and its effective routes compared with the
 * monolith's ({@link Equivalence}), so a mistake here is caught, not shipped.
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
    List<Secondary> order = new ArrayList<>();

    Primary(Monolith monolith) {
      this.monolith = monolith;
    }
  }

  /**
   * The part of a monolith route that goes to one secondary: the route with the matches that
   * secondary owns.
   */
  record Piece(int routeIndex, List<Integer> matchIndexes, int matchCount, HTTPRoute route) {}

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

  record Plan(
      String javaPackage,
      String meshClass,
      List<String> meshOwners,
      List<Team> teams,
      List<Primary> primaries,
      List<Secondary> secondaries,
      List<Finding> findings,
      Map<String, Set<Integer>> leftOut) {}

  private Planner() {}

  /**
   * @param packageOverride the generated classes' package instead of the map's; {@code null} for
   *     the map's
   * @param ownershipName the map's name in messages (its file)
   * @param allowPartial leave out routes that cannot be split, with a warning, instead of refusing
   * @param wording how the front end words a fix in the findings
   */
  static Plan plan(
      List<Monolith> monoliths,
      OwnershipMap map,
      String packageOverride,
      String ownershipName,
      boolean allowPartial,
      Wording wording) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Set<Integer>> leftOut = new LinkedHashMap<>();
    OwnershipCheck ownership = new OwnershipCheck(ownershipName, findings, wording);
    OwnershipCheck.Checked checked = ownership.check(monoliths, map, packageOverride);
    List<Secondary> secondaries = checked.secondaries();
    if (findings.isEmpty()) {
      for (Primary p : checked.primaries().values()) {
        order(p, ownership, findings);
      }
    }
    if (findings.isEmpty()) {
      RouteAssigner assigner = new RouteAssigner(findings, leftOut, allowPartial, wording);
      for (Primary p : checked.primaries().values()) {
        assigner.assign(p);
      }
      assigner.dropEmpty(checked.primaries().values(), secondaries);
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
        leftOut);
  }

  /**
   * Orders the delegations of {@code p} most specific first, as the DSL does: the generated mesh
   * spec lists them in the order the DSL emits them. Two whose paths overlap without one set
   * holding the other have no order that keeps both teams' requests: each such pair is reported.
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
