package dev.vsplit;

/**
 * The routes of one team's secondary, in the order Envoy evaluates them; every match must stay
 * inside the team's {@link Scope}. Handed to {@link TeamSpec#define}.
 */
public interface Routes {

  /**
   * Declares one more route, after the ones written so far.
   *
   * @return the route, to configure
   */
  Route route();

  /**
   * Declares one more named route, after the ones written so far.
   *
   * @param name the route's {@code name}, shown in Envoy's stats and access logs
   * @return the route, to configure
   */
  Route route(String name);

  /**
   * What this team may match: its delegations minus what the primaries give to other teams.
   *
   * @return the scope, e.g. {@code prefix "/" minus prefix "/log" (team identity, ns1/vs-1)}
   */
  Scope scope();
}
