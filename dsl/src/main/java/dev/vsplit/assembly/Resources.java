package dev.vsplit.assembly;

import dev.vsplit.model.Gateway;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import dev.vsplit.rules.Ownership;
import dev.vsplit.yaml.SourceMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources vsplit generates from declarations, labelled as vsplit's and, for a team's, with
 * the team.
 */
final class Resources {

  private Resources() {}

  static GeneratedResource gateway(DeclaredGateway g, List<String> adminOwners) {
    ObjectMeta meta =
        new ObjectMeta(g.name(), g.namespace(), managed(g.labels(), null), Map.of(), Map.of());
    Gateway gateway =
        new Gateway(
            g.apiVersion(), meta, new GatewaySpec(g.servers(), g.selector(), Map.of()), Map.of());
    return new GeneratedResource(
        gateway, g.spec(), SourceMap.none(g.site()), null, false, adminOwners);
  }

  /**
   * @param sites where each route and match was written
   */
  static GeneratedResource primary(
      DeclaredPrimary p, List<HTTPRoute> http, RouteSites sites, List<String> adminOwners) {
    VirtualServiceSpec spec =
        new VirtualServiceSpec(
            p.hosts(), p.gateways(), http, List.of(), List.of(), p.exportTo(), Map.of());
    ObjectMeta meta =
        new ObjectMeta(p.name(), p.namespace(), managed(p.labels(), null), Map.of(), Map.of());
    return new GeneratedResource(
        new VirtualService(p.apiVersion(), meta, spec, Map.of()),
        p.spec(),
        SourceMap.of(sites, p.site()),
        null,
        false,
        adminOwners);
  }

  /**
   * @param sites where each route, match and field was written
   * @param source the spec class it comes from: the TeamSpec, or for a skeleton the MeshSpec
   */
  static GeneratedResource secondary(
      DeclaredSecondary s,
      List<HTTPRoute> http,
      RouteSites sites,
      String source,
      boolean skeleton) {
    VirtualServiceSpec spec =
        new VirtualServiceSpec(
            List.of(), List.of(), http, List.of(), List.of(), s.exportTo(), Map.of());
    ObjectMeta meta =
        new ObjectMeta(
            s.name(), s.namespace(), managed(Map.of(), s.team().name()), Map.of(), Map.of());
    return new GeneratedResource(
        new VirtualService(meta, spec),
        source,
        SourceMap.of(sites, s.site()),
        s.team().toTeam(),
        skeleton,
        s.team().owners());
  }

  private static Map<String, String> managed(Map<String, String> labels, String team) {
    Map<String, String> out = new LinkedHashMap<>(labels);
    out.put(Assembler.MANAGED_BY, "vsplit");
    if (team != null) {
      out.put(Ownership.TEAM_LABEL, team);
    }
    return out;
  }
}
