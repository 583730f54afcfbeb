package dev.vsplit.maven;

import java.util.List;

/**
 * One path of an ownership map written in the plugin configuration ({@code
 * <delegations><delegation>...}): the same fields as a {@code delegations} entry of the YAML file.
 */
public class OwnershipEntry {
  /** A URI prefix, e.g. {@code /api}. */
  String prefix;

  /** An exact URI path instead of a prefix. */
  String exact;

  /** The owning team. */
  String team;

  /** The secondary's name; default {@code <primary>-<team>}. */
  String secondary;

  /** The secondary's namespace (and the team's, the first time the team is named). */
  String namespace;

  /** {@code namespace/name} of the monolith this path splits, when the input has several. */
  String primary;

  /** The TeamSpec's class name. */
  String className;

  /** The team's code owners. */
  List<String> owners;
}
