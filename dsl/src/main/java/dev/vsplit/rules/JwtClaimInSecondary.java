package dev.vsplit.rules;

import dev.vsplit.findings.Severity;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/**
 * A JWT-claim header match (@request.auth.claims.*) in a VirtualService without gateways, such as
 * every secondary.
 */
final class JwtClaimInSecondary extends WebhookRule {
  static final String CODE = "VS109";

  JwtClaimInSecondary() {
    super(
        CODE,
        Severity.ERROR,
        "A JWT-claim header match (@request.auth.claims.*) in a VirtualService without gateways, such as every secondary.");
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "match JWT claims in the primary (bound to a gateway), or match a header the gateway sets from the claim";
  }
}
