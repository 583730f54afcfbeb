package dev.vsplit.assembly;

import java.util.List;

/**
 * A delegation as emitted: its primary, its position among the primary's routes, and the
 * delegations to other secondaries emitted before it that share requests with it (its carve-outs:
 * those requests reach the other teams first).
 */
record Placed(
    DeclaredPrimary primary,
    int position,
    DeclaredDelegation delegation,
    List<DeclaredDelegation> carveOuts) {

  Placed {
    carveOuts = List.copyOf(carveOuts);
  }
}
