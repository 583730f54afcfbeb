package dev.vsplit.codegen;

import dev.vsplit.api.OwnershipMap;
import dev.vsplit.base.Describe;
import dev.vsplit.base.KubernetesNames;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.MatchConflicts;
import dev.vsplit.routing.Overlap;
import dev.vsplit.yaml.LoadedResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides who gets which route of a monolith: checks the ownership map, orders each primary's
 * delegations most specific first (as the DSL emits them), gives every match of every route to
 * the most specific delegation that holds it (a route whose matches belong to several teams is
 * cut into one route per team), and reports every route that cannot move without changing what
 * Istio does, with the reason and a fix.
 *
 * <p>Why the result routes as the monolith did: Istio evaluates the split as one list, each
 * delegation's secondary in turn. Every match lands in a secondary whose delegation holds it and
 * that Istio merges without change (no regex, no ignoreUriCase); inside a secondary the monolith's
 * order is kept; and two routes that change their relative order must not share a request
 * ({@link Overlap}). The generated code is then compiled and its effective routes compared with
 * the monolith's ({@link Equivalence}), so a mistake here is caught, not shipped.
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

  /** The part of a monolith route that goes to one secondary: the route with the matches that secondary owns. */
  record Piece(int routeIndex, List<Integer> matchIndexes, int matchCount, HTTPRoute route) {}

  static final class Secondary {
    final String name;
    final String namespace;
    final Team team;
    final Primary primary;
    final List<HTTPMatchRequest> paths = new ArrayList<>();
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

  record Plan(String javaPackage, String meshClass, List<String> meshOwners, List<Team> teams, List<Primary> primaries,
      List<Secondary> secondaries, List<Finding> findings, Map<String, Set<Integer>> leftOut) {

    boolean hasErrors() {
      return findings.stream().anyMatch(f -> f.severity() == dev.vsplit.findings.Severity.ERROR);
    }
  }

  /** A label value, as Kubernetes accepts one: the team's name becomes the {@code vsplit.dev/team} label. */
  private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)");

  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Set<Integer>> leftOut = new LinkedHashMap<>();
  private final String ownershipName;
  private final boolean allowPartial;
  private final Wording wording;

  private Planner(String ownershipName, boolean allowPartial, Wording wording) {
    this.ownershipName = ownershipName;
    this.allowPartial = allowPartial;
    this.wording = wording;
  }

  static Plan plan(List<Monolith> monoliths, OwnershipMap map, String packageOverride, String ownershipName, boolean allowPartial,
      Wording wording) {
    return new Planner(ownershipName, allowPartial, wording).run(monoliths, map, packageOverride);
  }

  private Plan run(List<Monolith> monoliths, OwnershipMap map, String packageOverride) {
    String javaPackage = packageOverride != null && !packageOverride.isEmpty() ? packageOverride : map.javaPackage();
    if (javaPackage == null) {
      ownership(null, "no Java package for the generated specs",
          "set 'package: com.example.mesh' in the ownership map, or pass "
              + wording.word(Fix.setting("package", "com.example.mesh")));
    } else if (JavaNames.checkPackage(javaPackage) != null) {
      ownership(null, "package \"" + javaPackage + "\" " + JavaNames.checkPackage(javaPackage), "for example com.example.mesh");
    }
    Map<String, Primary> primaries = new LinkedHashMap<>();
    for (Monolith m : monoliths) {
      primaries.put(m.ref(), new Primary(m));
    }
    String meshClass = map.meshClass() != null ? map.meshClass()
        : monoliths.isEmpty() ? "Mesh" : JavaNames.type(monoliths.get(0).resolved().name()) + "Mesh";
    if (JavaNames.checkType(meshClass) != null) {
      ownership(null, "mesh class \"" + meshClass + "\" " + JavaNames.checkType(meshClass), "for example BookinfoMesh");
    }
    Map<String, Team> teams = teams(map);
    List<Secondary> secondaries = secondaries(map, teams, primaries);
    for (Primary p : primaries.values()) {
      if (p.declared.isEmpty()) {
        ownership(null, "no delegation names primary " + p.monolith.ref() + ", so none of its routes would have an owner",
            "add delegations with 'primary: " + p.monolith.ref() + "', or leave its file out of the input");
      }
    }
    if (findings.isEmpty()) {
      for (Primary p : primaries.values()) {
        order(p);
      }
    }
    if (findings.isEmpty()) {
      for (Primary p : primaries.values()) {
        assign(p);
      }
      dropEmpty(primaries.values(), secondaries);
      names(meshClass, teams.values(), secondaries);
    }
    List<Team> used = new ArrayList<>();
    for (Team t : teams.values()) {
      if (secondaries.stream().anyMatch(s -> s.team == t)) {
        used.add(t);
      }
    }
    return new Plan(javaPackage, meshClass, map.meshOwners(), used, new ArrayList<>(primaries.values()), secondaries, findings, leftOut);
  }

  // ---------------------------------------------------------------------------------------------
  // the ownership map

  private Map<String, Team> teams(OwnershipMap map) {
    Map<String, Team> teams = new LinkedHashMap<>();
    for (OwnershipMap.TeamEntry t : map.teams()) {
      if (teams.containsKey(t.name())) {
        ownership(null, "team " + t.name() + " is declared twice", "declare each team once under teams:");
        continue;
      }
      teams.put(t.name(), new Team(t.name(), t.namespace(), t.owners()));
    }
    for (OwnershipMap.PathEntry e : map.delegations()) {
      if (e.team() != null && !teams.containsKey(e.team())) {
        teams.put(e.team(), new Team(e.team(), null, List.of()));
      }
    }
    for (Team t : teams.values()) {
      if (!LABEL_VALUE.matcher(t.name).matches()) {
        ownership(null, "team name \"" + t.name + "\" cannot be a Kubernetes label value (vsplit labels each secondary"
            + " with its team): at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
            "for example \"" + KubernetesNames.suggest(t.name) + "\"");
      }
      if (t.namespace != null && KubernetesNames.checkNamespace(t.namespace) != null) {
        ownership(null, "namespace \"" + t.namespace + "\" of team " + t.name + " " + KubernetesNames.checkNamespace(t.namespace),
            "for example \"" + KubernetesNames.suggest(t.namespace) + "\"");
      }
    }
    return teams;
  }

  private List<Secondary> secondaries(OwnershipMap map, Map<String, Team> teams, Map<String, Primary> primaries) {
    Map<String, Secondary> secondaries = new LinkedHashMap<>();
    Map<String, String> pathOwner = new LinkedHashMap<>();
    for (OwnershipMap.PathEntry e : map.delegations()) {
      Location at = e.line();
      if ((e.prefix() == null) == (e.exact() == null)) {
        ownership(at, "a delegation needs exactly one of 'prefix' and 'exact'", "for example prefix: /api");
        continue;
      }
      String path = e.prefix() != null ? e.prefix() : e.exact();
      if (!path.startsWith("/")) {
        ownership(at, (e.prefix() != null ? "prefix" : "exact") + " \"" + path + "\" does not start with '/'; Envoy's"
            + " paths always do, so it would hold no request", "write \"/" + path + "\"");
        continue;
      }
      if (e.team() == null || e.team().isEmpty()) {
        ownership(at, "the delegation of " + path + " names no team", "add team: <name>");
        continue;
      }
      Primary primary;
      if (e.primary() != null) {
        primary = primaries.get(e.primary());
        if (primary == null) {
          ownership(at, "primary \"" + e.primary() + "\" is not among the VirtualServices read (" + String.join(", ", primaries.keySet()) + ")",
              "write it as namespace/name, one of those");
          continue;
        }
      } else if (primaries.size() == 1) {
        primary = primaries.values().iterator().next();
      } else {
        ownership(at, "the delegation of " + path + " does not say which primary it splits, and the input has "
            + primaries.size() + " (" + String.join(", ", primaries.keySet()) + ")", "add primary: namespace/name");
        continue;
      }
      Team team = teams.get(e.team());
      String namespace = e.namespace() != null ? e.namespace() : team.namespace;
      if (namespace == null) {
        ownership(at, "team " + team.name + " has no namespace for its secondary",
            "give the team one under teams: (" + team.name + ": {namespace: ...}) or add namespace: to the delegation");
        continue;
      }
      if (team.namespace == null) {
        team.namespace = namespace;
      }
      String name = e.secondary() != null ? e.secondary() : primary.monolith.resolved().name() + "-" + team.name;
      String problem = KubernetesNames.checkName(name);
      if (problem != null) {
        ownership(at, "secondary name \"" + name + "\" " + problem, "for example \"" + KubernetesNames.suggest(name) + "\"");
        continue;
      }
      problem = KubernetesNames.checkNamespace(namespace);
      if (problem != null) {
        ownership(at, "namespace \"" + namespace + "\" " + problem, "for example \"" + KubernetesNames.suggest(namespace) + "\"");
        continue;
      }
      if (e.className() != null && JavaNames.checkType(e.className()) != null) {
        ownership(at, "class \"" + e.className() + "\" " + JavaNames.checkType(e.className()), "for example "
            + JavaNames.type(team.name) + "Routes");
        continue;
      }
      String ref = namespace + "/" + name;
      if (primaries.containsKey(ref)) {
        ownership(at, "secondary " + ref + " has the name and namespace of a primary; the two VirtualServices would be one"
            + " resource", "name the secondary differently");
        continue;
      }
      Secondary s = secondaries.get(ref);
      if (s == null) {
        s = new Secondary(name, namespace, team, primary);
        secondaries.put(ref, s);
        primary.declared.add(s);
      } else if (s.team != team) {
        ownership(at, "secondary " + ref + " is given to team " + team.name + " here and to team " + s.team.name + " before",
            "a secondary has one owning team: name this one differently");
        continue;
      } else if (s.primary != primary) {
        ownership(at, "secondary " + ref + " already splits primary " + s.primary.monolith.ref() + "; a secondary serves one"
            + " primary here, because Istio merges all of its routes under every primary that delegates to it",
            "name this one differently, e.g. " + primary.monolith.resolved().name() + "-" + team.name);
        continue;
      }
      if (e.className() != null) {
        if (s.explicitClassName && !s.className.equals(e.className())) {
          ownership(at, "secondary " + ref + " is given two classes, " + s.className + " and " + e.className(), "keep one");
          continue;
        }
        s.className = e.className();
        s.explicitClassName = true;
      }
      HTTPMatchRequest m = HTTPMatchRequest.uri(e.prefix() != null ? StringMatch.prefix(path) : StringMatch.exact(path));
      String key = primary.monolith.ref() + " " + Describe.match(m);
      String before = pathOwner.putIfAbsent(key, ref);
      if (before != null) {
        ownership(at, Describe.match(m) + " of primary " + primary.monolith.ref() + (before.equals(ref)
            ? " is listed twice for " + ref : " is given to both " + before + " and " + ref)
            + "; Istio would send its requests to the first only", "keep one entry for it");
        continue;
      }
      for (int i = 0; i < s.paths.size(); i++) {
        HTTPMatchRequest other = s.paths.get(i);
        if (Coverage.covers(other, m) || Coverage.covers(m, other)) {
          ownership(at, Describe.match(m) + " and " + Describe.match(other) + " both go to " + ref + " and one holds the other;"
              + " a secondary's paths are delegated together, in one place of the primary's order",
              "keep the outer one, or give the inner one a secondary of its own");
          m = null;
          break;
        }
      }
      if (m != null) {
        s.paths.add(m);
        s.sites.add(at);
      }
    }
    return new ArrayList<>(secondaries.values());
  }

  /** Most specific first, as the DSL emits it: a delegation goes before every delegation that covers it. */
  private void order(Primary p) {
    List<Secondary> d = p.declared;
    int n = d.size();
    List<List<Integer>> before = new ArrayList<>();
    int[] inDegree = new int[n];
    for (int i = 0; i < n; i++) {
      before.add(new ArrayList<>());
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        Secondary x = d.get(a);
        Secondary y = d.get(b);
        if (!overlap(x.paths, y.paths)) {
          continue;
        }
        boolean xInY = coversAll(y.paths, x.paths);
        boolean yInX = coversAll(x.paths, y.paths);
        if (xInY == yInX) {
          ownership(y.sites.get(0), "the paths of " + x.ref() + " (" + Describe.matches(x.paths) + ") and of " + y.ref() + " ("
              + Describe.matches(y.paths) + ") overlap without one set holding the other, so no order of the two delegations"
              + " keeps each team's requests", "give the overlapping paths to one of them, or a secondary of their own");
          continue;
        }
        int first = xInY ? a : b;
        int second = xInY ? b : a;
        before.get(first).add(second);
        inDegree[second]++;
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      if (inDegree[i] == 0) {
        ready.add(i);
      }
    }
    List<Secondary> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      int next = ready.poll();
      order.add(d.get(next));
      for (int b : before.get(next)) {
        if (--inDegree[b] == 0) {
          ready.add(b);
        }
      }
    }
    p.order = order;
  }

  private static boolean overlap(List<HTTPMatchRequest> a, List<HTTPMatchRequest> b) {
    for (HTTPMatchRequest x : a) {
      for (HTTPMatchRequest y : b) {
        if (Overlap.mayOverlap(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether every match of {@code inner} lies inside some match of {@code outer}. */
  private static boolean coversAll(List<HTTPMatchRequest> outer, List<HTTPMatchRequest> inner) {
    for (HTTPMatchRequest i : inner) {
      if (outer.stream().noneMatch(o -> Coverage.covers(o, i))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // routes

  /** One match of a route and the secondary it goes to. */
  private record Entry(int route, int match, HTTPMatchRequest request, Secondary owner, int position) {}

  private void assign(Primary p) {
    Monolith m = p.monolith;
    String ref = m.ref();
    List<HTTPRoute> http = m.resolved().spec().http();
    Map<Secondary, Integer> position = new LinkedHashMap<>();
    for (Secondary s : p.order) {
      position.put(s, position.size());
    }
    List<List<Entry>> byRoute = new ArrayList<>();
    for (int r = 0; r < http.size(); r++) {
      HTTPRoute route = http.get(r);
      String path = "spec.http[" + r + "]";
      List<String> missing = DslCode.unexpressible(route);
      if (!missing.isEmpty()) {
        leave(ref, r, SplitFindings.NOT_EXPRESSIBLE, path, null, "the DSL cannot write " + String.join("; ", missing)
            + " exactly, so the generated route would differ", "simplify the route in the monolith first ("
            + wording.word(Fix.operation("analyze")) + " shows what Istio makes of it), or keep it out of the split"
            + wording.aside(Fix.setting("allowPartial", "true")) + " and move it by hand", m);
        byRoute.add(null);
        continue;
      }
      List<HTTPMatchRequest> matches = route.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : route.match();
      List<Entry> entries = new ArrayList<>();
      for (int k = 0; k < matches.size(); k++) {
        Secondary owner = owner(p, m, r, route.match().isEmpty() ? -1 : k, matches.get(k));
        if (owner == null) {
          entries = null;
          break;
        }
        entries.add(new Entry(r, k, matches.get(k), owner, position.get(owner)));
      }
      byRoute.add(entries);
    }
    // Routes whose relative order changes must not share a request.
    List<Entry> kept = new ArrayList<>();
    for (int r = 0; r < http.size(); r++) {
      List<Entry> entries = byRoute.get(r);
      if (entries == null) {
        continue;
      }
      Entry clash = null;
      Entry mine = null;
      search:
      for (Entry b : entries) {
        for (Entry a : kept) {
          if (b.position < a.position && Overlap.mayOverlap(a.request, b.request)) {
            clash = a;
            mine = b;
            break search;
          }
        }
        for (Entry a : entries) {
          if (a.match < b.match && b.position < a.position && Overlap.mayOverlap(a.request, b.request)) {
            clash = a;
            mine = b;
            break search;
          }
        }
      }
      if (clash != null) {
        orderChanged(p, r, mine, clash);
        continue;
      }
      kept.addAll(entries);
      Map<Secondary, List<Integer>> parts = new LinkedHashMap<>();
      for (Entry e : entries) {
        parts.computeIfAbsent(e.owner, k -> new ArrayList<>()).add(e.match);
      }
      HTTPRoute route = http.get(r);
      for (var part : parts.entrySet()) {
        List<HTTPMatchRequest> own = new ArrayList<>();
        if (!route.match().isEmpty()) {
          part.getValue().forEach(k -> own.add(route.match().get(k)));
        }
        part.getKey().pieces.add(new Piece(r, part.getValue(), route.match().size(), route.withMatch(own)));
      }
    }
  }

  /** The secondary whose delegation holds {@code match}, or {@code null} after reporting why there is none. */
  private Secondary owner(Primary p, Monolith m, int r, int k, HTTPMatchRequest match) {
    String ref = m.ref();
    String path = "spec.http[" + r + "]" + (k < 0 ? "" : ".match[" + k + "]");
    String what = k < 0 ? "the route has no match: it takes every request" : Describe.match(match);
    if (match.uri() instanceof StringMatch.Regex re) {
      String literal = literalPrefix(re.value());
      leave(ref, r, SplitFindings.URI_NOT_DELEGABLE, path + ".uri", null, what + ": Istio never merges a regex URI under a"
          + " primary's prefix (it drops the whole route), so this route cannot move to a team",
          (literal.length() > 1 ? "rewrite the regex as prefix \"" + literal + "\" if that is what it means, or keep" : "keep")
              + " this route out of the split" + wording.aside(Fix.setting("allowPartial", "true")) + " in a VirtualService of its own",
          m);
      return null;
    }
    if (match.ignoresUriCase()) {
      leave(ref, r, SplitFindings.URI_NOT_DELEGABLE, path + ".ignoreUriCase", null, what + ": Istio merges a match with"
          + " ignoreUriCase only under a primary match with ignoreUriCase too, and the delegations match case-sensitively",
          "drop ignoreUriCase if the paths' case does not matter to the service, or keep this route out of the split", m);
      return null;
    }
    Secondary best = null;
    HTTPMatchRequest bestPath = null;
    Set<Secondary> overlapping = new LinkedHashSet<>();
    for (Secondary s : p.order) {
      for (HTTPMatchRequest owned : s.paths) {
        if (Coverage.covers(owned, match) && MatchConflicts.find(owned, match) == null) {
          if (bestPath == null || Coverage.covers(bestPath, owned)) {
            best = s;
            bestPath = owned;
          }
        } else if (Overlap.mayOverlap(owned, match)) {
          overlapping.add(s);
        }
      }
    }
    if (best != null) {
      return best;
    }
    if (overlapping.isEmpty()) {
      String own = ownPath(match);
      leave(ref, r, SplitFindings.NO_SINGLE_OWNER, path, null, what + " lies in no delegated path, so the primary would"
          + " send its requests nowhere (404)", own == null ? "give prefix \"/\" to one team (it takes everything no other"
              + " team owns)" : "give " + own + " (or a prefix holding it) to the team that serves it", m);
    } else {
      List<String> owners = new ArrayList<>();
      for (Secondary s : overlapping) {
        owners.add("team " + s.team.name + " (" + Describe.matches(s.paths) + ")");
      }
      String own = ownPath(match);
      leave(ref, r, SplitFindings.NO_SINGLE_OWNER, path, null, what + " spans the paths of " + String.join(" and ", owners)
          + ", and no delegation holds all of it", (own == null ? "give prefix \"/\"" : "give " + own)
              + " to one team, or narrow the match to one team's path", m);
    }
    return null;
  }

  private void orderChanged(Primary p, int r, Entry mine, Entry clash) {
    Monolith m = p.monolith;
    HTTPRoute earlier = m.resolved().spec().http().get(clash.route);
    String earlierAt = "spec.http[" + clash.route + "]" + (earlier.match().isEmpty() ? "" : ".match[" + clash.match + "]");
    boolean shadowed = Coverage.covers(clash.request, mine.request);
    String message = Describe.match(mine.request) + " goes to team " + mine.owner.team.name + " (" + Describe.matches(mine.owner.paths)
        + "), whose delegation the primary evaluates before team " + clash.owner.team.name + "'s ("
        + Describe.matches(clash.owner.paths) + "); but " + earlierAt + " (" + Describe.match(clash.request) + ", team "
        + clash.owner.team.name + ") comes first in the monolith and also matches "
        + (shadowed ? "every request of it, so this route never matches today" : "some of its requests")
        + ": the split would change which route those requests take";
    String hint = shadowed
        ? "delete this route (it never matches), or move it above " + earlierAt + " in the monolith if it was meant to win"
        : "give " + Describe.matches(mine.owner.paths) + " to team " + clash.owner.team.name + " as well, or move this route"
            + " above " + earlierAt + " in the monolith if it was meant to win";
    String path = "spec.http[" + r + "]" + (m.resolved().spec().http().get(r).match().isEmpty() ? "" : ".match[" + mine.match + "]");
    leave(m.ref(), r, SplitFindings.ORDER_CHANGED, path, mine.owner.team.name, message, hint, m);
  }

  /** Reports a route that stays out of the split: an error, or a warning when a partial split is allowed. */
  private void leave(String ref, int route, Code code, String path, String team, String message, String hint, Monolith m) {
    leftOut.computeIfAbsent(ref, k -> new TreeSet<>()).add(route);
    Location at = m.at(path);
    String text = message + (allowPartial ? "; left out of the split" : "");
    findings.add(allowPartial
        ? SplitFindings.warning(code, ref, path, team, text, hint, at)
        : SplitFindings.error(code, ref, path, team, text, hint, at));
  }

  /** Drops delegations that received no route: they would only add a secondary with nothing in it. */
  private void dropEmpty(java.util.Collection<Primary> primaries, List<Secondary> secondaries) {
    for (Secondary s : List.copyOf(secondaries)) {
      if (s.pieces.isEmpty()) {
        findings.add(SplitFindings.warning(SplitFindings.EMPTY_DELEGATION, s.primary.monolith.ref(), "", s.team.name,
            Describe.matches(s.paths) + " (" + s.ref() + ") receives no route of the monolith, so no delegation is generated"
                + " for it; requests there go on to the next delegation, as they found no route before",
            "remove it from the ownership map, or add its routes to the monolith first", s.sites.get(0)));
        secondaries.remove(s);
        s.primary.order.remove(s);
      }
    }
    for (Primary p : primaries) {
      if (p.order.isEmpty() && !p.declared.isEmpty()) {
        findings.add(SplitFindings.error(SplitFindings.NOT_A_MONOLITH, p.monolith.ref(), "spec.http", null,
            "no route of " + p.monolith.ref() + " can be split", "fix the routes listed above", p.monolith.at("spec.http")));
      }
    }
  }

  /** Java names: unique constants for teams and secondaries, unique class names. */
  private void names(String meshClass, java.util.Collection<Team> teams, List<Secondary> secondaries) {
    Set<String> constants = new HashSet<>();
    for (Team t : teams) {
      t.constant = unique(JavaNames.constant(t.name), constants);
    }
    for (Secondary s : secondaries) {
      String constant = JavaNames.constant(s.name);
      s.constant = unique(constants.contains(constant) ? constant + "_VS" : constant, constants);
    }
    Set<String> classes = new HashSet<>();
    classes.add(meshClass);
    for (Secondary s : secondaries) {
      if (s.explicitClassName && !classes.add(s.className)) {
        ownership(s.sites.get(0), "class " + s.className + " is named for two specs", "give each TeamSpec its own class name");
      }
    }
    for (Secondary s : secondaries) {
      if (!s.explicitClassName) {
        long sameTeam = secondaries.stream().filter(o -> o.team == s.team).count();
        String base = (sameTeam == 1 ? JavaNames.type(s.team.name) : JavaNames.type(s.name)) + "Routes";
        s.className = unique(base, classes);
      }
    }
  }

  private static String unique(String base, Set<String> taken) {
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  private void ownership(Location at, String message, String hint) {
    findings.add(SplitFindings.error(SplitFindings.BAD_OWNERSHIP, "", "", null, message, hint,
        at != null ? at : Location.of(ownershipName, 0)));
  }

  /** {@code exact "/x"} or {@code prefix "/x"} for a match's own path; {@code null} when it has none. */
  private static String ownPath(HTTPMatchRequest m) {
    if (m.uri() instanceof StringMatch.Exact || m.uri() instanceof StringMatch.Prefix) {
      return m.uri().toString();
    }
    return null;
  }

  /** The literal start of an RE2 expression: {@code /reviews/[0-9]+} → {@code /reviews/}. */
  static String literalPrefix(String regex) {
    StringBuilder out = new StringBuilder();
    int i = regex.startsWith("^") ? 1 : 0;
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length() && "/.-_~".indexOf(regex.charAt(i + 1)) >= 0) {
        out.append(regex.charAt(++i));
        continue;
      }
      if ("\\.[](){}*+?|^$".indexOf(c) >= 0) {
        // a quantifier applies to the character before it, which is then not certain
        if ((c == '*' || c == '?' || c == '{') && out.length() > 0) {
          out.setLength(out.length() - 1);
        }
        break;
      }
      out.append(c);
    }
    return out.toString();
  }
}
