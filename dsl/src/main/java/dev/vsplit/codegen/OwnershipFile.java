package dev.vsplit.codegen;

import dev.vsplit.base.Location;
import dev.vsplit.yaml.KeyedBy;
import dev.vsplit.yaml.OneOrMore;
import dev.vsplit.yaml.YamlKey;
import java.util.List;

/**
 * An ownership map as its YAML file is written ({@link OwnershipMap} shows one): the shape that
 * {@link OwnershipReader} binds through the reader and binder manifests go through. A component
 * left out of the file is {@code null}; each {@code at} is where its map was written.
 *
 * @param teams a map from team name to {@code {namespace, owners}}, or a list of {@code {name,
 *     namespace, owners}}
 */
record OwnershipFile(
    @YamlKey("package") String javaPackage,
    Mesh mesh,
    @KeyedBy("name") List<Team> teams,
    List<Delegation> delegations,
    Location at) {

  /** {@code mesh:}, the primary's spec. */
  record Mesh(@YamlKey("class") String className, @OneOrMore List<String> owners) {}

  /** A team; {@code owners} may be one string. */
  record Team(String name, String namespace, @OneOrMore List<String> owners, Location at) {}

  /** A path handed to a team's secondary. */
  record Delegation(
      String prefix,
      String exact,
      String team,
      String secondary,
      String namespace,
      String primary,
      @YamlKey("class") String className,
      Location at) {}
}
