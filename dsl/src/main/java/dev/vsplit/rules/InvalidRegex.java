package dev.vsplit.rules;

import dev.vsplit.findings.Severity;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/** A regex that RE2 (Envoy's regex engine) rejects; the webhook refuses the resource. */
final class InvalidRegex extends WebhookRule {
  static final String CODE = "VS008";

  InvalidRegex() {
    super(
        CODE,
        Severity.ERROR,
        "A regex that RE2 (Envoy's regex engine) rejects; the webhook refuses the resource.");
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "write the expression in RE2 syntax: no lookahead, lookbehind or backreferences";
  }
}
