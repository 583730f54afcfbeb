package dev.vsplit.rules;

import dev.vsplit.model.IstioResource;

/**
 * How a resource names the team that owns it: the label {@value #TEAM_LABEL}, which vsplit writes
 * on what it generates.
 */
public final class Ownership {

  public static final String TEAM_LABEL = "vsplit.dev/team";

  private Ownership() {}

  /** The owning team, or {@code null} when the resource does not say. */
  public static String teamOf(IstioResource resource) {
    String team = resource.metadata().labels().get(TEAM_LABEL);
    return team == null || team.isEmpty() ? null : team;
  }
}
