package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.StringMatch;
import dev.vsplit.testing.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The effective-routes document: Istio's field names, evaluation order, default values left out.
 */
class EffectiveRoutesTest {

  @Test
  void defaultValuesAreLeftOutAsPilotHoldsThem() {
    HTTPMatchRequest match =
        HTTPMatchRequest.uri(StringMatch.prefix("/log"))
            .withIgnoreUriCase(false)
            .withPort(0)
            .withSourceNamespace("");
    HTTPRoute route =
        HTTPRoute.EMPTY
            .withMatch(List.of(match))
            .withRoute(
                List.of(
                    HTTPRouteDestination.to(Destination.host("login.identity.svc.cluster.local"))));
    EffectiveVirtualService vs =
        new EffectiveVirtualService(
            Gen.vs("default", "bookinfo", List.of("bookinfo.example.com"), List.of()),
            List.of(new EffectiveRoute(route, new RouteOrigin(null, 0, null, -1))));
    assertThat(EffectiveRoutes.toYaml(List.of(vs)))
        .isEqualTo(
            """
        - name: bookinfo
          namespace: default
          http:
          - match:
            - uri:
                prefix: /log
            route:
            - destination:
                host: login.identity.svc.cluster.local
        """);
  }

  @Test
  void virtualServiceWithoutRoutesIsListedWithoutHttp() {
    EffectiveVirtualService vs =
        new EffectiveVirtualService(
            Gen.vs("default", "bookinfo", List.of("bookinfo.example.com"), List.of()), List.of());
    assertThat(EffectiveRoutes.toYaml(List.of(vs)))
        .isEqualTo(
            """
        - name: bookinfo
          namespace: default
        """);
    assertThat(EffectiveRoutes.toYaml(List.of())).isEqualTo("[]\n");
  }
}
