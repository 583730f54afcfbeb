package dev.vsplit.codegen;

import dev.vsplit.base.Describe;
import dev.vsplit.base.KubernetesNames;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.routing.Coverage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns an ownership map into the plan's teams, primaries and secondaries, and reports (VS305)
 * everything in it that cannot be generated or would not route as written: names Java or Kubernetes
 * refuse, a path without an owner or with two, a secondary of two teams or primaries, paths of one
 * secondary that hold each other, a primary nobody splits.
 */
final class OwnershipCheck {

  /**
   * A label value, as Kubernetes accepts one: the team's name becomes the {@code vsplit.dev/team}
   * label.
   */
  private static final Pattern LABEL_VALUE =
      Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)");

  /**
   * The map as the plan uses it.
   *
   * @param javaPackage the generated classes' package; {@code null} when there is none (reported)
   * @param primaries the monoliths by {@code namespace/name}, each with its secondaries in the
   *     map's order
   * @param secondaries every secondary, in the map's order
   */
  record Checked(
      String javaPackage,
      String meshClass,
      Map<String, Planner.Team> teams,
      Map<String, Planner.Primary> primaries,
      List<Planner.Secondary> secondaries) {}

  private final String ownershipName;
  private final List<Finding> findings;
  private final Wording wording;

  /**
   * @param ownershipName the map's name in messages (its file), where a problem without a line is
   *     reported
   * @param findings where the problems go
   * @param wording how the front end words a fix in them
   */
  OwnershipCheck(String ownershipName, List<Finding> findings, Wording wording) {
    this.ownershipName = ownershipName;
    this.findings = findings;
    this.wording = wording;
  }

  /**
   * @param packageOverride the package asked for instead of the map's; {@code null} or empty for
   *     the map's
   * @param defaultPackage the package when neither names one (the project's); {@code null} for none
   */
  Checked check(
      List<Planner.Monolith> monoliths,
      OwnershipMap map,
      String packageOverride,
      String defaultPackage) {
    String javaPackage =
        packageOverride != null && !packageOverride.isEmpty() ? packageOverride : map.javaPackage();
    if (javaPackage == null && defaultPackage != null && !defaultPackage.isEmpty()) {
      javaPackage = defaultPackage;
    }
    if (javaPackage == null) {
      findings.add(SplitFindings.noPackage(where(null), wording));
    } else if (JavaNames.checkPackage(javaPackage) != null) {
      findings.add(
          SplitFindings.badPackage(javaPackage, JavaNames.checkPackage(javaPackage), where(null)));
    }
    Map<String, Planner.Primary> primaries = new LinkedHashMap<>();
    for (Planner.Monolith m : monoliths) {
      primaries.put(m.ref(), new Planner.Primary(m));
    }
    String meshClass =
        map.meshClass() != null
            ? map.meshClass()
            : monoliths.isEmpty() ? "Mesh" : SpecNames.meshSpec(monoliths.get(0).resolved().name());
    if (JavaNames.checkType(meshClass) != null) {
      findings.add(
          SplitFindings.badMeshClass(meshClass, JavaNames.checkType(meshClass), where(null)));
    }
    Map<String, Planner.Team> teams = teams(map);
    List<Planner.Secondary> secondaries = secondaries(map, teams, primaries);
    for (Planner.Primary p : primaries.values()) {
      if (p.declared.isEmpty()) {
        findings.add(SplitFindings.primaryWithoutDelegations(p.monolith.ref(), where(null)));
      }
    }
    return new Checked(javaPackage, meshClass, teams, primaries, secondaries);
  }

  /**
   * Where a problem of the map is reported: its line, or the map as a whole when it has none (a map
   * given in code).
   */
  Location where(Location at) {
    return at != null ? at : Location.of(ownershipName, 0);
  }

  private Map<String, Planner.Team> teams(OwnershipMap map) {
    Map<String, Planner.Team> teams = new LinkedHashMap<>();
    for (OwnershipMap.TeamEntry t : map.teams()) {
      if (teams.containsKey(t.name())) {
        findings.add(SplitFindings.teamDeclaredTwice(t.name(), where(null)));
        continue;
      }
      teams.put(t.name(), new Planner.Team(t.name(), t.namespace(), t.owners()));
    }
    for (OwnershipMap.PathEntry e : map.delegations()) {
      if (e.team() != null && !teams.containsKey(e.team())) {
        teams.put(e.team(), new Planner.Team(e.team(), null, List.of()));
      }
    }
    for (Planner.Team t : teams.values()) {
      if (!LABEL_VALUE.matcher(t.name).matches()) {
        findings.add(SplitFindings.teamNotALabel(t.name, where(null)));
      }
      if (t.namespace != null && KubernetesNames.checkNamespace(t.namespace) != null) {
        findings.add(
            SplitFindings.badTeamNamespace(
                t.namespace, t.name, KubernetesNames.checkNamespace(t.namespace), where(null)));
      }
    }
    return teams;
  }

  private List<Planner.Secondary> secondaries(
      OwnershipMap map, Map<String, Planner.Team> teams, Map<String, Planner.Primary> primaries) {
    Map<String, Planner.Secondary> secondaries = new LinkedHashMap<>();
    Map<String, String> pathOwner = new LinkedHashMap<>();
    for (OwnershipMap.PathEntry e : map.delegations()) {
      Location at = where(e.line());
      if (e.pathKinds() != 1) {
        findings.add(SplitFindings.notOnePath(at));
        continue;
      }
      String path = e.path();
      if (!path.startsWith("/")) {
        findings.add(SplitFindings.pathWithoutSlash(e.kind(), path, at));
        continue;
      }
      if (e.team() == null || e.team().isEmpty()) {
        findings.add(SplitFindings.noTeam(path, at));
        continue;
      }
      Planner.Primary primary;
      if (e.primary() != null) {
        primary = primaries.get(e.primary());
        if (primary == null) {
          findings.add(SplitFindings.unknownPrimary(e.primary(), primaries.keySet(), at));
          continue;
        }
      } else if (primaries.size() == 1) {
        primary = primaries.values().iterator().next();
      } else {
        findings.add(SplitFindings.whichPrimary(path, primaries.size(), primaries.keySet(), at));
        continue;
      }
      Planner.Team team = teams.get(e.team());
      String namespace = e.namespace() != null ? e.namespace() : team.namespace;
      if (namespace == null) {
        findings.add(SplitFindings.teamWithoutNamespace(team.name, at));
        continue;
      }
      if (team.namespace == null) {
        team.namespace = namespace;
      }
      String name =
          e.secondary() != null ? e.secondary() : defaultSecondary(primaries, primary, team);
      String problem = KubernetesNames.checkName(name);
      if (problem != null) {
        findings.add(SplitFindings.badSecondaryName(name, problem, at));
        continue;
      }
      problem = KubernetesNames.checkNamespace(namespace);
      if (problem != null) {
        findings.add(SplitFindings.badNamespace(namespace, problem, at));
        continue;
      }
      if (e.className() != null && JavaNames.checkType(e.className()) != null) {
        findings.add(
            SplitFindings.badTeamSpecClass(
                e.className(),
                JavaNames.checkType(e.className()),
                SpecNames.teamSpec(team.name, null, true),
                at));
        continue;
      }
      String ref = namespace + "/" + name;
      if (primaries.containsKey(ref)) {
        findings.add(SplitFindings.secondaryIsPrimary(ref, at));
        continue;
      }
      Planner.Secondary s = secondaries.get(ref);
      if (s == null) {
        s = new Planner.Secondary(name, namespace, team, primary);
        secondaries.put(ref, s);
        primary.declared.add(s);
      } else if (s.team != team) {
        findings.add(SplitFindings.secondaryOfTwoTeams(ref, team.name, s.team.name, at));
        continue;
      } else if (s.primary != primary) {
        findings.add(
            SplitFindings.secondaryOfTwoPrimaries(
                ref,
                s.primary.monolith.ref(),
                primary.monolith.resolved().name() + "-" + team.name,
                at));
        continue;
      }
      if (e.className() != null) {
        if (s.explicitClassName && !s.className.equals(e.className())) {
          findings.add(SplitFindings.twoClasses(ref, s.className, e.className(), at));
          continue;
        }
        s.className = e.className();
        s.explicitClassName = true;
      }
      List<HTTPMatchRequest> ms = e.matches();
      String key = primary.monolith.ref() + " " + Describe.matches(ms);
      String before = pathOwner.putIfAbsent(key, ref);
      if (before != null) {
        findings.add(
            SplitFindings.pathGivenTwice(ms.get(0), primary.monolith.ref(), before, ref, at));
        continue;
      }
      HTTPMatchRequest nested = null;
      HTTPMatchRequest mine = null;
      for (HTTPMatchRequest m : ms) {
        for (HTTPMatchRequest o : s.paths) {
          if (nested == null && (Coverage.covers(o, m) || Coverage.covers(m, o))) {
            nested = o;
            mine = m;
          }
        }
      }
      if (nested != null) {
        findings.add(SplitFindings.nestedPaths(mine, nested, ref, at));
        continue;
      }
      for (HTTPMatchRequest m : ms) {
        s.paths.add(m);
        s.sites.add(e.line());
      }
    }
    return new ArrayList<>(secondaries.values());
  }

  /**
   * A secondary the map names none for: the team's name, short in file names ({@code
   * virtualservice-reviews.yaml}); {@code <team>-<primary>} when the map splits several monoliths;
   * {@code <team>-routes} when that is the name of a primary in the same namespace.
   */
  private static String defaultSecondary(
      Map<String, Planner.Primary> primaries, Planner.Primary primary, Planner.Team team) {
    String name =
        primaries.size() == 1 ? team.name : team.name + "-" + primary.monolith.resolved().name();
    String namespace = team.namespace;
    if (primaries.containsKey(namespace + "/" + name)) {
      name = name + "-routes";
    }
    return KubernetesNames.checkName(name) == null ? name : team.name;
  }
}
