package dev.vsplit.assembly;

import dev.vsplit.findings.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * What the administrator's declarations produce by themselves: the gateways and primaries, the
 * findings about them, and where each delegation lands ({@link Placements}). A function of the
 * declarations: assembling them twice gives the same result.
 *
 * @param resources gateways and primaries, mesh spec by mesh spec, each spec's gateways first
 * @param findings in the order found
 */
record MeshAssembly(
    List<GeneratedResource> resources, List<Finding> findings, Placements placements) {

  static MeshAssembly of(MeshDeclarations declarations) {
    List<GeneratedResource> resources = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Placements.Builder placements = new Placements.Builder(declarations.incomplete());
    List<String> adminOwners = declarations.adminOwners();
    for (DeclaredMesh mesh : declarations.meshes()) {
      for (DeclaredGateway g : mesh.gateways()) {
        List<Finding> problems =
            NameCheck.check("Gateway", "Gateway", g.namespace(), g.name(), null, g.site());
        findings.addAll(problems);
        if (problems.isEmpty()) {
          resources.add(Resources.gateway(g, adminOwners));
        }
      }
      for (DeclaredPrimary p : mesh.primaries()) {
        PrimaryAssembler.Outcome primary = PrimaryAssembler.assemble(p, adminOwners);
        findings.addAll(primary.findings());
        primary.unplaced().forEach(placements::unplaced);
        for (Placed placed : primary.placed()) {
          DeclaredSecondary s = placed.delegation().secondary();
          DeclaredSecondary known = placements.placed(s.ref());
          if (known != null && !known.team().name().equals(s.team().name())) {
            findings.add(
                DslFindings.secondaryOfTwoTeams(
                    s, known.team().name(), placed.delegation().site()));
          }
          placements.place(placed);
        }
        if (primary.resource() != null) {
          resources.add(primary.resource());
        }
      }
    }
    return new MeshAssembly(List.copyOf(resources), List.copyOf(findings), placements.build());
  }
}
