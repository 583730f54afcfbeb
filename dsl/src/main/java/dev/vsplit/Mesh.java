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
     * Emits the delegations in the order written instead of most specific first, and accepts
     * overlapping delegations whose order vsplit cannot decide (the first written wins).
     */
    PrimaryBuilder keepDeclaredOrder();
  }
}
