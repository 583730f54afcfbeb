package dev.vsplit.codegen;

import dev.vsplit.base.Location;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
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
 *   - prefix: /log                       # or exact: /login, or pathPrefix: /account
 *     team: identity
 *     secondary: vs-1                    # default: the team's name (<team>-<path> for a second one)
 *   - pathPrefix: /admin                 # /admin and /admin/..., not /administrators
 *     method: {exact: GET}               # conditions as Istio writes them in a match
 *     ignoreUriCase: true
 *     headers: {x-internal: {exact: "1"}}
 *     team: admin
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
   * One path a primary hands to a team's secondary, with the other conditions of the delegation's
   * match.
   *
   * @param prefix a URI prefix, or {@code null} when {@code exact} or {@code pathPrefix} is set
   * @param exact an exact URI path, or {@code null}
   * @param team the owning team's name
   * @param secondary the secondary's name; {@code null} for the team's name ({@code <team>-<path>}
   *     when the team has another one)
   * @param namespace the secondary's namespace; {@code null} for the team's
   * @param primary {@code namespace/name} of the monolith it splits; {@code null} when there is one
   * @param className the TeamSpec's simple name; {@code null} for a name from the team or secondary
   * @param line where it was written (for messages), {@code null} when not read from a file
   * @param pathPrefix a path and the paths below it, segment by segment ({@code /account} holds
   *     {@code /account/x} but not {@code /accounts}), or {@code null}
   * @param conditions the match's other conditions (method, headers, query parameters, port,
   *     ignoreUriCase, ...) as Istio writes them, without a uri; {@link HTTPMatchRequest#EMPTY} for
   *     none
   */
  public record PathEntry(
      String prefix,
      String exact,
      String team,
      String secondary,
      String namespace,
      String primary,
      String className,
      Location line,
      String pathPrefix,
      HTTPMatchRequest conditions) {

    public PathEntry {
      conditions = conditions == null ? HTTPMatchRequest.EMPTY : conditions.withUri(null);
    }

    /** How many of {@code prefix}, {@code exact} and {@code pathPrefix} are set. */
    int pathKinds() {
      return (prefix == null ? 0 : 1) + (exact == null ? 0 : 1) + (pathPrefix == null ? 0 : 1);
    }

    /** The key the path is written under: {@code prefix}, {@code exact} or {@code pathPrefix}. */
    String kind() {
      return prefix != null ? "prefix" : exact != null ? "exact" : "pathPrefix";
    }

    /** The path as written, whatever its kind. */
    String path() {
      return prefix != null ? prefix : exact != null ? exact : pathPrefix;
    }

    /**
     * The delegation's matches as Istio writes them: one, or two for a path prefix ({@code exact
     * /a}, {@code prefix /a/}; {@code prefix /} for {@code /}), each with the other conditions.
     */
    List<HTTPMatchRequest> matches() {
      if (prefix != null) {
        return List.of(conditions.withUri(StringMatch.prefix(prefix)));
      }
      if (exact != null) {
        return List.of(conditions.withUri(StringMatch.exact(exact)));
      }
      String p = pathPrefix;
      while (p.length() > 1 && p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      if (p.equals("/")) {
        return List.of(conditions.withUri(StringMatch.prefix("/")));
      }
      return List.of(
          conditions.withUri(StringMatch.exact(p)),
          conditions.withUri(StringMatch.prefix(p + "/")));
    }
  }
}
