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
 * A rule that reports what Istio's admission webhook says about one object ({@link Admission}): one
 * instance per code takes the messages of that code and says what they mean for delegation.
 */
final class WebhookRule extends AbstractRule {

  private final String name;
  private final String hint;

  /**
   * @param name the rule's name, for its unit test class ({@code name + "Test"})
   * @param hint what to do, the same for every message of the code
   */
  WebhookRule(Code code, String name, String hint) {
    super(code);
    this.name = name;
    this.hint = hint;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (LoadedResource r : context.resources()) {
      ResourceRef ref = r.resource().ref();
      for (AdmissionMessage m : context.admission(ref)) {
        if (m.code().equals(code())) {
          out.add(context.finding(this, ref, m.path(), message(context, ref, m), hint));
        }
      }
    }
  }

  private static String message(Context context, ResourceRef ref, AdmissionMessage m) {
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
