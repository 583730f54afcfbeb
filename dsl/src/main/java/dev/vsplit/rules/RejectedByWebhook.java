package dev.vsplit.rules;

import dev.vsplit.findings.Severity;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/**
 * Istio's admission webhook refuses the resource (any reason not covered by a more specific code).
 */
final class RejectedByWebhook extends WebhookRule {
  static final String CODE = "VS002";

  RejectedByWebhook() {
    super(
        CODE,
        Severity.ERROR,
        "Istio's admission webhook refuses the resource (any reason not covered by a more specific code).");
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "fix the field named above; kubectl apply would fail with this message";
  }
}
