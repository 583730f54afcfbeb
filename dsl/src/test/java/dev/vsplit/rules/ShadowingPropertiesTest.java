package dev.vsplit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.testing.Gen;
import dev.vsplit.testing.Property;
import dev.vsplit.testing.Request;
import dev.vsplit.testing.RequestMatcher;
import dev.vsplit.yaml.LoadedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * VS114 and VS115 never call a route shadowed that some request reaches first: checked on random
 * route lists and random primaries with secondaries, with {@link RequestMatcher} deciding which
 * route a request takes (the first whose match list admits it).
 */
class ShadowingPropertiesTest {

  @Test
  void routeReportedShadowedIsNeverTheFirstMatch() {
    AtomicInteger checked = new AtomicInteger();
    Property.forAll(
        "routeReportedShadowedIsNeverTheFirstMatch",
        400,
        rnd -> {
          Gen g = new Gen(rnd);
          List<VirtualService> set = g.chance(0.5) ? List.of(g.routeList(5)) : g.mesh();
          Report report = check(set);
          for (Finding f : RuleFixtures.findings(report, "VS115")) {
            Shadowed s = locate(report, f);
            List<HTTPRoute> routes = s.vs().http();
            List<HTTPMatchRequest> targets = new ArrayList<>(routes.get(s.index()).match());
            for (Request q : g.requests(targets, 150)) {
              assertThat(firstMatch(routes, q))
                  .as("%s, yet %s takes it first", f, q)
                  .isNotEqualTo(s.index());
            }
            checked.incrementAndGet();
          }
        });
    assertThat(checked.get()).as("VS115 findings checked").isGreaterThan(50);
  }

  @Test
  void delegationReportedShadowedIsNeverTheFirstMatchOfThePrimary() {
    AtomicInteger checked = new AtomicInteger();
    Property.forAll(
        "delegationReportedShadowedIsNeverTheFirstMatchOfThePrimary",
        400,
        rnd -> {
          Gen g = new Gen(rnd);
          List<VirtualService> set = g.mesh();
          Report report = check(set);
          VirtualService root = set.get(0);
          for (Finding f : RuleFixtures.findings(report, "VS114")) {
            int i = Integer.parseInt(f.path().replaceAll("\\D", ""));
            List<HTTPRoute> written = root.spec().http();
            for (Request q : g.requests(written.get(i).match(), 150)) {
              assertThat(firstMatch(written, q))
                  .as("%s, yet %s takes it first in the primary", f, q)
                  .isNotEqualTo(i);
              if (f.message().contains("never receives a request")) {
                List<EffectiveRoute> effective =
                    report.effective().stream()
                        .filter(vs -> vs.source().ref().equals(root.ref()))
                        .findFirst()
                        .orElseThrow()
                        .routes();
                int first = firstMatch(effective.stream().map(EffectiveRoute::route).toList(), q);
                assertThat(first < 0 || effective.get(first).origin().rootIndex() != i)
                    .as("%s, yet %s reaches its secondary", f, q)
                    .isTrue();
              }
            }
            checked.incrementAndGet();
          }
        });
    assertThat(checked.get()).as("VS114 findings checked").isGreaterThan(20);
  }

  private record Shadowed(EffectiveVirtualService vs, int index) {}

  /** The effective route a VS115 finding is about: the one written at its resource and path. */
  private static Shadowed locate(Report report, Finding f) {
    for (EffectiveVirtualService vs : report.effective()) {
      for (int k = 0; k < vs.routes().size(); k++) {
        if (vs.routes().get(k).origin().writtenAt().equals(f.resource() + " " + f.path())) {
          return new Shadowed(vs, k);
        }
      }
    }
    throw new AssertionError("no effective route written at " + f.resource() + " " + f.path());
  }

  /** The index of the first route that takes the request, or -1. */
  private static int firstMatch(List<HTTPRoute> routes, Request q) {
    for (int k = 0; k < routes.size(); k++) {
      if (RequestMatcher.matchesRoute(routes.get(k).match(), q)) {
        return k;
      }
    }
    return -1;
  }

  private static Report check(List<VirtualService> set) {
    List<LoadedResource> resources = new ArrayList<>();
    for (VirtualService vs : set) {
      resources.add(LoadedResource.of(vs, Location.of("gen.yaml", 1)));
    }
    return new Checker(MeshOptions.DEFAULTS).check(resources, List.of());
  }
}
