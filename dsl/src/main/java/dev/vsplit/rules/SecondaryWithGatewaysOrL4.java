package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/** A secondary (no hosts) with gateways, tcp or tls: the webhook refuses it. */
final class SecondaryWithGatewaysOrL4 extends WebhookRule {
  SecondaryWithGatewaysOrL4() {
    super(Code.VS107);
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "a secondary carries only http routes; gateways belong to the primary, tcp/tls routes to a VirtualService with hosts";
  }
}
