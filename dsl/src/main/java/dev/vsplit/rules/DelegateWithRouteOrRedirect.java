package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.admission.AdmissionMessage;

/** A primary route with delegate that also has route or redirect. */
final class DelegateWithRouteOrRedirect extends WebhookRule {
  DelegateWithRouteOrRedirect() {
    super(Code.VS103);
  }

  @Override
  String hint(Context context, ResourceRef ref, AdmissionMessage m) {
    return "remove route/redirect from the primary route and put them into the secondary's routes";
  }
}
