package dev.vsplit.assembly;

import dev.vsplit.Delegation;
import dev.vsplit.Match;
import dev.vsplit.MeshSpec;
import dev.vsplit.Scope;
import dev.vsplit.Secondary;
import dev.vsplit.Team;
import dev.vsplit.TeamSpec;
import dev.vsplit.api.GeneratedResource;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Describe;
import dev.vsplit.base.KubernetesNames;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.Delegate;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import dev.vsplit.output.OutputLayout;
import dev.vsplit.routing.Conflict;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.MatchConflicts;
import dev.vsplit.routing.Merger;
import dev.vsplit.routing.Names;
import dev.vsplit.rules.Ownership;
import dev.vsplit.yaml.SourceMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the specs and turns what they declare into resources: primaries with their delegations
 * most specific first, one secondary per delegated-to secondary (the team's routes, or a
 * skeleton), gateways. Everything the specs get wrong becomes a finding located at the line that
 * wrote it.
 */
public final class Assembler {

  /** The label vsplit sets on everything it generates. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  /** What the specs produce: resources, findings, each secondary's scope, and the administrators' code owners. */
  public record Result(List<GeneratedResource> resources, List<Finding> findings, Map<Secondary, Scope> scopes, List<String> adminOwners) {}

  /** One delegation as emitted: the primary, its position, and the delegations before it that share requests with it. */
  private record Placed(RecordingMesh.RecordingPrimary primary, int position, Delegation delegation, List<Delegation> carveOuts) {}

  private final List<Finding> findings = new ArrayList<>();
  private final List<GeneratedResource> resources = new ArrayList<>();
  private final Map<Secondary, List<Placed>> references = new LinkedHashMap<>();
  private final Map<Secondary, Scope> scopes = new LinkedHashMap<>();
  private final List<String> adminOwners = new ArrayList<>();
  /** Secondaries named by delegations that could not be generated (a spec that threw, a refused primary or delegation). */
  private final Set<Secondary> unplaced = new HashSet<>();
  private boolean meshSpecFailed;
  private final Wording wording;

  /** An assembler whose hints are in the engine's own words ({@link Wording#NEUTRAL}). */
  public Assembler() {
    this(Wording.NEUTRAL);
  }

  /** An assembler whose hints name the front end's commands, worded by {@code wording}. */
  public Assembler(Wording wording) {
    this.wording = wording;
  }

  /** Runs the specs and assembles their resources; everything a spec gets wrong is a finding. */
  public Result run(List<MeshSpec> meshSpecs, List<TeamSpec> teamSpecs) {
    List<RecordingMesh> meshes = new ArrayList<>();
    for (MeshSpec spec : meshSpecs) {
      RecordingMesh mesh = new RecordingMesh(spec.getClass());
      try {
        spec.define(mesh);
      } catch (RuntimeException | LinkageError e) {
        specFailed(spec.getClass(), "define(Mesh)", e);
        meshSpecFailed = true;
        continue;
      }
      meshes.add(mesh);
    }
    for (RecordingMesh mesh : meshes) {
      adminOwners.addAll(mesh.owners);
    }
    for (RecordingMesh mesh : meshes) {
      mesh.gateways.forEach(this::gateway);
      mesh.primaries.forEach(this::primary);
    }
    Map<Secondary, TeamSpec> teams = teamSpecs(teamSpecs);
    for (var entry : references.entrySet()) {
      secondary(entry.getKey(), entry.getValue(), teams.get(entry.getKey()));
    }
    return new Result(resources, findings, scopes, adminOwners);
  }

  // ---------------------------------------------------------------------------------------------
  // gateways and primaries

  private void gateway(RecordingMesh.RecordingGateway g) {
    if (!validName("Gateway", "Gateway", g.namespace, g.name, null, g.site)) {
      return;
    }
    ObjectMeta meta = new ObjectMeta(g.name, g.namespace, managed(g.labels, null), Map.of(), Map.of());
    Gateway gateway = new Gateway(g.apiVersion, meta, new GatewaySpec(g.servers, g.selector, Map.of()), Map.of());
    resources.add(new GeneratedResource(gateway, g.spec.getName(), SourceMap.of(Map.of(), g.site), null, false, adminOwners));
  }

  private void primary(RecordingMesh.RecordingPrimary p) {
    if (!validName("VirtualService", "primary VirtualService", p.namespace, p.name, null, p.site)) {
      p.delegations.forEach(d -> unplaced(d.delegation()));
      return;
    }
    String ref = p.namespace + "/" + p.name;
    if (p.hosts.isEmpty()) {
      findings.add(DslFindings.error(DslFindings.INCOMPLETE, ref, "spec.hosts", null,
          "primary " + ref + " has no hosts; a VirtualService without hosts is a delegate to Istio, not a primary",
          "give it hosts: .hosts(\"bookinfo.example.com\")", p.site));
      p.delegations.forEach(d -> unplaced(d.delegation()));
      return;
    }
    List<Delegation> delegations = new ArrayList<>();
    List<Location> delegationSites = new ArrayList<>();
    for (RecordingMesh.Placement placement : p.delegations) {
      Delegation d = placement.delegation();
      if (d.secondary() == null) {
        findings.add(DslFindings.error(DslFindings.INCOMPLETE, ref, "spec.http", null,
            "delegation of " + d.matches() + " names no secondary", "finish it with .to(SECONDARY)", placement.site()));
      } else if (d.matches().stream().anyMatch(Match::isRelative)) {
        findings.add(DslFindings.error(DslFindings.INCOMPLETE, ref, "spec.http", d.secondary().team().name(),
            "a delegation's match cannot be relative: relative paths are resolved against a team's scope",
            "write the absolute path, e.g. prefix(\"/api\")", placement.site()));
        unplaced(d);
      } else {
        delegations.add(d);
        delegationSites.add(placement.site());
      }
    }
    List<List<HTTPMatchRequest>> matchLists = new ArrayList<>();
    for (Delegation d : delegations) {
      matchLists.add(requests(d.matches()));
    }
    DelegationOrder.Result order = DelegationOrder.of(matchLists, p.keepDeclaredOrder);
    for (DelegationOrder.Problem problem : order.problems()) {
      Delegation first = delegations.get(problem.first());
      Delegation second = delegations.get(problem.second());
      String message = problem.tie()
          ? "delegations " + describe(first) + " and " + describe(second) + " have the same scope, so only the first"
              + " would ever receive requests"
          : "delegations " + describe(first) + " and " + describe(second) + " overlap without one containing the other:"
              + " a request can match both, and which team gets it depends on the order, which vsplit will not guess";
      String hint = problem.tie()
          ? "give the scope to one secondary, or add a condition (a header, a method) that tells them apart"
          : "make one contain the other (e.g. add the condition to the narrower path), make them disjoint, or call"
              + " keepDeclaredOrder() on the primary to say that the order written is the order meant";
      findings.add(DslFindings.error(problem.tie() ? DslFindings.TIED_DELEGATIONS : DslFindings.AMBIGUOUS_ORDER, ref,
          "spec.http", second.secondary().team().name(), message, hint, delegationSites.get(problem.second())));
    }
    List<HTTPRoute> http = new ArrayList<>();
    Map<String, Location> sites = new LinkedHashMap<>();
    int[] positionOf = new int[delegations.size()];
    for (int position = 0; position < order.order().size(); position++) {
      positionOf[order.order().get(position)] = position;
    }
    for (int position = 0; position < order.order().size(); position++) {
      int index = order.order().get(position);
      Delegation d = delegations.get(index);
      Secondary s = d.secondary();
      http.add(d.inherited().withMatch(matchLists.get(index)).withDelegate(Delegate.of(s.name(), s.namespace())));
      sites.put("spec.http[" + position + "]", delegationSites.get(index));
      // the related delegations emitted before this one, in emitted order: only those, not every
      // earlier delegation, so that a primary with thousands of delegations is not a square
      List<Integer> before = new ArrayList<>();
      for (int other : order.related().get(index)) {
        if (positionOf[other] < position && !delegations.get(other).secondary().equals(s)) {
          before.add(positionOf[other]);
        }
      }
      before.sort(null);
      List<Delegation> carveOuts = new ArrayList<>(before.size());
      for (int earlier : before) {
        carveOuts.add(delegations.get(order.order().get(earlier)));
      }
      // the secondary as first placed (the map's key): a lookup, not a scan of every secondary so far
      List<Placed> placedBefore = references.get(s);
      if (placedBefore != null) {
        Secondary known = placedBefore.get(0).delegation().secondary();
        if (!known.team().equals(s.team())) {
          findings.add(DslFindings.error(DslFindings.TEAM_SPEC_MISMATCH, s.toString(), "", s.team().name(),
              "secondary " + s + " is declared for team " + known.team().name() + " and for team " + s.team().name()
                  + "; one VirtualService can have only one owner",
              "give each team its own secondary name", delegationSites.get(index)));
        }
      }
      references.computeIfAbsent(s, k -> new ArrayList<>()).add(new Placed(p, position, d, carveOuts));
    }
    VirtualServiceSpec spec = new VirtualServiceSpec(p.hosts, p.gateways, http, List.of(), List.of(), p.exportTo, Map.of());
    ObjectMeta meta = new ObjectMeta(p.name, p.namespace, managed(p.labels, null), Map.of(), Map.of());
    resources.add(new GeneratedResource(new VirtualService(p.apiVersion, meta, spec, Map.of()), p.spec.getName(),
        SourceMap.of(sites, p.site), null, false, adminOwners));
  }

  // ---------------------------------------------------------------------------------------------
  // team specs and secondaries

  private Map<Secondary, TeamSpec> teamSpecs(List<TeamSpec> teamSpecs) {
    Map<Secondary, TeamSpec> out = new LinkedHashMap<>();
    for (TeamSpec spec : teamSpecs) {
      Location at = CallSite.ofClass(spec.getClass());
      Secondary s;
      try {
        s = spec.secondary();
      } catch (RuntimeException | LinkageError e) {
        specFailed(spec.getClass(), "secondary()", e);
        continue;
      }
      if (s == null) {
        findings.add(DslFindings.error(DslFindings.TEAM_SPEC_MISMATCH, "", "", null,
            spec.getClass().getName() + ".secondary() returned null", "return the secondary declared in the mesh spec, e.g. BookinfoMesh.VS_1", at));
      } else if (!references.containsKey(s)) {
        if (meshSpecFailed || unplaced.contains(s)) {
          continue; // the mesh spec's own finding says why nothing delegates to it
        }
        findings.add(DslFindings.error(DslFindings.TEAM_SPEC_MISMATCH, s.toString(), "", s.team().name(),
            spec.getClass().getName() + " writes routes for secondary " + s + ", but no primary delegates to it, so"
                + " Istio would never use them",
            "ask the mesh administrator to delegate a prefix to " + s + ", or return the right secondary", at));
      } else if (out.containsKey(s)) {
        findings.add(DslFindings.error(DslFindings.TEAM_SPEC_MISMATCH, s.toString(), "", s.team().name(),
            "two TeamSpecs write routes for secondary " + s + ": " + out.get(s).getClass().getName() + " and "
                + spec.getClass().getName(),
            "keep one TeamSpec per secondary", at));
      } else {
        out.put(s, spec);
      }
    }
    return out;
  }

  private void secondary(Secondary s, List<Placed> placed, TeamSpec spec) {
    String ref = s.toString();
    Team team = s.team();
    if (!validName("VirtualService", "secondary VirtualService", s.namespace(), s.name(), team.name(), s.site())) {
      return;
    }
    List<List<HTTPMatchRequest>> delegations = new ArrayList<>();
    List<Scope.CarveOut> carveOuts = new ArrayList<>();
    for (Placed p : placed) {
      delegations.add(requests(p.delegation().matches()));
      for (Delegation c : p.carveOuts()) {
        carveOuts.add(new Scope.CarveOut(p.primary().namespace + "/" + p.primary().name, requests(c.matches()), c.secondary()));
      }
    }
    Scope scope = new Scope(s, delegations, carveOuts);
    scopes.put(s, scope);

    List<HTTPRoute> http = new ArrayList<>();
    Map<String, Location> sites = new LinkedHashMap<>();
    String source;
    boolean skeleton = spec == null;
    if (spec != null) {
      source = spec.getClass().getName();
      RecordingRoutes routes = new RecordingRoutes(scope);
      try {
        spec.define(routes);
      } catch (RuntimeException | LinkageError e) {
        specFailed(spec.getClass(), "define(Routes)", e);
        return;
      }
      if (routes.routes.isEmpty()) {
        findings.add(DslFindings.error(DslFindings.INCOMPLETE, ref, "spec.http", team.name(),
            spec.getClass().getName() + " writes no routes for " + ref + ", and a VirtualService without routes is"
                + " refused by Istio's webhook",
            "write the team's routes, or delete the TeamSpec to get the skeleton the mesh spec declares",
            CallSite.ofClass(spec.getClass())));
        return;
      }
      for (int declared = 0; declared < routes.routes.size(); declared++) {
        RecordingRoute route = routes.routes.get(declared);
        HTTPRoute built = teamRoute(s, placed, scope, route, declared, http.size(), sites);
        if (built != null) {
          sites.put("spec.http[" + http.size() + "]", route.site());
          http.add(built);
        }
      }
    } else {
      source = placed.get(0).primary().spec.getName();
      HTTPRoute fallback;
      if (s.defaultBackend() != null) {
        fallback = HTTPRoute.EMPTY.withRoute(List.of(HTTPRouteDestination.to(s.defaultBackend().toDestination())));
      } else if (s.failClosedStatus() != null) {
        fallback = HTTPRoute.EMPTY.withDirectResponse(HTTPDirectResponse.of(s.failClosedStatus()));
      } else {
        findings.add(DslFindings.error(DslFindings.NO_SKELETON, ref, "", team.name(),
            "team " + team.name() + " has no TeamSpec for secondary " + ref + " yet, and the mesh spec gives it neither"
                + " a default backend nor fail-closed, so vsplit cannot generate a skeleton for its scope " + scope,
            "write the team's TeamSpec" + wording.aside(Fix.run("scaffold")) + ", or declare " + ref
                + " with .defaultBackend(destination(...))"
                + " or .failClosed()", s.site()));
        return;
      }
      sites.put("spec.http[0]", s.site());
      http.add(fallback);
    }
    if (s.sealStatus() != null && !routesWholeScope(http, placed)) {
      sites.put("spec.http[" + http.size() + "]", s.site());
      http.add(HTTPRoute.EMPTY.withDirectResponse(HTTPDirectResponse.of(s.sealStatus())));
    }
    VirtualServiceSpec vsSpec = new VirtualServiceSpec(List.of(), List.of(), http, List.of(), List.of(), s.exportTo(), Map.of());
    ObjectMeta meta = new ObjectMeta(s.name(), s.namespace(), managed(Map.of(), team.name()), Map.of(), Map.of());
    resources.add(new GeneratedResource(new VirtualService(meta, vsSpec), source, SourceMap.of(sites, s.site()), team, skeleton, team.owners()));
  }

  /**
   * A team's route with its matches made absolute, completed and checked against the scope; {@code
   * null} if it breaks it. Findings name the route and match as written ({@code index}); the source
   * map gets the route's place in the output ({@code position}), which differs once a route is left out.
   */
  private HTTPRoute teamRoute(Secondary s, List<Placed> placed, Scope scope, RecordingRoute route, int index, int position,
      Map<String, Location> sites) {
    HTTPRoute base = route.toModelWithoutMatches();
    String ref = s.toString();
    String team = s.team().name();
    String routePath = "spec.http[" + index + "]";
    boolean ok = true;
    if (base.route().isEmpty() && base.redirect() == null && base.directResponse() == null) {
      findings.add(DslFindings.error(DslFindings.ROUTE_WITHOUT_ACTION, ref, routePath, team,
          "this route has no destination, redirect or direct response, so Istio's webhook would refuse the whole secondary",
          "add .to(destination(...)), .redirect(...) or .directResponse(...)", route.site()));
      ok = false;
    }
    List<HTTPMatchRequest> matches = new ArrayList<>();
    for (int j = 0; j < route.matches().size(); j++) {
      RecordingRoute.Written w = route.matches().get(j);
      String matchPath = routePath + ".match[" + j + "]";
      HTTPMatchRequest m = complete(w.match(), placed, scope, w.site(), ref, team, matchPath);
      if (m == null || !inScope(m, placed, scope, w.site(), ref, team, matchPath)) {
        ok = false;
        continue;
      }
      matches.add(m);
    }
    if (!ok) {
      return null;
    }
    for (int j = 0; j < matches.size(); j++) {
      sites.put("spec.http[" + position + "].match[" + j + "]", route.matches().get(j).site());
    }
    return base.withMatch(matches);
  }

  /**
   * The match as it must be written in the secondary: relative paths made absolute, and what
   * Istio's merge demands repeated (the primary's sourceNamespace and ignoreUriCase, gateways
   * qualified with a namespace).
   */
  private HTTPMatchRequest complete(Match match, List<Placed> placed, Scope scope, Location at, String ref, String team, String path) {
    HTTPMatchRequest m = match.request();
    if (match.isRelative()) {
      String base = singlePrefix(scope);
      if (base == null) {
        findings.add(DslFindings.error(DslFindings.OUTSIDE_SCOPE, ref, path + ".uri", team,
            "relative path " + m.uri() + " needs a scope with exactly one URI prefix, but the scope is " + scope,
            "write the absolute path", at));
        return null;
      }
      String joined = join(base, m.uri().value());
      m = m.withUri(m.uri() instanceof StringMatch.Exact ? StringMatch.exact(joined) : StringMatch.prefix(joined));
    }
    String ns = placed.get(0).primary().namespace;
    if (!m.gateways().isEmpty()) {
      m = m.withGateways(m.gateways().stream().map(g -> Names.resolveGateway(g, ns)).toList());
    }
    // repeat what the delegation's match that this one fits asks for (in a delegation of several
    // matches, only some may be case-insensitive or restricted to a source namespace)
    List<HTTPMatchRequest> roots = qualified(requests(placed.get(0).delegation().matches()), ns);
    for (HTTPMatchRequest root : roots) {
      if (MatchConflicts.find(root, repeat(m, root)) == null) {
        return repeat(m, root);
      }
    }
    return roots.isEmpty() ? m : repeat(m, roots.get(0)); // fits none: inScope reports it
  }

  /** {@code m} with the root's {@code ignoreUriCase} and {@code sourceNamespace}, where it sets neither itself. */
  private static HTTPMatchRequest repeat(HTTPMatchRequest m, HTTPMatchRequest root) {
    if (m.ignoreUriCase() == null && root.ignoresUriCase()) {
      m = m.withIgnoreUriCase(true);
    }
    if ((m.sourceNamespace() == null || m.sourceNamespace().isEmpty()) && root.sourceNamespace() != null
        && !root.sourceNamespace().isEmpty()) {
      m = m.withSourceNamespace(root.sourceNamespace());
    }
    return m;
  }

  /** Whether the match fits every delegation to the secondary and lies in no other team's part. */
  private boolean inScope(HTTPMatchRequest m, List<Placed> placed, Scope scope, Location at, String ref, String team, String path) {
    // Istio merges the secondary once per delegation to it and drops the route from the merges it
    // does not fit. Within one primary the route must fit at least one of the delegations to this
    // secondary (e.g. /shop or /store); a secondary shared by several primaries must serve each of
    // them, so the route must fit in every primary. In each merge it fits, it must not lie inside a
    // part that the same primary gives to another team first.
    Map<RecordingMesh.RecordingPrimary, List<Placed>> byPrimary = new LinkedHashMap<>();
    for (Placed p : placed) {
      byPrimary.computeIfAbsent(p.primary(), k -> new ArrayList<>()).add(p);
    }
    for (List<Placed> ofPrimary : byPrimary.values()) {
      Conflict firstConflict = null;
      boolean fitsAny = false;
      for (Placed p : ofPrimary) {
        String ns = p.primary().namespace;
        List<HTTPMatchRequest> roots = qualified(requests(p.delegation().matches()), ns);
        String primary = ns + "/" + p.primary().name;
        // a delegation without match delegates everything: Istio keeps the team's match as written
        HTTPMatchRequest merged = m;
        if (!roots.isEmpty()) {
          HTTPMatchRequest fitting = null;
          for (HTTPMatchRequest root : roots) {
            Conflict c = MatchConflicts.find(root, m);
            if (c == null) {
              fitting = root;
              break;
            }
            if (firstConflict == null) {
              firstConflict = c;
            }
          }
          if (fitting == null) {
            continue;
          }
          merged = Merger.mergeMatch(fitting, m);
        }
        fitsAny = true;
        for (Delegation c : p.carveOuts()) {
          List<HTTPMatchRequest> carved = qualified(requests(c.matches()), ns);
          // a delegation without match placed before this one (keepDeclaredOrder) takes every request
          for (HTTPMatchRequest other : carved.isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : carved) {
            if (Coverage.covers(other, merged)) {
              findings.add(DslFindings.error(DslFindings.OUTSIDE_SCOPE, ref, path, team,
                  Describe.match(m) + " lies inside " + Describe.match(other) + ", which primary " + primary
                      + " gives to team " + c.secondary().team().name() + " (" + c.secondary() + "); those requests reach team "
                      + c.secondary().team().name() + "'s routes first, so this route would only get what they leave",
                  "move the route to team " + c.secondary().team().name() + ", or ask the mesh administrator to change"
                      + " the delegation", at));
              return false;
            }
          }
        }
      }
      if (!fitsAny) {
        Placed first = ofPrimary.get(0);
        String primary = first.primary().namespace + "/" + first.primary().name;
        Delegation owner = ownerOf(m, first);
        String hint = owner != null
            ? "primary " + primary + " gives " + Describe.matches(requests(owner.matches())) + " to team "
                + owner.secondary().team().name() + " (" + owner.secondary() + "): move the route there, or ask the mesh"
                + " administrator for the path"
            : "keep the match inside " + Describe.matches(requests(first.delegation().matches()))
                + ", or ask the mesh administrator (primary " + primary + ") for the prefix";
        findings.add(DslFindings.error(DslFindings.OUTSIDE_SCOPE, ref, path + "." + firstConflict.field(), team,
            Describe.match(m) + " is outside the scope of team " + team + " (" + scope + "): " + firstConflict.reason()
                + "; Istio would silently drop the whole route",
            hint, at));
        return false;
      }
    }
    return true;
  }

  /**
   * The delegation of the same primary, to another secondary, that the match fits and that comes
   * first in the primary's order (the most specific): who owns the path.
   */
  private Delegation ownerOf(HTTPMatchRequest m, Placed placed) {
    String ns = placed.primary().namespace;
    Placed best = null;
    for (List<Placed> list : references.values()) {
      for (Placed other : list) {
        if (other.primary() != placed.primary() || other.delegation().secondary().equals(placed.delegation().secondary())
            || (best != null && best.position() < other.position())) {
          continue;
        }
        for (HTTPMatchRequest root : qualified(requests(other.delegation().matches()), ns)) {
          if (MatchConflicts.find(root, m) == null) {
            best = other;
            break;
          }
        }
      }
    }
    return best == null ? null : best.delegation();
  }

  /**
   * Whether the routes already take every request of the scope (a skeleton, a team route without
   * match, or one whose match covers the delegation's, like {@code prefix("/log")} under {@code
   * /log}): a seal after them could never match, and Istio's webhook or vsplit's engine would warn.
   */
  private static boolean routesWholeScope(List<HTTPRoute> http, List<Placed> placed) {
    for (Placed p : placed) {
      List<HTTPMatchRequest> roots = qualified(requests(p.delegation().matches()), p.primary().namespace);
      for (HTTPMatchRequest root : roots.isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : roots) {
        boolean covered = http.stream().anyMatch(r -> r.match().isEmpty()
            || r.match().stream().anyMatch(m -> Coverage.covers(Merger.mergeMatch(root, m), root)));
        if (!covered) {
          return false;
        }
      }
    }
    return true;
  }

  private static String singlePrefix(Scope scope) {
    String base = null;
    for (List<HTTPMatchRequest> d : scope.delegations()) {
      for (HTTPMatchRequest m : d) {
        if (!(m.uri() instanceof StringMatch.Prefix p) || (base != null && !base.equals(p.value()))) {
          return null;
        }
        base = p.value();
      }
    }
    return base;
  }

  /** {@code /api} + {@code /v1} = {@code /api/v1}; {@code /} + {@code v1} = {@code /v1}; an empty relative path is the base. */
  public static String join(String base, String relative) {
    if (relative.isEmpty()) {
      return base;
    }
    String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    String right = relative.startsWith("/") ? relative : "/" + relative;
    return left + right;
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private boolean validName(String kind, String what, String namespace, String name, String team, Location at) {
    String ref = namespace + "/" + name;
    String nameProblem = KubernetesNames.checkName(name);
    String suggestion = nameProblem == null ? null : KubernetesNames.suggest(name);
    if (nameProblem == null && OutputLayout.fileNameProblem(kind, name) != null) {
      // A valid Kubernetes name that cannot name its output file: refused where it is written,
      // not later, when the output folder is written.
      int max = OutputLayout.maxNameLength(kind);
      nameProblem = OutputLayout.fileNameProblem(kind, name) + "; a " + kind + " name has at most " + max + " characters here";
      suggestion = name.substring(0, max).replaceAll("[-.]+$", "");
    }
    String nsProblem = KubernetesNames.checkNamespace(namespace);
    if (nameProblem != null) {
      findings.add(DslFindings.error(DslFindings.INVALID_NAME, ref, "metadata.name", team,
          what + " name \"" + name + "\" " + nameProblem, "for example \"" + suggestion + "\"", at));
    }
    if (nsProblem != null) {
      findings.add(DslFindings.error(DslFindings.INVALID_NAME, ref, "metadata.namespace", team,
          what + " namespace \"" + namespace + "\" " + nsProblem, "for example \"" + KubernetesNames.suggestNamespace(namespace) + "\"", at));
    }
    return nameProblem == null && nsProblem == null;
  }

  private void unplaced(Delegation d) {
    if (d.secondary() != null) {
      unplaced.add(d.secondary());
    }
  }

  /**
   * A spec that threw: an exception, or a class it uses that cannot be initialized (a static field
   * whose initializer threw: {@link ExceptionInInitializerError} the first time, {@link
   * NoClassDefFoundError} after), which is as much the spec's fault and must not stop the build with
   * a stack trace.
   */
  private void specFailed(Class<?> spec, String method, Throwable e) {
    Location at = CallSite.ofClass(spec);
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals(spec.getName()) || frame.getClassName().startsWith(spec.getName() + "$")) {
        at = new Location(at.file(), frame.getLineNumber(), 0);
        break;
      }
    }
    String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    if (e instanceof ExceptionInInitializerError && e.getCause() != null) {
      Throwable cause = e.getCause();
      what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
          + " in a static initializer";
    }
    findings.add(DslFindings.error(DslFindings.SPEC_FAILED, "", "", null, spec.getName() + "." + method + " threw " + what,
        "fix the spec; nothing is generated until every spec runs", at));
  }

  /**
   * The primary's matches as Istio compares them with a secondary's: match gateways qualified in
   * the primary's namespace, as the team's are ({@link #complete}).
   */
  private static List<HTTPMatchRequest> qualified(List<HTTPMatchRequest> matches, String namespace) {
    return matches.stream()
        .map(m -> m.gateways().isEmpty() ? m : m.withGateways(m.gateways().stream().map(g -> Names.resolveGateway(g, namespace)).toList()))
        .toList();
  }

  private static List<HTTPMatchRequest> requests(List<Match> matches) {
    List<HTTPMatchRequest> out = new ArrayList<>(matches.size());
    for (Match m : matches) {
      out.add(m.request());
    }
    return out;
  }

  private static String describe(Delegation d) {
    return Describe.matches(requests(d.matches())) + " -> " + d.secondary();
  }

  private static Map<String, String> managed(Map<String, String> labels, String team) {
    Map<String, String> out = new LinkedHashMap<>(labels);
    out.put(MANAGED_BY, "vsplit");
    if (team != null) {
      out.put(Ownership.TEAM_LABEL, team);
    }
    return out;
  }
}
