package dev.vsplit;

import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.Port;
import dev.vsplit.model.Server;
import dev.vsplit.model.ServerTLSSettings;
import dev.vsplit.yaml.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link MeshSpec} declares: gateways and primaries with their delegations. Handed to
 * {@link MeshSpec#define}.
 */
public final class Mesh {

  private final List<GatewayBuilder> gateways = new ArrayList<>();
  private final List<PrimaryBuilder> primaries = new ArrayList<>();
  private final List<String> owners = new ArrayList<>();
  private final Class<?> spec;

  Mesh(Class<?> spec) {
    this.spec = spec;
  }

  /** An Istio Gateway. */
  public GatewayBuilder gateway(String name, String namespace) {
    GatewayBuilder g = new GatewayBuilder(name, namespace, CallSite.capture(), spec);
    gateways.add(g);
    return g;
  }

  /** A primary VirtualService: hosts, gateways, and the prefixes it delegates to teams. */
  public PrimaryBuilder primary(String name, String namespace) {
    PrimaryBuilder p = new PrimaryBuilder(name, namespace, CallSite.capture(), spec);
    primaries.add(p);
    return p;
  }

  /** Code owners of the administrator's files (primaries, gateways, kustomization.yaml, effective-routes.yaml). */
  public Mesh owners(String... owners) {
    this.owners.addAll(List.of(owners));
    return this;
  }

  List<String> owners() {
    return owners;
  }

  List<GatewayBuilder> gateways() {
    return gateways;
  }

  List<PrimaryBuilder> primaries() {
    return primaries;
  }

  /** A Gateway under construction. */
  public static final class GatewayBuilder {
    final String name;
    final String namespace;
    final Location site;
    final Class<?> spec;
    String apiVersion = dev.vsplit.model.Gateway.DEFAULT_API_VERSION;
    final Map<String, String> selector = new LinkedHashMap<>();
    final List<Server> servers = new ArrayList<>();
    final Map<String, String> labels = new LinkedHashMap<>();

    GatewayBuilder(String name, String namespace, Location site, Class<?> spec) {
      this.name = name;
      this.namespace = namespace;
      this.site = site;
      this.spec = spec;
    }

    /** {@code networking.istio.io/v1beta1} unless set, e.g. to {@code networking.istio.io/v1alpha3}. */
    public GatewayBuilder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    /** Which gateway proxies apply it, e.g. {@code selector("istio", "ingressgateway")}. */
    public GatewayBuilder selector(String key, String value) {
      selector.put(key, value);
      return this;
    }

    /** A plain-text listener: port number, port name, protocol ({@code HTTP}, {@code HTTP2}, {@code GRPC}, {@code TCP}) and hosts. */
    public GatewayBuilder server(int port, String portName, String protocol, String... hosts) {
      servers.add(new Server(new Port(port, protocol, portName, null, Map.of()), null, List.of(hosts), null, null, null, Map.of()));
      return this;
    }

    /** An HTTPS listener terminating TLS with the certificate in the Kubernetes secret {@code credentialName}. */
    public GatewayBuilder httpsServer(int port, String portName, String credentialName, String... hosts) {
      ServerTLSSettings tls = new ServerTLSSettings(null, "SIMPLE", null, null, null, credentialName, List.of(), null, null, List.of(), Map.of());
      servers.add(new Server(new Port(port, "HTTPS", portName, null, Map.of()), null, List.of(hosts), tls, null, null, Map.of()));
      return this;
    }

    /** An HTTP listener that redirects every request to HTTPS. */
    public GatewayBuilder httpsRedirect(int port, String portName, String... hosts) {
      ServerTLSSettings tls = new ServerTLSSettings(true, null, null, null, null, null, List.of(), null, null, List.of(), Map.of());
      servers.add(new Server(new Port(port, "HTTP", portName, null, Map.of()), null, List.of(hosts), tls, null, null, Map.of()));
      return this;
    }

    public GatewayBuilder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    /** {@code namespace/name}, the form VirtualServices use to bind to it from anywhere. */
    public String ref() {
      return namespace + "/" + name;
    }

    ObjectMeta metadata() {
      return new ObjectMeta(name, namespace, labels, Map.of(), Map.of());
    }
  }

  /** A primary VirtualService under construction. */
  public static final class PrimaryBuilder {
    final String name;
    final String namespace;
    final Location site;
    final Class<?> spec;
    String apiVersion = dev.vsplit.model.VirtualService.DEFAULT_API_VERSION;
    final List<String> hosts = new ArrayList<>();
    final List<String> gateways = new ArrayList<>();
    final List<String> exportTo = new ArrayList<>();
    final List<Delegation> delegations = new ArrayList<>();
    final Map<String, String> labels = new LinkedHashMap<>();
    boolean keepDeclaredOrder;

    PrimaryBuilder(String name, String namespace, Location site, Class<?> spec) {
      this.name = name;
      this.namespace = namespace;
      this.site = site;
      this.spec = spec;
    }

    public PrimaryBuilder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    /** The hosts it serves, e.g. {@code bookinfo.example.com} or {@code *}. */
    public PrimaryBuilder hosts(String... hosts) {
      this.hosts.addAll(List.of(hosts));
      return this;
    }

    /** The gateways it binds to: a name in its own namespace, {@code namespace/name}, or {@code mesh}. */
    public PrimaryBuilder gateways(String... gateways) {
      this.gateways.addAll(List.of(gateways));
      return this;
    }

    /** Binds to gateways declared in this mesh spec. */
    public PrimaryBuilder gateways(GatewayBuilder... gateways) {
      for (GatewayBuilder g : gateways) {
        this.gateways.add(g.namespace.equals(namespace) ? g.name : g.ref());
      }
      return this;
    }

    public PrimaryBuilder exportTo(String... namespaces) {
      this.exportTo.addAll(List.of(namespaces));
      return this;
    }

    public PrimaryBuilder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    /** Hands the requests that {@code match} to {@code secondary}. Order does not matter: vsplit emits the most specific first. */
    public PrimaryBuilder delegate(Match match, Secondary secondary) {
      delegations.add(Delegation.of(match).to(secondary).at(CallSite.capture()));
      return this;
    }

    /** Hands the requests that match any of {@code matches} to {@code secondary}. */
    public PrimaryBuilder delegate(List<Match> matches, Secondary secondary) {
      delegations.add(Delegation.of(matches.toArray(Match[]::new)).to(secondary).at(CallSite.capture()));
      return this;
    }

    /** A delegation with inherited fields, e.g. {@code Delegation.of(prefix("/legacy")).to(VS_2).rewrite("/")}. */
    public PrimaryBuilder delegate(Delegation delegation) {
      delegations.add(delegation.at(CallSite.capture()));
      return this;
    }

    /**
     * Emits the delegations in the order written instead of most specific first, and accepts
     * overlapping delegations whose order vsplit cannot decide (the first written wins).
     */
    public PrimaryBuilder keepDeclaredOrder() {
      this.keepDeclaredOrder = true;
      return this;
    }
  }
}
