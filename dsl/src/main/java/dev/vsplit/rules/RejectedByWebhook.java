package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/**
 * Istio's admission webhook refuses the resource (any reason not covered by a more specific code).
 */
final class RejectedByWebhook extends WebhookRule {
  RejectedByWebhook() {
    super(Code.VS002);
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "fix the field named above; kubectl apply would fail with this message";
  }
}
