package dev.vsplit.assembly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the administrator's delegations land: each secondary a primary delegates to, with the
 * delegations to it in the order placed (a secondary is as first placed), and the secondaries that
 * delegations name but that could not be placed. Built by {@link MeshAssembly}.
 */
final class Placements {

  private final List<PlacedSecondary> secondaries;
  private final Map<String, PlacedSecondary> byRef = new LinkedHashMap<>();
  private final Map<DeclaredPrimary, List<Placed>> byPrimary;
  private final Set<String> unplaced;
  private final boolean incomplete;

  private Placements(
      Map<String, List<Placed>> bySecondary,
      Map<DeclaredPrimary, List<Placed>> byPrimary,
      Set<String> unplaced,
      boolean incomplete) {
    List<PlacedSecondary> list = new ArrayList<>(bySecondary.size());
    for (List<Placed> placed : bySecondary.values()) {
      PlacedSecondary s = PlacedSecondary.of(placed);
      list.add(s);
      byRef.put(s.ref(), s);
    }
    this.secondaries = List.copyOf(list);
    this.byPrimary = byPrimary;
    this.unplaced = Set.copyOf(unplaced);
    this.incomplete = incomplete;
  }

  /** Every secondary a delegation was placed for, in the order first placed. */
  List<PlacedSecondary> secondaries() {
    return secondaries;
  }

  /**
   * The secondary with this {@code namespace/name}, or {@code null} when no delegation to it was
   * placed.
   */
  PlacedSecondary secondary(String ref) {
    return byRef.get(ref);
  }

  /** The delegations placed on this primary, in emitted order. */
  List<Placed> of(DeclaredPrimary primary) {
    return byPrimary.getOrDefault(primary, List.of());
  }

  /**
   * Whether a missing delegation to this secondary is already explained by another finding: a mesh
   * spec threw, or a delegation to it was refused.
   */
  boolean explained(String ref) {
    return incomplete || unplaced.contains(ref);
  }

  /** Collects the placements primary by primary. */
  static final class Builder {
    private final Map<String, List<Placed>> bySecondary = new LinkedHashMap<>();
    // by identity: two primaries declared alike are still two primaries
    private final IdentityHashMap<DeclaredPrimary, List<Placed>> byPrimary =
        new IdentityHashMap<>();
    private final Set<String> unplaced = new HashSet<>();
    private final boolean incomplete;

    /**
     * @param incomplete whether a mesh spec threw
     */
    Builder(boolean incomplete) {
      this.incomplete = incomplete;
    }

    /** The secondary with this {@code namespace/name} as first placed, or {@code null}. */
    DeclaredSecondary placed(String ref) {
      List<Placed> placed = bySecondary.get(ref);
      return placed == null ? null : placed.get(0).delegation().secondary();
    }

    void place(Placed p) {
      bySecondary.computeIfAbsent(p.delegation().secondary().ref(), k -> new ArrayList<>()).add(p);
      byPrimary.computeIfAbsent(p.primary(), k -> new ArrayList<>()).add(p);
    }

    /**
     * A delegation that names a secondary but could not be placed (its primary or itself was
     * refused).
     */
    void unplaced(DeclaredDelegation d) {
      if (d.secondary() != null) {
        unplaced.add(d.secondary().ref());
      }
    }

    Placements build() {
      IdentityHashMap<DeclaredPrimary, List<Placed>> primaries = new IdentityHashMap<>();
      byPrimary.forEach((p, placed) -> primaries.put(p, List.copyOf(placed)));
      return new Placements(
          bySecondary, Collections.unmodifiableMap(primaries), unplaced, incomplete);
    }
  }
}
