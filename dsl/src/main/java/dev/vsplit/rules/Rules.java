package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import java.util.List;

/**
 * Every rule the checker runs, one per VS0xx and VS1xx code of {@link dev.vsplit.findings.Code}
 * (the registry that holds their severities and summaries), in code order. The codes whose findings
 * are what Istio's admission webhook says are one {@link WebhookRule} each, with the hint that
 * code's messages get.
 */
final class Rules {
  private Rules() {}

  static List<Rule> all() {
    return List.of(
        new UnreadableInput(),
        // Istio's admission webhook refuses the resource (any reason not covered by a more specific
        // code).
        new WebhookRule(
            Code.VS002,
            "RejectedByWebhook",
            "fix the field named above; kubectl apply would fail with this message"),
        // Istio's admission webhook admits the resource with a warning.
        new WebhookRule(
            Code.VS003,
            "WebhookWarning",
            "see the warning; it is admitted, but usually means a mistake or a deprecated field"),
        new SchemaInvalid(),
        new UnknownField(),
        new DuplicateResource(),
        new InvalidName(),
        // A regex that RE2 (Envoy's regex engine) rejects; the webhook refuses the resource.
        new WebhookRule(
            Code.VS008,
            "InvalidRegex",
            "write the expression in RE2 syntax: no lookahead, lookbehind or backreferences"),
        // A secondary (delegate) VirtualService whose route itself delegates: only one level of
        // delegation exists.
        new WebhookRule(
            Code.VS101,
            "DelegateInSecondary",
            "move the delegation into the primary, or route this path to a destination in the secondary"),
        new SecondaryMatchOutsidePrimary(),
        // A primary route with delegate that also has route or redirect.
        new WebhookRule(
            Code.VS103,
            "DelegateWithRouteOrRedirect",
            "remove route/redirect from the primary route and put them into the secondary's routes"),
        new DelegateTargetHasHosts(),
        new DelegateNotFound(),
        new DelegateNotExported(),
        // A secondary (no hosts) with gateways, tcp or tls: the webhook refuses it.
        new WebhookRule(
            Code.VS107,
            "SecondaryWithGatewaysOrL4",
            "a secondary carries only http routes; gateways belong to the primary, tcp/tls routes to a VirtualService with hosts"),
        // exportTo with ~ (none), or * together with other entries.
        new WebhookRule(
            Code.VS108,
            "InvalidExportTo",
            "use namespaces, '.' for the own namespace, or '*' alone"),
        // A JWT-claim header match (@request.auth.claims.*) in a VirtualService without gateways,
        // such as every secondary.
        new WebhookRule(
            Code.VS109,
            "JwtClaimInSecondary",
            "match JWT claims in the primary (bound to a gateway), or match a header the gateway sets from the claim"),
        new ShortHostInSecondary(),
        new InheritedCombination(),
        new UnreferencedSecondary(),
        new PrimaryLostAllDelegates(),
        new DelegationShadowed(),
        new RouteShadowed(),
        new DelegationAfterBroaderDelegation(),
        new RouteStolen(),
        new InheritedFieldOverridden(),
        new FallThrough());
  }
}
