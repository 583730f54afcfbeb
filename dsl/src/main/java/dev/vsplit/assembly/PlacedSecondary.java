package dev.vsplit.assembly;

import dev.vsplit.findings.Finding;
import java.util.List;

/**
 * A secondary some primary delegates to: the delegations to it in the order placed, its scope, and
 * what is wrong with its name (VS206; then nothing is generated for it and no TeamSpec runs for
 * it).
 *
 * @param ref the secondary's {@code namespace/name} ({@link DeclaredSecondary#ref}), written once:
 *     each secondary is looked up by it several times while the mesh is assembled, and writing it
 *     anew each time was a fiftieth of the build at N = 10,000
 */
record PlacedSecondary(
    DeclaredSecondary secondary,
    List<Placed> placed,
    SecondaryScope scope,
    List<Finding> nameProblems,
    String ref) {

  PlacedSecondary {
    placed = List.copyOf(placed);
    nameProblems = List.copyOf(nameProblems);
  }

  static PlacedSecondary of(List<Placed> placed) {
    DeclaredSecondary s = placed.get(0).delegation().secondary();
    return new PlacedSecondary(
        s,
        placed,
        SecondaryScope.of(placed),
        NameCheck.check(
            "VirtualService",
            "secondary VirtualService",
            s.namespace(),
            s.name(),
            s.team().name(),
            s.site()),
        s.ref());
  }

  boolean validName() {
    return nameProblems.isEmpty();
  }
}
