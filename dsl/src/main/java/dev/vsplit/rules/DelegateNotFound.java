package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.MergeEvent;
import dev.vsplit.rules.admission.AdmissionMessage;
import java.util.ArrayList;
import java.util.List;

/** A primary delegates to a VirtualService that does not exist (or was refused by the webhook). */
final class DelegateNotFound extends DelegateLookupRule {
  DelegateNotFound() {
    super(Code.VS105);
  }

  @Override
  Finding finding(Context context, MergeEvent event, String path) {
    if (!(event instanceof MergeEvent.DelegateNotFound nf) || nf.hasHosts()) {
      return null;
    }
    VirtualService root = (VirtualService) context.resource(event.root()).resource();
    var delegate = root.spec().http().get(event.rootIndex()).delegate();
    boolean namespaceOmitted = delegate.namespace() == null || delegate.namespace().isEmpty();
    VirtualService exact = find(context, nf.target().namespace(), nf.target().name());
    String message;
    String hint;
    if (nf.target().name().isEmpty()) {
      message = "delegate has no name, so Istio finds no secondary and silently drops this route";
      hint = "set delegate.name to the secondary VirtualService's metadata.name";
    } else if (exact != null && !context.isAdmitted(exact.ref())) {
      List<String> reasons =
          context.admission(exact.ref()).stream()
              .filter(AdmissionMessage::denied)
              .map(AdmissionMessage::text)
              .toList();
      message =
          "delegate "
              + nf.target()
              + " exists but Istio's admission webhook refuses it ("
              + String.join("; ", reasons)
              + "), so it is never stored and Istio silently drops this route";
      hint = "fix " + nf.target() + " (see its own finding)";
    } else {
      message =
          "delegate "
              + nf.target()
              + " does not exist"
              + (namespaceOmitted
                  ? " (delegate.namespace is empty, so Istio looks in the primary's namespace "
                      + nf.target().namespace()
                      + ")"
                  : "")
              + "; Istio silently drops this route";
      List<String> elsewhere = new ArrayList<>();
      for (VirtualService vs : context.virtualServices()) {
        if (vs.name().equals(nf.target().name()) && vs.isDelegate()) {
          elsewhere.add(vs.namespace());
        }
      }
      String similar = similar(context, nf.target());
      hint =
          !elsewhere.isEmpty()
              ? "a secondary named "
                  + nf.target().name()
                  + " exists in namespace "
                  + String.join(", ", elsewhere)
                  + ": set delegate.namespace to it"
              : similar != null
                  ? "did you mean "
                      + similar
                      + "? It is a secondary in the same namespace with a name one or two letters apart"
                  : "create the secondary "
                      + nf.target()
                      + " (a VirtualService without hosts), or fix the delegate's name and namespace";
    }
    return at(context, event, nf.target(), path, message, hint);
  }

  /**
   * A secondary in the target's namespace whose name is at most two edits away (a typo), or {@code
   * null}.
   */
  private static String similar(Context context, dev.vsplit.model.ResourceRef target) {
    for (VirtualService vs : context.virtualServices()) {
      if (vs.isDelegate()
          && vs.namespace().equals(target.namespace())
          && distance(vs.name(), target.name()) <= 2) {
        return vs.ref().toString();
      }
    }
    return null;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
