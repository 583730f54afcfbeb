package dev.vsplit.assembly;

import dev.vsplit.MeshSpec;
import dev.vsplit.Scope;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import java.util.ArrayList;
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
