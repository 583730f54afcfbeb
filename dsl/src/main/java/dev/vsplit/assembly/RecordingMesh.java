package dev.vsplit.assembly;

import dev.vsplit.Delegation;
import dev.vsplit.Match;
import dev.vsplit.Mesh;
import dev.vsplit.Route;
import dev.vsplit.Secondary;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.Port;
import dev.vsplit.model.Server;
import dev.vsplit.model.ServerTLSSettings;
import dev.vsplit.model.VirtualService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link Mesh} a {@link dev.vsplit.MeshSpec} writes into: records each declaration and where it
 * was written.
 */
final class RecordingMesh implements Mesh {

  private final List<RecordingGateway> gateways = new ArrayList<>();
  private final List<RecordingPrimary> primaries = new ArrayList<>();
  private final List<String> owners = new ArrayList<>();
  private final String spec;

  /**
   * @param spec the MeshSpec's class name
   */
  RecordingMesh(String spec) {
    this.spec = spec;
  }

  /**
   * What was declared so far, as a value: later calls on this mesh or its builders do not change
   * it. {@code secondaries} copies each secondary a delegation names.
   */
  DeclaredMesh declared(Function<Secondary, DeclaredSecondary> secondaries) {
    return new DeclaredMesh(
        spec,
        gateways.stream().map(RecordingGateway::declared).toList(),
        primaries.stream().map(p -> p.declared(secondaries)).toList(),
        owners);
  }

  @Override
  public GatewayBuilder gateway(String name, String namespace) {
    RecordingGateway g = new RecordingGateway(name, namespace, CallSite.capture(), spec);
    gateways.add(g);
    return g;
  }

  @Override
  public PrimaryBuilder primary(String name, String namespace) {
    RecordingPrimary p = new RecordingPrimary(name, namespace, CallSite.capture(), spec);
    primaries.add(p);
    return p;
  }

  @Override
  public Mesh owners(String... owners) {
    this.owners.clear();
    return addOwners(owners);
  }

  @Override
  public Mesh addOwners(String... owners) {
    this.owners.addAll(List.of(owners));
    return this;
  }

  /** A Gateway as declared. */
  static final class RecordingGateway implements GatewayBuilder {
    private final String name;
    private final String namespace;
    private final Location site;
    private final String spec;
    private String apiVersion = Gateway.DEFAULT_API_VERSION;
    private final Map<String, String> selector = new LinkedHashMap<>();
    private final List<Server> servers = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    RecordingGateway(String name, String namespace, Location site, String spec) {
      this.name = name;
      this.namespace = namespace;
      this.site = site;
      this.spec = spec;
    }

    @Override
    public GatewayBuilder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    @Override
    public GatewayBuilder selector(String key, String value) {
      selector.put(key, value);
      return this;
    }

    @Override
    public GatewayBuilder server(int port, String portName, String protocol, String... hosts) {
      return addServer(port, protocol, portName, null, hosts);
    }

    @Override
    public GatewayBuilder httpsServer(
        int port, String portName, String credentialName, String... hosts) {
      ServerTLSSettings tls =
          new ServerTLSSettings(
              null,
              "SIMPLE",
              null,
              null,
              null,
              credentialName,
              List.of(),
              null,
              null,
              List.of(),
              Map.of());
      return addServer(port, "HTTPS", portName, tls, hosts);
    }

    @Override
    public GatewayBuilder httpsRedirect(int port, String portName, String... hosts) {
      ServerTLSSettings tls =
          new ServerTLSSettings(
              true, null, null, null, null, null, List.of(), null, null, List.of(), Map.of());
      return addServer(port, "HTTP", portName, tls, hosts);
    }

    private GatewayBuilder addServer(
        int port, String protocol, String portName, ServerTLSSettings tls, String... hosts) {
      servers.add(
          new Server(
              new Port(port, protocol, portName, null, Map.of()),
              null,
              List.of(hosts),
              tls,
              null,
              null,
              Map.of()));
      return this;
    }

    @Override
    public GatewayBuilder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String namespace() {
      return namespace;
    }

    DeclaredGateway declared() {
      return new DeclaredGateway(
          spec, name, namespace, site, apiVersion, selector, servers, labels);
    }
  }

  /** A delegation as written on a primary: the value and the line of the {@code delegate} call. */
  private record Placement(Delegation delegation, Location site) {}

  /** A primary VirtualService as declared. */
  static final class RecordingPrimary implements PrimaryBuilder {
    private final String name;
    private final String namespace;
    private final Location site;
    private final String spec;
    private String apiVersion = VirtualService.DEFAULT_API_VERSION;
    private final List<String> hosts = new ArrayList<>();
    private final List<String> gateways = new ArrayList<>();
    private final List<String> exportTo = new ArrayList<>();
    private final List<Placement> delegations = new ArrayList<>();
    private final List<RecordingRoute> routes = new ArrayList<>();

    /** For each of {@link #routes}, how many delegations were written before it. */
    private final List<Integer> delegationsBefore = new ArrayList<>();

    private final Map<String, String> labels = new LinkedHashMap<>();
    private boolean keepDeclaredOrder;

    RecordingPrimary(String name, String namespace, Location site, String spec) {
      this.name = name;
      this.namespace = namespace;
      this.site = site;
      this.spec = spec;
    }

    @Override
    public PrimaryBuilder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    @Override
    public PrimaryBuilder hosts(String... hosts) {
      return replace(this.hosts, hosts);
    }

    @Override
    public PrimaryBuilder addHosts(String... hosts) {
      return append(this.hosts, hosts);
    }

    @Override
    public PrimaryBuilder gateways(String... gateways) {
      return replace(this.gateways, gateways);
    }

    @Override
    public PrimaryBuilder gateways(GatewayBuilder... gateways) {
      this.gateways.clear();
      return addGateways(gateways);
    }

    @Override
    public PrimaryBuilder addGateways(String... gateways) {
      return append(this.gateways, gateways);
    }

    @Override
    public PrimaryBuilder addGateways(GatewayBuilder... gateways) {
      for (GatewayBuilder g : gateways) {
        this.gateways.add(g.namespace().equals(namespace) ? g.name() : g.ref());
      }
      return this;
    }

    @Override
    public PrimaryBuilder exportTo(String... namespaces) {
      return replace(this.exportTo, namespaces);
    }

    @Override
    public PrimaryBuilder addExportTo(String... namespaces) {
      return append(this.exportTo, namespaces);
    }

    /** Replaces what {@code list} holds with {@code values}: the verb without {@code add}. */
    private PrimaryBuilder replace(List<String> list, String... values) {
      list.clear();
      return append(list, values);
    }

    private PrimaryBuilder append(List<String> list, String... values) {
      list.addAll(List.of(values));
      return this;
    }

    @Override
    public PrimaryBuilder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    @Override
    public PrimaryBuilder delegate(Match match, Secondary secondary) {
      return delegate(Delegation.of(match).to(secondary));
    }

    @Override
    public PrimaryBuilder delegate(List<Match> matches, Secondary secondary) {
      return delegate(Delegation.of(matches.toArray(Match[]::new)).to(secondary));
    }

    @Override
    public PrimaryBuilder delegate(Delegation delegation) {
      delegations.add(new Placement(delegation, CallSite.capture()));
      return this;
    }

    @Override
    public Route route() {
      return addRoute(new RecordingRoute(null, CallSite.capture()));
    }

    @Override
    public Route route(String name) {
      return addRoute(new RecordingRoute(name, CallSite.capture()));
    }

    private Route addRoute(RecordingRoute route) {
      routes.add(route);
      delegationsBefore.add(delegations.size());
      return route;
    }

    @Override
    public PrimaryBuilder keepDeclaredOrder() {
      this.keepDeclaredOrder = true;
      return this;
    }

    DeclaredPrimary declared(Function<Secondary, DeclaredSecondary> secondaries) {
      List<DeclaredDelegation> declared = new ArrayList<>(delegations.size());
      for (Placement p : delegations) {
        Delegation d = p.delegation();
        List<WrittenMatch> matches =
            d.matches().stream().flatMap(m -> WrittenMatch.of(m, p.site()).stream()).toList();
        DeclaredSecondary secondary =
            d.secondary() == null ? null : secondaries.apply(d.secondary());
        declared.add(new DeclaredDelegation(matches, secondary, d.inherited(), p.site()));
      }
      List<DeclaredRoute> own = new ArrayList<>(routes.size());
      Canonical canonical = new Canonical();
      for (int i = 0; i < routes.size(); i++) {
        own.add(new DeclaredRoute(routes.get(i).written(canonical), delegationsBefore.get(i)));
      }
      return new DeclaredPrimary(
          spec,
          name,
          namespace,
          site,
          apiVersion,
          hosts,
          gateways,
          exportTo,
          labels,
          keepDeclaredOrder,
          declared,
          own);
    }
  }
}
