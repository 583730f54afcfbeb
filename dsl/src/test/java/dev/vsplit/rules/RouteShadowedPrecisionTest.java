package dev.vsplit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VS115 names every earlier route that takes a part, and a match that can match nothing. */
class RouteShadowedPrecisionTest {

  private static List<Finding> vs115(String routes) {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: bookinfo, namespace: default}
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match: [{uri: {prefix: /log}}]
            delegate: {name: login, namespace: identity}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: login, namespace: identity, labels: {vsplit.dev/team: identity}}
        spec:
          http:
        %s"""
            .formatted(routes);
    ReadResult read = new ManifestReader().readString("test.yaml", yaml);
    assertThat(read.problems()).isEmpty();
    return new Checker(MeshOptions.DEFAULTS)
        .check(read).findings().stream().filter(f -> f.code() == Code.VS115).toList();
  }

  @Test
  void aCanarySplitByAHeaderAndItsAbsenceShadowsTheRouteAfterIt() {
    List<Finding> found =
        vs115(
            """
          - match: [{uri: {prefix: /login}, headers: {x-canary: {exact: "true"}}}]
            route: [{destination: {host: login-canary.identity.svc.cluster.local}}]
          - match: [{uri: {prefix: /login}, withoutHeaders: {x-canary: {exact: "true"}}}]
            route: [{destination: {host: login.identity.svc.cluster.local}}]
          - match: [{uri: {exact: /login/help}}]
            route: [{destination: {host: help.identity.svc.cluster.local}}]
        """);
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.resource()).isEqualTo("identity/login");
              assertThat(f.path()).isEqualTo("spec.http[2]");
              assertThat(f.team()).isEqualTo("identity");
              assertThat(f.message())
                  .isEqualTo(
                      "this route never matches in default/bookinfo: the earlier routes identity/login"
                          + " spec.http[0] (prefix \"/login\" + header x-canary exact \"true\", effective position 0) and identity/login"
                          + " spec.http[1] (prefix \"/login\" + without header x-canary exact \"true\", effective position 1) together match every request"
                          + " it would (exact \"/login/help\", position 2)");
            });
  }

  @Test
  void aMatchThatContradictsItselfNeverMatches() {
    assertThat(
            vs115(
                """
          - match: [{uri: {prefix: /login}, headers: {x-user: {exact: bot}}, withoutHeaders: {x-user: {exact: bot}}}]
            route: [{destination: {host: login.identity.svc.cluster.local}}]
        """))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .isEqualTo(
                      "this route never matches in default/bookinfo: its match (prefix \"/login\" + header x-user exact \"bot\""
                          + " + without header x-user exact \"bot\") can match no request:"
                          + " its header conditions contradict each other (headers and withoutHeaders on the same header)");
              assertThat(f.hint()).isEqualTo("fix the header conditions, or delete the route");
            });
  }

  @Test
  void whereARegexMakesItUndecidableItSaysNothing() {
    assertThat(
            vs115(
                """
          - match: [{uri: {regex: "/login(/.*)?"}}]
            route: [{destination: {host: login.identity.svc.cluster.local}}]
          - match: [{uri: {prefix: /login/}}]
            route: [{destination: {host: help.identity.svc.cluster.local}}]
        """))
        .isEmpty();
  }
}
