package dev.vsplit.codegen;

import dev.vsplit.base.Location;
import java.util.List;
import java.util.Objects;

/**
 * Who owns which path of a monolithic VirtualService: what {@link Splitter} needs to turn it into a
 * primary and team-owned secondaries. Read from a small YAML file ({@link OwnershipReader}), or
 * built by the API from paths given in code or in the plugin configuration. The file:
 *
 * <pre>{@code
 * package: com.example.bookinfo          # Java package of the generated specs
 * mesh:
 *   class: BookinfoMesh                  # the MeshSpec's name (default: <primary>Mesh)
 *   owners: ["@bookinfo/platform"]       # code owners of the primary
 * teams:
 *   identity: {namespace: ns1, owners: ["@bookinfo/identity"]}
 *   storefront: {namespace: ns1, owners: ["@bookinfo/storefront"]}
 * delegations:                           # path -> a team's secondary
 *   - prefix: /log                       # or exact: /login
 *     team: identity
 *     secondary: vs-1                    # default: <primary>-<team>
 *   - prefix: /
 *     team: storefront
 *     secondary: vs-2
 *     namespace: ns1                     # default: the team's namespace
 *     primary: default/bookinfo          # needed only when the input has several primaries
 *     class: StorefrontRoutes            # the TeamSpec's name (default: <Team>Routes)
 * }</pre>
 *
 * @param javaPackage the generated classes' package; {@code null} to take it from the request
 * @param meshClass the MeshSpec's simple name; {@code null} for {@code <Primary>Mesh}
 * @param meshOwners code owners of the primary's files
 * @param teams the teams' namespaces and code owners
 * @param delegations the paths, in the order written
 */
public record OwnershipMap(
    String javaPackage,
    String meshClass,
    List<String> meshOwners,
    List<TeamEntry> teams,
    List<PathEntry> delegations) {

  public OwnershipMap {
    meshOwners = List.copyOf(meshOwners);
    teams = List.copyOf(teams);
    delegations = List.copyOf(delegations);
  }

  /**
   * A team.
   *
   * @param name the team's name
   * @param namespace the namespace of its secondaries, {@code null} if every delegation names one
   * @param owners its code owners ({@code @org/team})
   */
  public record TeamEntry(String name, String namespace, List<String> owners) {
    public TeamEntry {
      Objects.requireNonNull(name, "team name");
      owners = List.copyOf(owners);
    }
  }

  /**
   * One path a primary hands to a team's secondary.
   *
   * @param prefix a URI prefix, or {@code null} when {@code exact} is set
   * @param exact an exact URI path, or {@code null}
   * @param team the owning team's name
   * @param secondary the secondary's name; {@code null} for {@code <primary>-<team>}
   * @param namespace the secondary's namespace; {@code null} for the team's
   * @param primary {@code namespace/name} of the monolith it splits; {@code null} when there is one
   * @param className the TeamSpec's simple name; {@code null} for a name from the team or secondary
   * @param line where it was written (for messages), {@code null} when not read from a file
   */
  public record PathEntry(
      String prefix,
      String exact,
      String team,
      String secondary,
      String namespace,
      String primary,
      String className,
      Location line) {}
}
