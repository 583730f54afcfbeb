package dev.vsplit.rules;

import static dev.vsplit.rules.RuleFixtures.assertThatFinding;
import static dev.vsplit.rules.RuleFixtures.check;
import static dev.vsplit.rules.RuleFixtures.effective;
import static dev.vsplit.rules.RuleFixtures.findings;
import static dev.vsplit.rules.RuleFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * The four rules of delegation quoted in {@code DESIGN.md} ("The problem"), each broken exactly as
 * the seed document describes it: the finding that explains it, and the route gone from the
 * effective routes, as Istio drops it.
 */
class SeedRulesTest {

  @Test
  void rule1_onlyThePrimaryMayDelegate_aSecondaryThatAlsoDelegatesTakesNoEffect() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate: {name: login, namespace: identity}  # <- not found
          - route:
            - destination: {host: web.default.svc.cluster.local}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          http:
          - match:
            - uri: {prefix: /login}
            delegate: {name: login-v2, namespace: identity}  # <- VS101
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login-v2
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          http:
          - route:
            - destination: {host: login-v2.identity.svc.cluster.local}
        """;
    Report report = check(yaml);

    assertThatFinding(only(report, "VS101"))
        .is("VS101", Severity.ERROR, "identity/login", "spec.http[0].delegate")
        .team("identity")
        .at(yaml, "# <- VS101")
        .message(
            "delegate HTTP route cannot contain delegate",
            "never stored",
            "default/bookinfo spec.http[0]")
        .hint("move the delegation into the primary");
    assertThat(report.rejected())
        .extracting(r -> r.resource().toString())
        .containsExactly("identity/login");
    // the refused secondary never exists: the primary's route is dropped as not found...
    assertThatFinding(only(report, "VS105"))
        .is("VS105", Severity.ERROR, "default/bookinfo", "spec.http[0].delegate")
        .at(yaml, "# <- not found")
        .message("identity/login", "admission webhook refuses it");
    // ...and the second level is referenced by nobody
    assertThat(findings(report, "VS112"))
        .extracting(Finding::resource)
        .containsExactly("identity/login-v2");
    // neither delegation takes effect; the primary's own route still does
    assertThat(effective(report))
        .isEqualTo(
            effective(
                """
        - name: bookinfo
          namespace: default
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
        """));
  }

  @Test
  void rule2_everySecondaryMatchMustBeASubsetOfThePrimaryMatch_orTheWholeRouteIsDropped() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate: {name: login, namespace: identity}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          http:
          - match:
            - uri: {exact: /login}
            - uri: {exact: /profile}  # <- VS102
            route:
            - destination: {host: login.identity.svc.cluster.local}
          - match:
            - uri: {prefix: /logout}
            route:
            - destination: {host: logout.identity.svc.cluster.local}
        """;
    Report report = check(yaml);

    assertThatFinding(only(report, "VS102"))
        .is("VS102", Severity.ERROR, "identity/login", "spec.http[0].match[1].uri")
        .team("identity")
        .at(yaml, "# <- VS102")
        .message("exact \"/profile\"", "prefix \"/log\"", "drops this whole route")
        .hint("keep the match inside prefix \"/log\"");
    // not only /profile is gone: /login, which fits, went with it
    assertThat(effective(report))
        .isEqualTo(
            effective(
                """
        - name: bookinfo
          namespace: default
          http:
          - match:
            - uri: {prefix: /logout}
            route:
            - destination: {host: logout.identity.svc.cluster.local}
        """));
  }

  @Test
  void rule3_aPrimaryRouteWithDelegateMustHaveNoRoute() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate: {name: login, namespace: identity}
            route:  # <- VS103
            - destination: {host: login.identity.svc.cluster.local}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
        spec:
          http:
          - route:
            - destination: {host: login.identity.svc.cluster.local}
        """;
    Report report = check(yaml);

    assertThatFinding(only(report, "VS103"))
        .is("VS103", Severity.ERROR, "default/bookinfo", "spec.http[0].route")
        .team("platform")
        .at(yaml, "# <- VS103")
        .message("root HTTP route", "must not specify route", "never stored")
        .hint("remove route/redirect from the primary route");
    // the webhook refuses the whole primary: no route of it reaches Envoy
    assertThat(report.rejected())
        .extracting(r -> r.resource().toString())
        .containsExactly("default/bookinfo");
    assertThat(effective(report)).isEqualTo(effective("[]"));
  }

  @Test
  void rule3_aPrimaryRouteWithDelegateMustHaveNoRedirect() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          http:
          - name: login
            match:
            - uri: {prefix: /log}
            delegate: {name: login, namespace: identity}
            redirect: {uri: /signin}  # <- VS103
          - route:
            - destination: {host: web.default.svc.cluster.local}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
        spec:
          http:
          - route:
            - destination: {host: login.identity.svc.cluster.local}
        """;
    Report report = check(yaml);

    assertThatFinding(only(report, "VS103"))
        .is("VS103", Severity.ERROR, "default/bookinfo", "spec.http[0].redirect")
        .team("platform")
        .at(yaml, "# <- VS103")
        .message("root HTTP route login must not specify redirect");
    assertThat(effective(report)).isEqualTo(effective("[]"));
  }

  @Test
  void rule4_aSecondaryHasNoHosts_oneWithHostsIsNoDelegate() {
    String yaml =
        """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: bookinfo
          namespace: default
          labels: {vsplit.dev/team: platform}
        spec:
          hosts: [bookinfo.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate: {name: login, namespace: identity}  # <- VS104
          - route:
            - destination: {host: web.default.svc.cluster.local}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: login
          namespace: identity
          labels: {vsplit.dev/team: identity}
        spec:
          hosts: [login.example.com]
          http:
          - match:
            - uri: {prefix: /login}
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """;
    Report report = check(yaml);

    assertThatFinding(only(report, "VS104"))
        .is("VS104", Severity.ERROR, "default/bookinfo", "spec.http[0].delegate")
        .team("identity")
        .at(yaml, "# <- VS104")
        .message("identity/login", "has hosts [login.example.com]", "drops this route")
        .hint("remove hosts");
    // the primary lost /log; login is served on its own host as an independent VirtualService
    assertThat(effective(report))
        .isEqualTo(
            effective(
                """
        - name: bookinfo
          namespace: default
          http:
          - route:
            - destination: {host: web.default.svc.cluster.local}
        - name: login
          namespace: identity
          http:
          - match:
            - uri: {prefix: /login}
            route:
            - destination: {host: login.identity.svc.cluster.local}
        """));
  }
}
