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
 *
 * <p>The verbs follow the rule of the whole DSL (see the {@linkplain dev.vsplit package}): a method
 * named after a field sets it, {@code addX} appends to it, and {@code gateway}, {@code primary},
 * {@code server} and {@code delegate} each declare one more.
 */
public interface Mesh {

  /**
   * Declares an Istio Gateway.
   *
   * @param name the Gateway's {@code metadata.name}
   * @param namespace the Gateway's {@code metadata.namespace}
   * @return the Gateway, to configure further
   */
  GatewayBuilder gateway(String name, String namespace);

  /**
   * Declares a primary VirtualService: hosts, gateways, and the prefixes it delegates to teams.
   *
   * @param name the VirtualService's {@code metadata.name}
   * @param namespace the VirtualService's {@code metadata.namespace}
   * @return the primary, to configure further
   */
  PrimaryBuilder primary(String name, String namespace);

  /**
   * Sets the code owners of the administrator's files (primaries, gateways, kustomization.yaml,
   * effective-routes.yaml), replacing any set before.
   *
   * @param owners as CODEOWNERS writes them: {@code @org/team}, {@code user@example.com}
   * @return this mesh
   */
  Mesh owners(String... owners);

  /**
   * Appends code owners of the administrator's files to those set so far.
   *
   * @param owners as CODEOWNERS writes them: {@code @org/team}, {@code user@example.com}
   * @return this mesh
   */
  Mesh addOwners(String... owners);

  /**
   * A Gateway under construction: its settings replace, its servers accumulate in the order
   * written.
   */
  interface GatewayBuilder {

    /**
     * Sets the {@code apiVersion}: {@code networking.istio.io/v1beta1} unless set.
     *
     * @param apiVersion e.g. {@code networking.istio.io/v1alpha3}
     * @return this Gateway
     */
    GatewayBuilder apiVersion(String apiVersion);

    /**
     * Sets one label of the {@code selector} that says which gateway proxies apply the Gateway;
     * other keys stay. {@code selector("istio", "ingressgateway")} writes {@code selector: {istio:
     * ingressgateway}}.
     *
     * @param key the label's key
     * @param value the label's value
     * @return this Gateway
     */
    GatewayBuilder selector(String key, String value);

    /**
     * Declares one more plain-text listener: {@code servers: [{port: {number, name, protocol},
     * hosts}]}.
     *
     * @param port the port number
     * @param portName the port's name
     * @param protocol {@code HTTP}, {@code HTTP2}, {@code GRPC} or {@code TCP}
     * @param hosts the hosts it serves, e.g. {@code *} or {@code shop.example.com}
     * @return this Gateway
     */
    GatewayBuilder server(int port, String portName, String protocol, String... hosts);

    /**
     * Declares one more HTTPS listener, terminating TLS ({@code mode: SIMPLE}) with the certificate
     * in a Kubernetes secret.
     *
     * @param port the port number
     * @param portName the port's name
     * @param credentialName the secret holding the certificate ({@code tls.credentialName})
     * @param hosts the hosts it serves
     * @return this Gateway
     */
    GatewayBuilder httpsServer(int port, String portName, String credentialName, String... hosts);

    /**
     * Declares one more HTTP listener that redirects every request to HTTPS ({@code
     * tls.httpsRedirect: true}).
     *
     * @param port the port number
     * @param portName the port's name
     * @param hosts the hosts it serves
     * @return this Gateway
     */
    GatewayBuilder httpsRedirect(int port, String portName, String... hosts);

    /**
     * Sets one label on the Gateway's metadata; other keys stay.
     *
     * @param key the label's key
     * @param value the label's value
     * @return this Gateway
     */
    GatewayBuilder label(String key, String value);

    /**
     * The Gateway's name.
     *
     * @return {@code metadata.name}
     */
    String name();

    /**
     * The Gateway's namespace.
     *
     * @return {@code metadata.namespace}
     */
    String namespace();

    /**
     * The form VirtualServices use to bind to the Gateway from any namespace.
     *
     * @return {@code namespace/name}
     */
    default String ref() {
      return namespace() + "/" + name();
    }
  }

  /**
   * A primary VirtualService under construction: its settings replace, {@code addX} appends, and
   * its delegations accumulate.
   */
  interface PrimaryBuilder {

    /**
     * Sets the {@code apiVersion}: {@code networking.istio.io/v1beta1} unless set.
     *
     * @param apiVersion e.g. {@code networking.istio.io/v1alpha3}
     * @return this primary
     */
    PrimaryBuilder apiVersion(String apiVersion);

    /**
     * Sets the {@code hosts} it serves, replacing any set before.
     *
     * @param hosts e.g. {@code bookinfo.example.com} or {@code *}
     * @return this primary
     */
    PrimaryBuilder hosts(String... hosts);

    /**
     * Appends to the {@code hosts} it serves.
     *
     * @param hosts e.g. {@code bookinfo.example.com}
     * @return this primary
     */
    PrimaryBuilder addHosts(String... hosts);

    /**
     * Sets the {@code gateways} it binds to, replacing any set before.
     *
     * @param gateways a name in the primary's own namespace, {@code namespace/name}, or {@code
     *     mesh} for the sidecars
     * @return this primary
     */
    PrimaryBuilder gateways(String... gateways);

    /**
     * Sets the {@code gateways} it binds to, replacing any set before, to gateways declared in this
     * mesh spec: by name when in the primary's namespace, else as {@code namespace/name}.
     *
     * @param gateways gateways from {@link Mesh#gateway}
     * @return this primary
     */
    PrimaryBuilder gateways(GatewayBuilder... gateways);

    /**
     * Appends to the {@code gateways} it binds to.
     *
     * @param gateways a name in the primary's own namespace, {@code namespace/name}, or {@code
     *     mesh}
     * @return this primary
     */
    PrimaryBuilder addGateways(String... gateways);

    /**
     * Appends gateways declared in this mesh spec to the {@code gateways} it binds to: {@code
     * .gateways(web).addGateways("mesh")} binds to both.
     *
     * @param gateways gateways from {@link Mesh#gateway}
     * @return this primary
     */
    PrimaryBuilder addGateways(GatewayBuilder... gateways);

    /**
     * Sets the namespaces that see the primary ({@code exportTo}), replacing any set before; all of
     * them unless set.
     *
     * @param namespaces namespace names, {@code .} for its own, {@code *} for all
     * @return this primary
     */
    PrimaryBuilder exportTo(String... namespaces);

    /**
     * Appends to the namespaces that see the primary ({@code exportTo}).
     *
     * @param namespaces namespace names, {@code .} for its own, {@code *} for all
     * @return this primary
     */
    PrimaryBuilder addExportTo(String... namespaces);

    /**
     * Sets one label on the primary's metadata; other keys stay.
     *
     * @param key the label's key
     * @param value the label's value
     * @return this primary
     */
    PrimaryBuilder label(String key, String value);

    /**
     * Declares one more delegation: hands the requests that {@code match} to {@code secondary}.
     * Order does not matter: vsplit emits the most specific first.
     *
     * @param match the requests to hand over, e.g. {@code prefix("/log")}
     * @param secondary the team's secondary that receives them
     * @return this primary
     */
    PrimaryBuilder delegate(Match match, Secondary secondary);

    /**
     * Declares one more delegation: hands the requests that match any of {@code matches} to {@code
     * secondary}.
     *
     * @param matches the requests to hand over; none hands over everything
     * @param secondary the team's secondary that receives them
     * @return this primary
     */
    PrimaryBuilder delegate(List<Match> matches, Secondary secondary);

    /**
     * Declares one more delegation, with the fields its routes inherit, e.g. {@code
     * Delegation.of(prefix("/legacy")).to(VS_2).rewrite("/")}.
     *
     * @param delegation the matches, the secondary and the inherited fields
     * @return this primary
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
     *
     * @return this primary
     */
    PrimaryBuilder keepDeclaredOrder();
  }
}
