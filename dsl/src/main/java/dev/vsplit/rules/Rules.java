package dev.vsplit.rules;

import java.util.List;

/**
 * Every rule the checker runs, one per VS0xx and VS1xx code of {@link dev.vsplit.findings.Code}
 * (the registry that holds their severities and summaries), in code order.
 */
final class Rules {
  private Rules() {}

  static List<Rule> all() {
    return List.of(
        new UnreadableInput(),
        new RejectedByWebhook(),
        new WebhookWarning(),
        new SchemaInvalid(),
        new UnknownField(),
        new DuplicateResource(),
        new InvalidName(),
        new InvalidRegex(),
        new DelegateInSecondary(),
        new SecondaryMatchOutsidePrimary(),
        new DelegateWithRouteOrRedirect(),
        new DelegateTargetHasHosts(),
        new DelegateNotFound(),
        new DelegateNotExported(),
        new SecondaryWithGatewaysOrL4(),
        new InvalidExportTo(),
        new JwtClaimInSecondary(),
        new ShortHostInSecondary(),
        new InheritedCombination(),
        new UnreferencedSecondary(),
        new PrimaryLostAllDelegates(),
        new DelegationShadowed(),
        new RouteShadowed(),
        new DelegationAfterBroaderDelegation(),
        new RouteStolen());
  }
}
