package dev.vsplit.assembly;

import dev.vsplit.findings.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * What the administrator's MeshSpecs declared, taken as a value after they ran and before any
 * TeamSpec is asked anything: gateways, primaries with their delegations (and through them the
 * secondaries and teams), the administrators' code owners. Plain data: records of strings,
 * locations and Istio's model, so that it can travel between processes.
 *
 * @param meshes what each MeshSpec that ran declared, in the order they ran
 * @param failures the MeshSpecs that threw (VS207); their declarations are left out
 */
record MeshDeclarations(List<DeclaredMesh> meshes, List<Finding> failures) {

  MeshDeclarations {
    meshes = List.copyOf(meshes);
    failures = List.copyOf(failures);
  }

  /** The administrators' code owners, in the order declared. */
  List<String> adminOwners() {
    List<String> out = new ArrayList<>();
    for (DeclaredMesh mesh : meshes) {
      out.addAll(mesh.owners());
    }
    return out;
  }

  /** Whether a MeshSpec threw, so that what it would have declared is missing. */
  boolean incomplete() {
    return !failures.isEmpty();
  }
}
