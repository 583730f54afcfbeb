package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.Delegate;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.VirtualService;
import dev.vsplit.rules.Checker;
import dev.vsplit.testing.Gen;
import dev.vsplit.testing.IstioSpec;
import dev.vsplit.testing.Property;
import dev.vsplit.testing.Request;
import dev.vsplit.testing.RequestMatcher;
import dev.vsplit.testing.Trees;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Properties of the merge ({@link Merger}) over seeded random inputs; see {@link Property} to
 * replay a seed.
 */
class MergePropertiesTest {

  private static final MeshOptions MESH = MeshOptions.DEFAULTS;

  /**
   * A delegate match built as a strict extension of one of its primary's matches is always kept;
   * the merged list is the delegate-major cross product of the fitting pairs, each pair merged as
   * {@link Merger#mergeMatch}; and the merged match admits exactly the requests both admit.
   */
  @Test
  void strictExtensionOfAPrimaryMatchIsAlwaysKept() {
    Property.forAll(
        "strictExtensionOfAPrimaryMatchIsAlwaysKept",
        400,
        rnd -> {
          Gen g = new Gen(rnd);
          List<HTTPMatchRequest> rootMatches = new ArrayList<>();
          int roots = g.between(1, 3);
          for (int i = 0; i < roots; i++) {
            rootMatches.add(g.match(true));
          }
          List<HTTPMatchRequest> sources = new ArrayList<>();
          List<HTTPMatchRequest> leaves = new ArrayList<>();
          int n = g.between(1, 3);
          for (int i = 0; i < n; i++) {
            HTTPMatchRequest source = g.pick(rootMatches);
            sources.add(source);
            leaves.add(g.extension(source));
          }
          for (int i = 0; i < n; i++) {
            assertThat(MatchConflicts.find(sources.get(i), leaves.get(i)))
                .as("extension %s of %s", leaves.get(i), sources.get(i))
                .isNull();
          }

          VirtualService root =
              Gen.vs(
                  "ns1",
                  "root",
                  List.of("a.example.com"),
                  List.of(
                      HTTPRoute.EMPTY
                          .withName("r")
                          .withMatch(rootMatches)
                          .withTimeout("5s")
                          .withDelegate(Delegate.of("leaf", "ns2"))));
          VirtualService delegate =
              Gen.vs(
                  "ns2",
                  "leaf",
                  List.of(),
                  List.of(
                      HTTPRoute.EMPTY
                          .withName("d")
                          .withMatch(leaves)
                          .withRoute(
                              List.of(
                                  HTTPRouteDestination.to(
                                      Destination.host("leaf.ns2.svc.cluster.local"))))));
          MergeResult result = new Merger(MESH).merge(List.of(root, delegate));

          assertThat(result.events()).as("dropped").isEmpty();
          List<EffectiveRoute> routes = result.effective().get(0).routes();
          assertThat(routes).hasSize(1);
          HTTPRoute merged = routes.get(0).route();
          assertThat(merged.name()).isEqualTo("r-d");
          assertThat(merged.timeout()).isEqualTo("5s");
          assertThat(merged.match())
              .isEqualTo(IstioSpec.mergeMatches(rootMatches, leaves, Merger::mergeMatch));
          for (int i = 0; i < n; i++) {
            HTTPMatchRequest both = Merger.mergeMatch(sources.get(i), leaves.get(i));
            assertThat(merged.match()).contains(both);
            for (Request q : g.requests(List.of(sources.get(i), leaves.get(i)), 20)) {
              assertThat(RequestMatcher.matches(both, q))
                  .as("merged %s of %s and %s on %s", both, sources.get(i), leaves.get(i), q)
                  .isEqualTo(
                      RequestMatcher.matches(sources.get(i), q)
                          && RequestMatcher.matches(leaves.get(i), q));
            }
          }
        });
  }

  /**
   * Any delegate route, extension or not, merges exactly as the spec's {@code
   * mergeHTTPMatchRequests} says.
   */
  @Test
  void mergedMatchesFollowTheSpecForAnyDelegateRoute() {
    Property.forAll(
        "mergedMatchesFollowTheSpecForAnyDelegateRoute",
        400,
        rnd -> {
          Gen g = new Gen(rnd);
          List<HTTPMatchRequest> rootMatches = g.matches(2, true);
          List<HTTPMatchRequest> leaves = new ArrayList<>();
          int n = g.between(0, 3);
          for (int i = 0; i < n; i++) {
            leaves.add(
                !rootMatches.isEmpty() && g.chance(0.6)
                    ? g.extension(g.pick(rootMatches))
                    : g.match(true));
          }
          HTTPRoute merged =
              Merger.mergeRoute(
                  HTTPRoute.EMPTY.withMatch(rootMatches), HTTPRoute.EMPTY.withMatch(leaves));
          List<HTTPMatchRequest> expected =
              IstioSpec.mergeMatches(rootMatches, leaves, Merger::mergeMatch);
          if (expected == null) {
            assertThat(merged)
                .as("route with a misfit among %s under %s", leaves, rootMatches)
                .isNull();
          } else {
            assertThat(merged).isNotNull();
            assertThat(merged.match()).isEqualTo(expected);
          }
        });
  }

  /** Merging is deterministic and does not depend on the order the VirtualServices are given in. */
  @Test
  void mergeIsDeterministicAndIndependentOfInputOrder() {
    Property.forAll(
        "mergeIsDeterministicAndIndependentOfInputOrder",
        200,
        rnd -> {
          Gen g = new Gen(rnd);
          List<VirtualService> set = g.mesh();
          String yaml = EffectiveRoutes.toYaml(new Merger(MESH).merge(set).effective());
          assertThat(EffectiveRoutes.toYaml(new Merger(MESH).merge(set).effective()))
              .isEqualTo(yaml);
          List<String> findings = findings(set);

          List<VirtualService> shuffled = new ArrayList<>(set);
          Collections.shuffle(shuffled, rnd);
          assertThat(EffectiveRoutes.toYaml(new Merger(MESH).merge(shuffled).effective()))
              .as("order %s", names(shuffled))
              .isEqualTo(yaml);
          assertThat(findings(shuffled))
              .as("findings, order %s", names(shuffled))
              .containsExactlyInAnyOrderElementsOf(findings);
        });
  }

  /**
   * The effective routes rendered with {@link EffectiveRoutes#toYaml} read back to the same routes:
   * wrapped into VirtualService manifests and read by the manifest reader, they are equal records
   * and render to the same bytes and the same tree.
   */
  @Test
  void effectiveYamlReadsBackToTheSameRoutes() {
    Property.forAll(
        "effectiveYamlReadsBackToTheSameRoutes",
        200,
        rnd -> {
          Gen g = new Gen(rnd);
          List<EffectiveVirtualService> effective = new Merger(MESH).merge(g.mesh()).effective();
          String yaml = EffectiveRoutes.toYaml(effective);

          StringBuilder manifests = new StringBuilder();
          for (JsonNode item : Trees.tree(yaml)) {
            JsonNode http = item.get("http");
            manifests
                .append(
                    "---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n")
                .append("  name: ")
                .append(item.get("name").asString())
                .append('\n')
                .append("  namespace: ")
                .append(item.get("namespace").asString())
                .append('\n')
                .append("spec:\n  hosts: [x.example.com]\n  http: ")
                .append(http == null ? "[]" : http.toString())
                .append('\n');
          }
          ReadResult read = new ManifestReader().readString("effective.yaml", manifests.toString());
          assertThat(read.problems()).as("reading back %s", yaml).isEmpty();
          List<EffectiveVirtualService> again = new ArrayList<>();
          for (int i = 0; i < read.resources().size(); i++) {
            VirtualService vs = (VirtualService) read.resources().get(i).resource();
            assertThat(vs.spec().http())
                .as("routes of %s/%s", vs.namespace(), vs.name())
                .isEqualTo(
                    effective.get(i).http().stream()
                        .map(MergePropertiesTest::withoutDefaults)
                        .toList());
            again.add(
                new EffectiveVirtualService(
                    vs,
                    vs.spec().http().stream()
                        .map(
                            route ->
                                new EffectiveRoute(route, new RouteOrigin(vs.ref(), 0, null, -1)))
                        .toList()));
          }
          String rendered = EffectiveRoutes.toYaml(again);
          assertThat(rendered).isEqualTo(yaml);
          assertThat(Trees.parse(rendered)).isEqualTo(Trees.parse(yaml));
        });
  }

  /**
   * The effective form omits default values (delegation.md): {@code ignoreUriCase: false} and
   * {@code port: 0} read back as unset.
   */
  private static HTTPRoute withoutDefaults(HTTPRoute route) {
    return route.withMatch(
        route.match().stream()
            .map(
                m ->
                    m.withIgnoreUriCase(m.ignoresUriCase() ? Boolean.TRUE : null)
                        .withPort(m.portNumber() == 0 ? null : m.port()))
            .toList());
  }

  private static List<String> findings(List<VirtualService> set) {
    List<LoadedResource> resources = new ArrayList<>();
    for (VirtualService vs : set) {
      resources.add(LoadedResource.of(vs, Location.of("gen.yaml", 1)));
    }
    return new Checker(MESH)
        .check(resources, List.of()).findings().stream()
            .map(MergePropertiesTest::describe)
            .toList();
  }

  private static String describe(Finding f) {
    return f.code() + " " + f.resource() + " " + f.path() + ": " + f.message();
  }

  private static List<String> names(List<VirtualService> set) {
    return set.stream().map(vs -> vs.namespace() + "/" + vs.name()).toList();
  }
}
