package dev.vsplit.assembly;

import dev.vsplit.MeshSpec;
import dev.vsplit.Scope;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the specs and turns what they declare into resources: primaries with their delegations most
 * specific first, one secondary per delegated-to secondary (the team's routes, or a skeleton),
 * gateways. Everything the specs get wrong becomes a finding located at the line that wrote it.
 *
 * <p>In two steps: {@link SpecRunner} runs the specs and takes what they declare as values ({@link
 * MeshDeclarations}, {@link WrittenRoutes}); {@link #assemble} turns those values into resources
 * and findings without calling spec code.
 */
public final class Assembler {

  /** The label vsplit sets on everything it generates. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  /**
   * What the specs produce: resources, findings, each secondary's scope, and the administrators'
   * code owners.
   */
  public record Result(
      List<GeneratedResource> resources,
      List<Finding> findings,
      Map<Secondary, Scope> scopes,
      List<String> adminOwners) {}

  /** Resources and findings assembled from declarations. */
  record Assembled(List<GeneratedResource> resources, List<Finding> findings) {}

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
    SpecRunner runner = new SpecRunner();
    MeshDeclarations declarations = runner.runMeshSpecs(meshSpecs);
    MeshAssembly mesh = MeshAssembly.of(declarations);
    List<WrittenRoutes> written = runner.runTeamSpecs(teamSpecs, mesh.placements());
    Assembled assembled = assemble(declarations, mesh, written, wording);
    return new Result(
        assembled.resources(),
        assembled.findings(),
        runner.scopes(mesh.placements()),
        declarations.adminOwners());
  }

  /**
   * Assembles what spec runs handed back as data, calling no spec code: the administrator's
   * declarations from a run without team code, and what each team's specs wrote from that team's
   * own run. A team spec's claim is checked, not trusted: the secondary it returned is looked up in
   * the administrator's declarations (its team, settings and scope are the administrator's, never
   * the run's), and one that the administrator gave to another team than the one whose place holds
   * the spec is refused (VS221).
   *
   * @param mesh the administrator's declarations
   * @param teams what each team's specs wrote
   * @param teamOfSpec for each team spec class, the team whose place holds it
   * @return the resources, findings, scopes and the administrators' owners
   */
  public Result assemble(MeshData mesh, List<TeamData> teams, Map<String, String> teamOfSpec) {
    MeshDeclarations declarations = mesh.declarations;
    MeshAssembly assembly = MeshAssembly.of(declarations);
    List<Finding> refused = new ArrayList<>();
    List<WrittenRoutes> written = new ArrayList<>();
    for (TeamData data : teams) {
      for (WrittenRoutes w : data.written) {
        PlacedSecondary placed =
            w.secondary() == null ? null : assembly.placements().secondary(w.secondary().ref());
        if (placed == null) {
          written.add(w);
          continue;
        }
        String owner = placed.secondary().team().name();
        String team = teamOfSpec.get(w.spec());
        if (!owner.equals(team)) {
          refused.add(
              DslFindings.otherTeamsSecondary(
                  w.spec(), w.site(), placed.secondary().ref(), owner, team));
          continue;
        }
        written.add(
            new WrittenRoutes(w.spec(), w.site(), placed.secondary(), w.routes(), w.failure()));
      }
    }
    Assembled assembled = assemble(declarations, assembly, written, wording);
    List<Finding> findings = new ArrayList<>(refused);
    findings.addAll(assembled.findings());
    Map<Secondary, Scope> scopes = new LinkedHashMap<>();
    IdentityHashMap<DeclaredSecondary, Secondary> rebuilt = new IdentityHashMap<>();
    for (PlacedSecondary p : assembly.placements().secondaries()) {
      if (p.validName()) {
        Scope scope = toScope(p.scope(), rebuilt);
        scopes.put(scope.secondary(), scope);
      }
    }
    return new Result(
        assembled.resources(), List.copyOf(findings), scopes, declarations.adminOwners());
  }

  private static Scope toScope(
      SecondaryScope scope, IdentityHashMap<DeclaredSecondary, Secondary> rebuilt) {
    List<Scope.CarveOut> carveOuts = new ArrayList<>(scope.carveOuts().size());
    for (SecondaryScope.CarveOut c : scope.carveOuts()) {
      carveOuts.add(
          new Scope.CarveOut(
              c.primary(),
              c.matches(),
              rebuilt.computeIfAbsent(c.owner(), DeclaredSecondary::toSecondary)));
    }
    return new Scope(
        rebuilt.computeIfAbsent(scope.secondary(), DeclaredSecondary::toSecondary),
        scope.delegations(),
        carveOuts);
  }

  /**
   * The resources and findings of what the specs declared: a function of these values, which calls
   * no spec code. Hints are in the engine's own words ({@link Wording#NEUTRAL}).
   */
  static Assembled assemble(MeshDeclarations declarations, List<WrittenRoutes> written) {
    return assemble(declarations, MeshAssembly.of(declarations), written, Wording.NEUTRAL);
  }

  private static Assembled assemble(
      MeshDeclarations declarations,
      MeshAssembly mesh,
      List<WrittenRoutes> written,
      Wording wording) {
    List<Finding> findings = new ArrayList<>(declarations.failures());
    findings.addAll(mesh.findings());
    List<GeneratedResource> resources = new ArrayList<>(mesh.resources());
    TeamSpecMatch match = TeamSpecMatch.of(mesh.placements(), written);
    findings.addAll(match.findings());
    for (PlacedSecondary p : mesh.placements().secondaries()) {
      Integer spec = match.specFor(p.ref());
      WrittenRoutes routes = spec == null ? null : written.get(spec);
      GeneratedResource secondary =
          SecondaryAssembler.assemble(p, routes, mesh.placements(), findings, wording);
      if (secondary != null) {
        resources.add(secondary);
      }
    }
    return new Assembled(List.copyOf(resources), List.copyOf(findings));
  }

  /**
   * {@code /api} + {@code /v1} = {@code /api/v1}; {@code /} + {@code v1} = {@code /v1}; an empty
   * relative path is the base.
   */
  public static String join(String base, String relative) {
    if (relative.isEmpty()) {
      return base;
    }
    String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    String right = relative.startsWith("/") ? relative : "/" + relative;
    return left + right;
  }
}
