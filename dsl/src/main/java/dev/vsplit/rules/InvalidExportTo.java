package dev.vsplit.rules;

import dev.vsplit.findings.Severity;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/** exportTo with ~ (none), or * together with other entries. */
final class InvalidExportTo extends WebhookRule {
  static final String CODE = "VS108";

  InvalidExportTo() {
    super(CODE, Severity.ERROR, "exportTo with ~ (none), or * together with other entries.");
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "use namespaces, '.' for the own namespace, or '*' alone";
  }
}
