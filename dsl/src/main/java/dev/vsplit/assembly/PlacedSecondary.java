package dev.vsplit.assembly;

import dev.vsplit.findings.Finding;
import java.util.List;

/**
 * A secondary some primary delegates to: the delegations to it in the order placed, its scope, and
 * what is wrong with its name (VS206; then nothing is generated for it and no TeamSpec runs for
 * it).
 */
record PlacedSecondary(
    DeclaredSecondary secondary,
    List<Placed> placed,
    SecondaryScope scope,
    List<Finding> nameProblems) {

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
            s.site()));
  }

  String ref() {
    return secondary.ref();
  }

  boolean validName() {
    return nameProblems.isEmpty();
  }
}
