package dev.vsplit.codegen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names of generated specs, one rule for {@code vsplit:split} and {@code vsplit:scaffold}: a
 * TeamSpec is {@code <Team>Routes} when its team has one secondary among those generated, and
 * {@code <Secondary>Routes} when it has several; a MeshSpec is {@code <Primary>Mesh}; a name that
 * is taken gets a number ({@code WebRoutes2}).
 */
final class SpecNames {

  private SpecNames() {}

  /**
   * @param teamHasOne whether the team has only this secondary among those generated; then {@code
   *     secondary} is not needed and may be {@code null}
   */
  static String teamSpec(String team, String secondary, boolean teamHasOne) {
    return JavaNames.type(teamHasOne ? team : secondary) + "Routes";
  }

  /** {@code bookinfo} → {@code BookinfoMesh}. */
  static String meshSpec(String primary) {
    return JavaNames.type(primary) + "Mesh";
  }

  /**
   * {@code base}, or {@code base} followed by 2, 3, ...: the first name {@code take} accepts (it
   * claims the name and answers whether it was free).
   */
  static String unique(String base, Predicate<String> take) {
    String name = base;
    for (int i = 2; !take.test(name); i++) {
      name = base + i;
    }
    return name;
  }

  /**
   * Names a split plan's Java: unique constants for its teams and secondaries (a secondary whose
   * constant is a team's gets {@code _VS}), and class names for the secondaries the map names none
   * for.
   *
   * @return the secondaries whose class, named in the map, is named for another spec already
   */
  static List<Planner.Secondary> name(
      String meshClass, Collection<Planner.Team> teams, List<Planner.Secondary> secondaries) {
    Set<String> constants = new HashSet<>();
    for (Planner.Team t : teams) {
      t.constant = unique(JavaNames.constant(t.name), constants::add);
    }
    for (Planner.Secondary s : secondaries) {
      String constant = JavaNames.constant(s.name);
      s.constant =
          unique(constants.contains(constant) ? constant + "_VS" : constant, constants::add);
    }
    Set<String> classes = new HashSet<>();
    classes.add(meshClass);
    List<Planner.Secondary> clashes = new ArrayList<>();
    for (Planner.Secondary s : secondaries) {
      if (s.explicitClassName && !classes.add(s.className)) {
        clashes.add(s);
      }
    }
    for (Planner.Secondary s : secondaries) {
      if (!s.explicitClassName) {
        long sameTeam = secondaries.stream().filter(o -> o.team == s.team).count();
        s.className = unique(teamSpec(s.team.name, s.name, sameTeam == 1), classes::add);
      }
    }
    return clashes;
  }
}
