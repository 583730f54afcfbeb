package dev.vsplit;

import java.util.List;

/**
 * What a {@link MeshSpec} declares: gateways and primaries with their delegations. Handed to {@link
 * MeshSpec#define}; vsplit records what the spec declares and generates it.
 *
 * <pre>{@code
 * mesh.owners("@bookinfo/platform");
 * mesh.gateway("bookinfo-gateway", "default")
 *     .selector("istio", "ingressgateway")
 *     .server(80, "http", "HTTP", "*");
 * mesh.primary("bookinfo", "default")
 *     .hosts("*")
 *     .gateways("bookinfo-gateway")
 *     .delegate(prefix("/"), VS_2)
 *     .delegate(prefix("/log"), VS_1);
 * }</pre>
 */
public interface Mesh {

  /** An Istio Gateway. */
  GatewayBuilder gateway(String name, String namespace);

  /** A primary VirtualService: hosts, gateways, and the prefixes it delegates to teams. */
  PrimaryBuilder primary(String name, String namespace);

  /**
   * Code owners of the administrator's files (primaries, gateways, kustomization.yaml,
   * effective-routes.yaml).
   */
  Mesh owners(String... owners);

  /** A Gateway under construction. */
  interface GatewayBuilder {

    /**
     * {@code networking.istio.io/v1beta1} unless set, e.g. to {@code networking.istio.io/v1alpha3}.
     */
    GatewayBuilder apiVersion(String apiVersion);

    /** Which gateway proxies apply it, e.g. {@code selector("istio", "ingressgateway")}. */
    GatewayBuilder selector(String key, String value);

    /**
     * A plain-text listener: port number, port name, protocol ({@code HTTP}, {@code HTTP2}, {@code
     * GRPC}, {@code TCP}) and hosts.
     */
    GatewayBuilder server(int port, String portName, String protocol, String... hosts);

    /**
     * An HTTPS listener terminating TLS with the certificate in the Kubernetes secret {@code
     * credentialName}.
     */
    GatewayBuilder httpsServer(int port, String portName, String credentialName, String... hosts);

    /** An HTTP listener that redirects every request to HTTPS. */
    GatewayBuilder httpsRedirect(int port, String portName, String... hosts);

    /** A label on the Gateway's metadata. */
    GatewayBuilder label(String key, String value);

    /** The Gateway's name. */
    String name();

    /** The Gateway's namespace. */
    String namespace();

    /** {@code namespace/name}, the form VirtualServices use to bind to it from anywhere. */
    default String ref() {
      return namespace() + "/" + name();
    }
  }

  /** A primary VirtualService under construction. */
  interface PrimaryBuilder {

    /** {@code networking.istio.io/v1beta1} unless set. */
    PrimaryBuilder apiVersion(String apiVersion);

    /** The hosts it serves, e.g. {@code bookinfo.example.com} or {@code *}. */
    PrimaryBuilder hosts(String... hosts);

    /**
     * The gateways it binds to: a name in its own namespace, {@code namespace/name}, or {@code
     * mesh}.
     */
    PrimaryBuilder gateways(String... gateways);

    /** Binds to gateways declared in this mesh spec. */
    PrimaryBuilder gateways(GatewayBuilder... gateways);

    /** The namespaces that see the primary ({@code exportTo}); all of them unless set. */
    PrimaryBuilder exportTo(String... namespaces);

    /** A label on the primary's metadata. */
    PrimaryBuilder label(String key, String value);

    /**
     * Hands the requests that {@code match} to {@code secondary}. Order does not matter: vsplit
     * emits the most specific first.
     */
    PrimaryBuilder delegate(Match match, Secondary secondary);

    /** Hands the requests that match any of {@code matches} to {@code secondary}. */
    PrimaryBuilder delegate(List<Match> matches, Secondary secondary);

    /**
     * A delegation with inherited fields, e.g. {@code
     * Delegation.of(prefix("/legacy")).to(VS_2).rewrite("/")}.
     */
    PrimaryBuilder delegate(Delegation delegation);

    /**
     * A route the primary answers itself, owned by the administrators rather than delegated to a
     * team: a deny rule across teams ({@code directResponse(403)}), a health check, a redirect, or
     * a destination. vsplit places it among the delegations by the rule it orders them by, most
     * specific first: before every delegation that covers it (so {@code
     * route().match(prefix("/api/admin").method("DELETE")).directResponse(403)} answers before team
     * api's {@code /api} gets the request), after every one it covers. Its matches are checked as a
     * team's are: one that overlaps a delegation without either covering the other is an error
     * unless the primary keeps its declared order, and one a delegation placed before it takes
     * entirely is an error; a team route such a route takes entirely is an error of that team's.
     *
     * <pre>{@code
     * mesh.primary("shop", "shop")
     *     .hosts("shop.example.com")
     *     .delegate(prefix("/api"), API)
     *     .delegate(prefix("/"), WEB)
     *     .route("deny-admin")
     *     .match(prefix("/api/admin").method("DELETE"))
     *     .directResponse(403);
     * }</pre>
     *
     * @return the new route, to give its matches and its action; it is no builder of the primary,
     *     so declare the primary's other parts before it, or keep the primary in a variable
     */
    Route route();

    /**
     * A named route the primary answers itself, owned by the administrators: see {@link #route()}.
     *
     * @param name the route's name, shown in Envoy's stats and access logs
     * @return the new route
     */
    Route route(String name);

    /**
     * Emits the delegations (and the administrators' routes) in the order written instead of most
     * specific first, and accepts overlapping ones whose order vsplit cannot decide (the first
     * written wins).
     */
    PrimaryBuilder keepDeclaredOrder();
  }
}
