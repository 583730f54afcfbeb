package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/** A regex that RE2 (Envoy's regex engine) rejects; the webhook refuses the resource. */
final class InvalidRegex extends WebhookRule {
  InvalidRegex() {
    super(Code.VS008);
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "write the expression in RE2 syntax: no lookahead, lookbehind or backreferences";
  }
}
