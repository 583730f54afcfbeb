package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/** Istio's admission webhook admits the resource with a warning. */
final class WebhookWarning extends WebhookRule {
  WebhookWarning() {
    super(Code.VS003);
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "see the warning; it is admitted, but usually means a mistake or a deprecated field";
  }
}
