package dev.vsplit.routing;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.VirtualService;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Istio's short-name resolution ({@code ResolveShortnameToFQDN}, {@code resolveGatewayName}),
 * applied to each VirtualService in its own namespace before merging.
 */
public final class Names {

  /** The gateway name that stands for all sidecars. */
  public static final String MESH = "mesh";

  private Names() {}

  /**
   * {@code reviews} in namespace {@code ns1} becomes {@code reviews.ns1.svc.cluster.local}; names
   * with a dot, {@code *} and IP addresses stay as they are.
   */
  public static String resolveHost(String host, String namespace, MeshOptions options) {
    if (host == null
        || host.isEmpty()
        || host.equals("*")
        || isIpAddress(host)
        || host.contains(".")) {
      return host;
    }
    String out = host;
    if (namespace != null && !namespace.isEmpty()) {
      out = out + "." + namespace;
    }
    if (!options.domainSuffix().isEmpty()) {
      out = out + ".svc." + options.domainSuffix();
    }
    return out;
  }

  /**
   * Whether {@link #resolveHost} would change the name: it has no dot and is not {@code *} or an
   * IP.
   */
  public static boolean isShortHost(String host) {
    return host != null
        && !host.isEmpty()
        && !host.equals("*")
        && !host.contains(".")
        && !isIpAddress(host);
  }

  /**
   * {@code gw} becomes {@code <ns>/gw}, {@code ./gw} becomes {@code <ns>/gw}, {@code gw.ns2} and
   * {@code gw.ns2.svc.cluster.local} become {@code ns2/gw}, {@code ns/gw} and {@code mesh} stay.
   */
  public static String resolveGateway(String gateway, String namespace) {
    if (gateway == null || gateway.equals(MESH)) {
      return gateway;
    }
    int slash = gateway.indexOf('/');
    if (slash < 0) {
      int dot = gateway.indexOf('.');
      if (dot < 0) {
        return namespace + "/" + gateway;
      }
      String rest = gateway.substring(dot + 1);
      int next = rest.indexOf('.');
      return (next < 0 ? rest : rest.substring(0, next)) + "/" + gateway.substring(0, dot);
    }
    if (gateway.substring(0, slash).equals(".")) {
      return namespace + "/" + gateway.substring(slash + 1);
    }
    return gateway;
  }

  /**
   * A copy of the VirtualService with hosts, gateways and destination hosts resolved in its
   * namespace.
   */
  public static VirtualService resolve(VirtualService vs, MeshOptions options) {
    String ns = vs.namespace();
    List<String> hosts = map(vs.spec().hosts(), h -> resolveHost(h, ns, options));
    List<String> gateways = map(vs.spec().gateways(), g -> resolveGateway(g, ns));
    List<HTTPRoute> http = new ArrayList<>(vs.spec().http().size());
    for (HTTPRoute route : vs.spec().http()) {
      http.add(resolveRoute(route, ns, options));
    }
    return vs.withSpec(vs.spec().withHosts(hosts).withGateways(gateways).withHttp(http));
  }

  /**
   * The match with its gateways resolved in the namespace ({@link #resolveGateway}); the same match
   * when it names none.
   */
  public static HTTPMatchRequest resolveGateways(HTTPMatchRequest match, String namespace) {
    return match.gateways().isEmpty()
        ? match
        : match.withGateways(map(match.gateways(), g -> resolveGateway(g, namespace)));
  }

  static HTTPRoute resolveRoute(HTTPRoute route, String ns, MeshOptions options) {
    List<HTTPMatchRequest> match = route.match();
    if (match.stream().anyMatch(m -> !m.gateways().isEmpty())) {
      match = map(match, m -> resolveGateways(m, ns));
    }
    List<HTTPRouteDestination> destinations =
        map(
            route.route(),
            d -> {
              // The same destination when its host is already resolved: kept, and so is the route.
              Destination resolved =
                  d.destination() == null ? null : resolveDestination(d.destination(), ns, options);
              return java.util.Objects.equals(resolved, d.destination())
                  ? d
                  : d.withDestination(resolved);
            });
    HTTPRoute out =
        match == route.match() && destinations == route.route()
            ? route
            : route.withMatch(match).withRoute(destinations);
    if (route.mirror() != null) {
      out = out.withMirror(resolveDestination(route.mirror(), ns, options));
    }
    if (!route.mirrors().isEmpty()) {
      out =
          out.withMirrors(
              map(
                  route.mirrors(),
                  m ->
                      m.destination() == null
                          ? m
                          : new HTTPMirrorPolicy(
                              resolveDestination(m.destination(), ns, options),
                              m.percentage(),
                              m.extra())));
    }
    return out;
  }

  private static Destination resolveDestination(Destination d, String ns, MeshOptions options) {
    String host = resolveHost(d.host(), ns, options);
    return host == null || host.equals(d.host()) ? d : d.withHost(host);
  }

  private static <T> List<T> map(List<T> in, java.util.function.UnaryOperator<T> f) {
    if (in.isEmpty()) {
      return in;
    }
    List<T> out = new ArrayList<>(in.size());
    boolean changed = false;
    for (T t : in) {
      T r = f.apply(t);
      changed |= r != t;
      out.add(r);
    }
    return changed ? out : in;
  }

  static boolean isIpAddress(String host) {
    if (isDottedQuad(host)) {
      for (String part : host.split("\\.", -1)) {
        if (Integer.parseInt(part) > 255) {
          return false;
        }
      }
      return true;
    }
    if (host.indexOf(':') >= 0 && host.matches("[0-9a-fA-F:.]+")) {
      try {
        InetAddress.getByName(host); // literal only: never a DNS lookup for this character set
        return true;
      } catch (Exception e) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the host is four groups of one to three ASCII digits joined by dots, as {@code
   * \d{1,3}(\.\d{1,3}){3}} matches: by hand, since every destination host of every route is
   * resolved.
   */
  static boolean isDottedQuad(String host) {
    int groups = 0;
    int digits = 0;
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 3) {
          return false;
        }
      } else if (c == '.' && digits > 0 && groups < 3) {
        groups++;
        digits = 0;
      } else {
        return false;
      }
    }
    return groups == 3 && digits > 0;
  }
}
