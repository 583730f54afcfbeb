package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/**
 * A JWT-claim header match (@request.auth.claims.*) in a VirtualService without gateways, such as
 * every secondary.
 */
final class JwtClaimInSecondary extends WebhookRule {
  JwtClaimInSecondary() {
    super(Code.VS109);
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "match JWT claims in the primary (bound to a gateway), or match a header the gateway sets from the claim";
  }
}
