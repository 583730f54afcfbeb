package dev.vsplit.assembly;

import dev.vsplit.Team;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the administrator's mesh specs declared, read back from their run ({@link
 * SpecData#readMesh}): immutable, and fixed before any team spec runs.
 */
public final class MeshData {

  final MeshDeclarations declarations;

  MeshData(MeshDeclarations declarations) {
    this.declarations = declarations;
  }

  /**
   * Every team a primary delegates to, with its place and owners, by name, in the order declared.
   *
   * @return the teams
   */
  public List<Team> teams() {
    Map<String, Team> out = new LinkedHashMap<>();
    for (DeclaredMesh mesh : declarations.meshes()) {
      for (DeclaredPrimary p : mesh.primaries()) {
        for (DeclaredDelegation d : p.delegations()) {
          if (d.secondary() != null) {
            out.putIfAbsent(d.secondary().team().name(), d.secondary().team().toTeam());
          }
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * Whether a mesh spec threw (VS207), so that teams and places it would have declared are missing.
   *
   * @return true when the declarations are incomplete
   */
  public boolean incomplete() {
    return declarations.incomplete();
  }

  /**
   * The administrators' code owners, in the order declared.
   *
   * @return the owners
   */
  public List<String> adminOwners() {
    return declarations.adminOwners();
  }
}
