package dev.vsplit.rules;

import dev.vsplit.model.Gateway;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import java.util.ArrayList;
import java.util.List;

/** Placeholder until the full webhook emulation lands: only the root-route checks. */
public final class Admission {
  private Admission() {}

  public static List<AdmissionMessage> validate(VirtualService vs) {
    List<AdmissionMessage> out = new ArrayList<>();
    if (!vs.spec().hosts().isEmpty()) {
      for (int i = 0; i < vs.spec().http().size(); i++) {
        HTTPRoute r = vs.spec().http().get(i);
        if (r.delegate() != null && r.redirect() != null) {
          out.add(new AdmissionMessage("VS103", true, "spec.http[" + i + "].redirect",
              "root HTTP route " + (r.name() == null ? "" : r.name()) + " must not specify redirect"));
        }
        if (r.delegate() != null && !r.route().isEmpty()) {
          out.add(new AdmissionMessage("VS103", true, "spec.http[" + i + "].route",
              "root HTTP route " + (r.name() == null ? "" : r.name()) + " must not specify route"));
        }
      }
    }
    return out;
  }

  public static List<AdmissionMessage> validate(Gateway gateway) {
    return List.of();
  }
}
