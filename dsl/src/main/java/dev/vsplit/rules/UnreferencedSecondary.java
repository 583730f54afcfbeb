package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A VirtualService without hosts that no primary delegates to: it routes nothing. */
final class UnreferencedSecondary extends AbstractRule {
  UnreferencedSecondary() {
    super(Code.VS112);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    Set<String> referenced = new HashSet<>();
    Map<String, Set<String>> referencedByRefused = new HashMap<>();
    for (VirtualService vs : context.virtualServices()) {
      if (vs.isDelegate()) {
        continue;
      }
      boolean admitted = context.isAdmitted(vs.ref());
      for (var route : vs.spec().http()) {
        if (route.delegate() != null) {
          String ns =
              route.delegate().namespace() == null || route.delegate().namespace().isEmpty()
                  ? vs.namespace()
                  : route.delegate().namespace();
          String key = ns + "/" + route.delegate().name();
          if (admitted) {
            referenced.add(key);
          } else {
            referencedByRefused.computeIfAbsent(key, k -> new TreeSet<>()).add(vs.ref().toString());
          }
        }
      }
    }
    for (VirtualService vs : context.admitted()) {
      String key = vs.namespace() + "/" + vs.name();
      if (vs.isDelegate() && !referenced.contains(key)) {
        ResourceRef ref = vs.ref();
        Set<String> refused = referencedByRefused.get(key);
        String message =
            refused == null
                ? "no primary delegates to "
                    + ref
                    + ", and a VirtualService without hosts routes nothing by itself"
                : "every primary that delegates to "
                    + ref
                    + " ("
                    + String.join(", ", refused)
                    + ") is refused by Istio's admission webhook, so none of these routes takes effect";
        String hint =
            refused == null
                ? "add a route with delegate {name: "
                    + ref.name()
                    + ", namespace: "
                    + ref.namespace()
                    + "} to a primary, or delete it"
                : "fix " + String.join(", ", refused) + " (see its own finding)";
        out.add(context.finding(this, ref, "", message, hint));
      }
    }
  }
}
