package dev.vsplit.routing;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.VirtualService;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    InNamespace in = new InNamespace(vs.namespace(), options);
    List<String> hosts = map(vs.spec().hosts(), in::host);
    List<String> gateways = map(vs.spec().gateways(), g -> resolveGateway(g, in.ns));
    List<HTTPRoute> http = new ArrayList<>(vs.spec().http().size());
    for (HTTPRoute route : vs.spec().http()) {
      http.add(in.route(route));
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
    return new InNamespace(ns, options).route(route);
  }

  /**
   * Resolution in one VirtualService's namespace, each host resolved once: a delegate's routes
   * mostly send to the same few services, and every route of a 250 000-route mesh is resolved.
   */
  private static final class InNamespace {
    final String ns;
    final MeshOptions options;
    final Map<String, String> hosts = new HashMap<>();

    InNamespace(String ns, MeshOptions options) {
      this.ns = ns;
      this.options = options;
    }

    String host(String host) {
      if (host == null) {
        return null;
      }
      String resolved = hosts.get(host);
      if (resolved == null) {
        resolved = resolveHost(host, ns, options);
        hosts.put(host, resolved);
      }
      return resolved;
    }

    HTTPRoute route(HTTPRoute route) {
      List<HTTPMatchRequest> match = route.match();
      for (HTTPMatchRequest m : match) {
        if (!m.gateways().isEmpty()) {
          match = map(match, each -> resolveGateways(each, ns));
          break;
        }
      }
      List<HTTPRouteDestination> destinations = map(route.route(), this::destination);
      HTTPRoute out = route;
      if (match != route.match()) {
        out = out.withMatch(match);
      }
      if (destinations != route.route()) {
        out = out.withRoute(destinations);
      }
      if (route.mirror() != null) {
        out = out.withMirror(destination(route.mirror()));
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
                                destination(m.destination()), m.percentage(), m.extra())));
      }
      return out;
    }

    /** The same object when its host stays: a route none of whose hosts change is not copied. */
    private HTTPRouteDestination destination(HTTPRouteDestination d) {
      if (d.destination() == null) {
        return d;
      }
      String host = host(d.destination().host());
      return host == null || host.equals(d.destination().host())
          ? d
          : d.withDestination(d.destination().withHost(host));
    }

    private Destination destination(Destination d) {
      String host = host(d.host());
      return host == null || host.equals(d.host()) ? d : d.withHost(host);
    }
  }

  private static <T> List<T> map(List<T> in, java.util.function.UnaryOperator<T> f) {
    List<T> out = null; // made at the first change: most lists (hosts already full) keep theirs
    for (int i = 0; i < in.size(); i++) {
      T t = in.get(i);
      T r = f.apply(t);
      if (out == null && r != t) {
        out = new ArrayList<>(in.size());
        out.addAll(in.subList(0, i));
      }
      if (out != null) {
        out.add(r);
      }
    }
    return out == null ? in : out;
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
