package dev.vsplit.rules;

import dev.vsplit.findings.Severity;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/** Istio's admission webhook admits the resource with a warning. */
final class WebhookWarning extends WebhookRule {
  static final String CODE = "VS003";

  WebhookWarning() {
    super(CODE, Severity.WARNING, "Istio's admission webhook admits the resource with a warning.");
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "see the warning; it is admitted, but usually means a mistake or a deprecated field";
  }
}
