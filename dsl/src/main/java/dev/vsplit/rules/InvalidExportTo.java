package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/** exportTo with ~ (none), or * together with other entries. */
final class InvalidExportTo extends WebhookRule {
  InvalidExportTo() {
    super(Code.VS108);
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "use namespaces, '.' for the own namespace, or '*' alone";
  }
}
