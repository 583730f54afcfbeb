package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.rules.admission.Admission;
import dev.vsplit.rules.admission.AdmissionMessage;
import dev.vsplit.yaml.LoadedResource;
import java.util.List;

/**
 * A rule that reports what Istio's admission webhook says about one object ({@link Admission}):
 * each subclass takes the messages of its code and says what they mean for delegation.
 */
abstract class WebhookRule extends AbstractRule {

  WebhookRule(Code code) {
    super(code);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (LoadedResource r : context.resources()) {
      ResourceRef ref = r.resource().ref();
      for (AdmissionMessage m : context.admission(ref)) {
        if (m.code().equals(code())) {
          out.add(
              context.finding(
                  this, ref, m.path(), message(context, ref, m), hint(context, ref, m)));
        }
      }
    }
  }

  String message(Context context, ResourceRef ref, AdmissionMessage m) {
    if (!m.denied()) {
      return "Istio's admission webhook warns: " + m.text();
    }
    String what =
        "Istio's admission webhook refuses this "
            + ref.kind()
            + ": "
            + m.text()
            + ". It is never stored";
    return ref.kind().equals(VirtualService.KIND) ? what + consequence(context, ref) : what;
  }

  abstract String hint(Context context, ResourceRef ref, AdmissionMessage m);

  /**
   * What the refusal does to routing: a refused secondary drops the primary routes that delegate to
   * it; "" if none do.
   */
  static String consequence(Context context, ResourceRef ref) {
    StringBuilder roots = new StringBuilder();
    for (VirtualService vs : context.virtualServices()) {
      if (vs.isDelegate()) {
        continue;
      }
      for (int i = 0; i < vs.spec().http().size(); i++) {
        var d = vs.spec().http().get(i).delegate();
        if (d == null) {
          continue;
        }
        String ns =
            d.namespace() == null || d.namespace().isEmpty() ? vs.namespace() : d.namespace();
        if (ns.equals(ref.namespace()) && ref.name().equals(d.name())) {
          if (roots.length() > 0) {
            roots.append(", ");
          }
          roots.append(vs.ref()).append(" spec.http[").append(i).append(']');
        }
      }
    }
    return roots.length() == 0
        ? ""
        : ", so Istio silently drops the primary route(s) that delegate to it: " + roots;
  }
}
