package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/**
 * A secondary (delegate) VirtualService whose route itself delegates: only one level of delegation
 * exists.
 */
final class DelegateInSecondary extends WebhookRule {
  DelegateInSecondary() {
    super(Code.VS101);
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "move the delegation into the primary, or route this path to a destination in the secondary";
  }
}
