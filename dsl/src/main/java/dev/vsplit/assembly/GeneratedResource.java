package dev.vsplit.assembly;

import dev.vsplit.Mesh;
import dev.vsplit.Team;
import dev.vsplit.model.IstioResource;
import dev.vsplit.yaml.SourceMap;

/**
 * A resource the specs produce.
 *
 * @param resource the resource
 * @param source the spec class it comes from ({@code com.example.IdentityRoutes})
 * @param sourceMap where each field was written in that spec
 * @param team the team that owns it; {@code null} for the administrator's primaries and gateways
 * @param skeleton whether it is a skeleton secondary (the team has written no routes yet)
 * @param owners code owners of its file: the team's, or the administrator's ({@link Mesh#owners})
 */
public record GeneratedResource(
    IstioResource resource,
    String source,
    SourceMap sourceMap,
    Team team,
    boolean skeleton,
    java.util.List<String> owners) {
  public GeneratedResource {
    owners = java.util.List.copyOf(owners);
  }
}
