package dev.vsplit.assembly;

import dev.vsplit.Team;
import java.util.List;

/**
 * A team as the mesh spec declared it: its name, the namespace of its secondaries, the code owners
 * of its files and the place of its specs (a package or a source folder, {@code null} when not
 * set), copied out of the {@link Team} when the mesh specs have run.
 *
 * @param allowedDestinations where its routes may send requests ({@link
 *     Team#allowedDestinations()}); empty: anywhere
 */
record DeclaredTeam(
    String name,
    String namespace,
    List<String> owners,
    List<String> allowedDestinations,
    String specPackage,
    String specFolder) {

  DeclaredTeam {
    owners = List.copyOf(owners);
    allowedDestinations = List.copyOf(allowedDestinations);
  }

  static DeclaredTeam of(Team team) {
    return new DeclaredTeam(
        team.name(),
        team.namespace(),
        team.owners(),
        team.allowedDestinations(),
        team.specPackage(),
        team.specFolder());
  }

  /** The team as the DSL's value, for what vsplit returns ({@link GeneratedResource#team}). */
  Team toTeam() {
    Team team =
        Team.named(name)
            .namespace(namespace)
            .owners(owners.toArray(String[]::new))
            .allowedDestinations(allowedDestinations.toArray(String[]::new));
    if (specPackage != null) {
      team = team.specPackage(specPackage);
    }
    return specFolder == null ? team : team.specFolder(specFolder);
  }

  @Override
  public String toString() {
    return name;
  }
}
