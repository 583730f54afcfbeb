package dev.vsplit.assembly;

import dev.vsplit.Backend;
import dev.vsplit.Secondary;
import dev.vsplit.base.Location;
import dev.vsplit.model.Destination;
import java.util.List;
import java.util.Objects;

/**
 * A secondary as declared, copied out of its {@link Secondary}. Two declarations with the same
 * {@link #ref} are the same VirtualService (compare refs, not records: the settings may differ).
 *
 * @param defaultBackend where the skeleton sends the scope, or {@code null}
 * @param failClosedStatus the status the skeleton answers, or {@code null}
 * @param sealStatus the status of the catch-all that ends it, or {@code null} when not sealed
 * @param site the spec line that declared it
 */
record DeclaredSecondary(
    DeclaredTeam team,
    String name,
    String namespace,
    Destination defaultBackend,
    Integer failClosedStatus,
    Integer sealStatus,
    List<String> exportTo,
    Location site) {

  DeclaredSecondary {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
    exportTo = List.copyOf(exportTo);
  }

  static DeclaredSecondary of(Secondary s) {
    return new DeclaredSecondary(
        DeclaredTeam.of(s.team()),
        s.name(),
        s.namespace(),
        s.defaultBackend() == null ? null : s.defaultBackend().toDestination(),
        s.failClosedStatus(),
        s.sealStatus(),
        s.exportTo(),
        s.site());
  }

  /**
   * The secondary as the DSL's value, rebuilt from the declaration: what a scope names on the side
   * that never runs spec code.
   */
  Secondary toSecondary() {
    Secondary s = team.toTeam().secondary(name, namespace);
    if (defaultBackend != null) {
      Backend b = Backend.destination(defaultBackend.host());
      if (defaultBackend.subset() != null) {
        b = b.subset(defaultBackend.subset());
      }
      if (defaultBackend.port() != null && defaultBackend.port().number() != null) {
        b = b.port(defaultBackend.port().number());
      }
      s = s.defaultBackend(b);
    }
    if (failClosedStatus != null) {
      s = s.failClosed(failClosedStatus);
    }
    if (sealStatus != null) {
      s = s.sealed(sealStatus);
    }
    return exportTo.isEmpty() ? s : s.exportTo(exportTo.toArray(String[]::new));
  }

  /** {@code namespace/name}: the VirtualService's identity. */
  String ref() {
    return namespace + "/" + name;
  }

  @Override
  public String toString() {
    return ref();
  }
}
