package dev.vsplit.assembly;

import dev.vsplit.base.FieldPath;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import java.util.List;
import java.util.Locale;

/**
 * A team's destination policy ({@link dev.vsplit.Team#allowedDestinations}): every host its routes
 * send or mirror requests to must be allowed by one entry, or it is VS230 at the line that wrote
 * the route. Hosts are compared as Istio resolves them: a short name is the service of that name in
 * the secondary's namespace.
 */
final class DestinationPolicy {

  private DestinationPolicy() {}

  /**
   * Reports each destination and mirror of {@code route} that the team's policy does not allow.
   *
   * @param index the route's place in the secondary as written ({@code spec.http[index]})
   */
  static void check(
      DeclaredSecondary s, HTTPRoute route, int index, Location at, List<Finding> out) {
    List<String> allowed = s.team().allowedDestinations();
    if (allowed.isEmpty()) {
      return;
    }
    for (int i = 0; i < route.route().size(); i++) {
      HTTPRouteDestination d = route.route().get(i);
      String host = d.destination().host();
      if (!allowed(allowed, host, s.namespace())) {
        out.add(
            DslFindings.destinationNotAllowed(
                s, path(index, ".route[" + i + "].destination.host"), "route to", host, at));
      }
    }
    if (route.mirror() != null && !allowed(allowed, route.mirror().host(), s.namespace())) {
      out.add(
          DslFindings.destinationNotAllowed(
              s, path(index, ".mirror.host"), "mirror to", route.mirror().host(), at));
    }
    for (int i = 0; i < route.mirrors().size(); i++) {
      String host = route.mirrors().get(i).destination().host();
      if (!allowed(allowed, host, s.namespace())) {
        out.add(
            DslFindings.destinationNotAllowed(
                s, path(index, ".mirrors[" + i + "].destination.host"), "mirror to", host, at));
      }
    }
  }

  /** A field of the route, {@code spec.http[index]} then {@code rest}: built only for a finding. */
  private static String path(int index, String rest) {
    return FieldPath.httpRoute(index) + rest;
  }

  /** {@code host} as Istio resolves it in a VirtualService of {@code namespace}. */
  static String resolve(String host, String namespace) {
    return host.contains(".") || host.contains("*")
        ? host
        : host + "." + namespace + ".svc.cluster.local";
  }

  static boolean allowed(List<String> entries, String host, String namespace) {
    String resolved = resolve(host, namespace).toLowerCase(Locale.ROOT);
    for (String entry : entries) {
      if (matches(entry.toLowerCase(Locale.ROOT), resolved)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String entry, String host) {
    int slash = entry.indexOf('/');
    if (slash >= 0) {
      // namespace/* or namespace/name: a service of the cluster, by its FQDN
      String ns = entry.substring(0, slash);
      String name = entry.substring(slash + 1);
      String[] labels = host.split("\\.", -1);
      return labels.length >= 4
          && labels[1].equals(ns)
          && labels[2].equals("svc")
          && (name.equals("*") || labels[0].equals(name));
    }
    if (entry.equals("*")) {
      return true;
    }
    if (entry.startsWith("*.")) {
      return host.endsWith(entry.substring(1)) && host.length() > entry.length() - 1;
    }
    return host.equals(entry);
  }
}
