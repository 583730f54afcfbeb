package dev.vsplit.assembly;

import dev.vsplit.Team;
import java.util.List;

/**
 * A team as the mesh spec declared it: its name, the namespace of its secondaries and the code
 * owners of its files, copied out of the {@link Team} when the mesh specs have run.
 *
 * @param allowedDestinations where its routes may send requests ({@link
 *     Team#allowedDestinations()}); empty: anywhere
 */
record DeclaredTeam(
    String name, String namespace, List<String> owners, List<String> allowedDestinations) {

  DeclaredTeam {
    owners = List.copyOf(owners);
    allowedDestinations = List.copyOf(allowedDestinations);
  }

  DeclaredTeam(String name, String namespace, List<String> owners) {
    this(name, namespace, owners, List.of());
  }

  static DeclaredTeam of(Team team) {
    return new DeclaredTeam(
        team.name(), team.namespace(), team.owners(), team.allowedDestinations());
  }

  /** The team as the DSL's value, for what vsplit returns ({@link GeneratedResource#team}). */
  Team toTeam() {
    return Team.named(name)
        .namespace(namespace)
        .owners(owners.toArray(String[]::new))
        .allowedDestinations(allowedDestinations.toArray(String[]::new));
  }

  @Override
  public String toString() {
    return name;
  }
}
