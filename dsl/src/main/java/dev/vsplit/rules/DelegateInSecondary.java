package dev.vsplit.rules;

import dev.vsplit.findings.Severity;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/**
 * A secondary (delegate) VirtualService whose route itself delegates: only one level of delegation
 * exists.
 */
final class DelegateInSecondary extends WebhookRule {
  static final String CODE = "VS101";

  DelegateInSecondary() {
    super(
        CODE,
        Severity.ERROR,
        "A secondary (delegate) VirtualService whose route itself delegates: only one level of delegation exists.");
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "move the delegation into the primary, or route this path to a destination in the secondary";
  }
}
