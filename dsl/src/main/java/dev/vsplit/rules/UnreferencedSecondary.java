package dev.vsplit.rules;

import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A VirtualService without hosts that no primary delegates to: it routes nothing. */
final class UnreferencedSecondary extends AbstractRule {
  static final String CODE = "VS112";

  UnreferencedSecondary() {
    super(CODE, Severity.WARNING, "A secondary (no hosts) that no primary delegates to: none of its routes takes effect.");
  }

  @Override
  public void check(Context context, List<Finding> out) {
    Set<String> referenced = new HashSet<>();
    for (VirtualService vs : context.admitted()) {
      if (vs.isDelegate()) {
        continue;
      }
      for (var route : vs.spec().http()) {
        if (route.delegate() != null) {
          String ns = route.delegate().namespace() == null || route.delegate().namespace().isEmpty()
              ? vs.namespace() : route.delegate().namespace();
          referenced.add(ns + "/" + route.delegate().name());
        }
      }
    }
    for (VirtualService vs : context.admitted()) {
      if (vs.isDelegate() && !referenced.contains(vs.namespace() + "/" + vs.name())) {
        ResourceRef ref = vs.ref();
        out.add(context.finding(this, ref, "",
            "no primary delegates to " + ref + ", and a VirtualService without hosts routes nothing by itself",
            "add a route with delegate {name: " + ref.name() + ", namespace: " + ref.namespace() + "} to a primary, or delete it"));
      }
    }
  }
}
