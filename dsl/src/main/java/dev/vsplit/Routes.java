package dev.vsplit;

/**
 * The routes of one team's secondary, in the order Envoy evaluates them; every match must stay
 * inside the team's {@link Scope}. Handed to {@link TeamSpec#define}.
 */
public interface Routes {

  /** A new route, appended after the ones written so far. */
  Route route();

  /** A new named route (the name shows in Envoy's stats and access logs). */
  Route route(String name);

  /** What this team may match: its delegations minus what the primary gives to other teams. */
  Scope scope();
}
