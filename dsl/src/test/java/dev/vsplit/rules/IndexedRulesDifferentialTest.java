package dev.vsplit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.Delegate;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import dev.vsplit.routing.MergeEvent;
import dev.vsplit.routing.Merger;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.routing.RandomMatches;
import dev.vsplit.yaml.LoadedResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules made near-linear for large meshes give exactly the findings of the simple versions they
 * replaced (kept in test code: {@link ReferenceDelegationShadowed} for VS114 and VS116, and for
 * VS110 the per-secondary scan of the merge that {@link ShortHostInSecondary#primaryNamespaces}
 * replaced with one pass), on seeded random meshes full of what makes them hard: nested, equal and
 * slash-less paths, regexes, {@code ignoreUriCase}, header, method and gateway conditions, routes
 * without match, several primaries in several namespaces sharing secondaries, short hosts, missing
 * and hidden delegates. Replay a failing case with {@code -Dvsplit.seed=<seed> -Dvsplit.cases=1}.
 * VS115 decides through {@code Shadowing}, whose own differential test is {@code
 * ShadowingSimulationTest} (against request simulation).
 */
class IndexedRulesDifferentialTest {

  static final long FIRST_SEED = Long.getLong("vsplit.seed", 63_000L);
  static final int CASES = Integer.getInteger("vsplit.cases", 200);
  static final String[] NAMESPACES = {"ns1", "ns2", "ns3"};
  static final String[] HOSTS = {
    "reviews", "ratings.ns1.svc.cluster.local", "details", "10.0.0.1", "*.example.com"
  };

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> FIRST_SEED + i);
  }

  /** A random mesh: primaries with delegations and plain routes, secondaries with routes. */
  static List<VirtualService> mesh(RandomMatches random) {
    List<VirtualService> out = new ArrayList<>();
    int secondaries = 1 + random.random().nextInt(6);
    List<String[]> refs = new ArrayList<>();
    for (int s = 0; s < secondaries; s++) {
      String ns = NAMESPACES[random.random().nextInt(NAMESPACES.length)];
      refs.add(new String[] {"s" + s, ns});
      List<String> hosts = random.chance(5) ? List.of("s" + s + ".example.com") : List.of();
      List<String> exportTo =
          random.chance(15) ? (random.chance(50) ? List.of(".") : List.of("ns1")) : List.of();
      out.add(
          vs(
              "s" + s,
              ns,
              hosts,
              routes(random, 1 + random.random().nextInt(12), List.of(), 0),
              exportTo));
    }
    int primaries = 1 + random.random().nextInt(3);
    for (int p = 0; p < primaries; p++) {
      String ns = NAMESPACES[random.random().nextInt(NAMESPACES.length)];
      List<HTTPRoute> http = routes(random, 1 + random.random().nextInt(15), refs, 60);
      out.add(vs("p" + p, ns, List.of("p" + p + ".example.com"), http, List.of()));
    }
    return out;
  }

  static List<HTTPRoute> routes(
      RandomMatches random, int n, List<String[]> secondaries, int delegatePercent) {
    List<HTTPRoute> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      HTTPRoute r = HTTPRoute.EMPTY.withMatch(random.matches());
      if (!secondaries.isEmpty() && random.chance(delegatePercent)) {
        String[] target = secondaries.get(random.random().nextInt(secondaries.size()));
        String name = random.chance(5) ? "missing" : target[0];
        r = r.withDelegate(Delegate.of(name, random.chance(20) ? null : target[1]));
      } else {
        String host = HOSTS[random.random().nextInt(HOSTS.length)];
        r = r.withRoute(List.of(HTTPRouteDestination.to(Destination.host(host))));
        if (random.chance(10)) {
          r = r.withMirror(Destination.host(HOSTS[random.random().nextInt(HOSTS.length)]));
        }
        if (random.chance(5)) {
          r =
              r.withMirrors(
                  List.of(new HTTPMirrorPolicy(Destination.host("details"), null, Map.of())));
        }
      }
      out.add(r);
    }
    return out;
  }

  static VirtualService vs(
      String name, String ns, List<String> hosts, List<HTTPRoute> http, List<String> exportTo) {
    VirtualServiceSpec spec =
        new VirtualServiceSpec(hosts, List.of(), http, List.of(), List.of(), exportTo, Map.of());
    return new VirtualService(
        new ObjectMeta(name, ns, Map.of(Ownership.TEAM_LABEL, "team-" + ns), Map.of(), Map.of()),
        spec);
  }

  static Context context(List<VirtualService> mesh) {
    List<LoadedResource> loaded = new ArrayList<>();
    for (int i = 0; i < mesh.size(); i++) {
      loaded.add(LoadedResource.of(mesh.get(i), Location.of("mesh.yaml", 1 + 20 * i)));
    }
    Context context = new Context(loaded, List.of(), MeshOptions.DEFAULTS);
    context.setMerge(new Merger(MeshOptions.DEFAULTS).merge(context.admitted()));
    return context;
  }

  /** VS114 and VS116 report on the delegations {@link DelegationShadowed#covered} finds. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void delegationsCovered(long seed) {
    List<VirtualService> mesh = mesh(new RandomMatches(seed));
    Context context = context(mesh);
    assertThat(DelegationShadowed.covered(context))
        .as(
            () ->
                "seed " + seed + " (replay: -Dvsplit.seed=" + seed + " -Dvsplit.cases=1)\n" + mesh)
        .isEqualTo(ReferenceDelegationShadowed.covered(context));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shortHostInSecondary(long seed) {
    List<VirtualService> mesh = mesh(new RandomMatches(seed));
    Context context = context(mesh);
    Map<ResourceRef, Set<String>> indexed = ShortHostInSecondary.primaryNamespaces(context);
    for (VirtualService secondary : context.admitted()) {
      if (secondary.isDelegate()) {
        // VS110 names the first namespace, so the order counts, not only the set
        assertThat(List.copyOf(indexed.getOrDefault(secondary.ref(), Set.of())))
            .as(
                "seed %d (replay: -Dvsplit.seed=%d -Dvsplit.cases=1): primary namespaces of %s\n%s",
                seed, seed, secondary.ref(), mesh)
            .isEqualTo(List.copyOf(referencePrimaryNamespaces(context, secondary.ref())));
      }
    }
  }

  /**
   * VS110 as first written: namespaces of the primaries that reach this secondary, one scan of the
   * merge per secondary.
   */
  private static Set<String> referencePrimaryNamespaces(Context context, ResourceRef secondary) {
    Set<String> out = new LinkedHashSet<>();
    for (var vs : context.merge().effective()) {
      for (var route : vs.routes()) {
        if (secondary.equals(route.origin().delegate())) {
          out.add(vs.namespace());
        }
      }
    }
    for (MergeEvent e : context.merge().events()) {
      if (e instanceof MergeEvent.RouteDropped d && secondary.equals(d.delegate())) {
        out.add(d.root().namespace());
      }
    }
    return out;
  }

  @Test
  void theMeshesGiveEachRuleSomethingToFind() {
    // not a comparison: a guard that the generator keeps producing cases where the rules fire
    int[] counts = new int[4];
    for (long seed : seeds().limit(50).toArray()) {
      Context context = context(mesh(new RandomMatches(seed)));
      for (DelegationShadowed.Covered c : DelegationShadowed.covered(context)) {
        counts[c.plain() >= 0 ? 0 : 1]++;
      }
      List<Finding> out = new ArrayList<>();
      new ShortHostInSecondary().check(context, out);
      counts[2] += out.size();
      out.clear();
      new DelegationShadowed().check(context, out);
      counts[3] += out.size();
    }
    assertThat(counts[0])
        .as("delegations covered by a plain route (VS114) over 50 meshes")
        .isGreaterThan(5);
    assertThat(counts[1])
        .as("delegations covered only by delegations (VS116) over 50 meshes")
        .isGreaterThan(5);
    assertThat(counts[2]).as("VS110 findings over 50 meshes").isGreaterThan(5);
    assertThat(counts[3]).as("VS114 findings over 50 meshes").isEqualTo(counts[0]);
  }
}
