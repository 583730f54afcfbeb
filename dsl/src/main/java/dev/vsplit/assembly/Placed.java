package dev.vsplit.assembly;

import java.util.List;

/**
 * A delegation as emitted: its primary, its position among the primary's routes, and what comes
 * before it and shares requests with it: the delegations to other secondaries (its carve-outs:
 * those requests reach the other teams first) and the routes the primary answers itself.
 */
record Placed(
    DeclaredPrimary primary,
    int position,
    DeclaredDelegation delegation,
    List<DeclaredDelegation> carveOuts,
    List<DeclaredRoute> routesBefore) {

  Placed {
    carveOuts = List.copyOf(carveOuts);
    routesBefore = List.copyOf(routesBefore);
  }
}
