package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.routing.MergeEvent;

/** A secondary whose exportTo hides it from the primary's namespace. */
final class DelegateNotExported extends DelegateLookupRule {
  DelegateNotExported() {
    super(Code.VS106);
  }

  @Override
  Finding finding(Context context, MergeEvent event, String path) {
    if (!(event instanceof MergeEvent.DelegateNotExported ne)) {
      return null;
    }
    var effective = ne.exportTo().isEmpty() ? context.mesh().defaultExportTo() : ne.exportTo();
    String exportTo =
        (ne.exportTo().isEmpty() ? "the mesh default " : "")
            + effective
            + (effective.contains(".")
                ? " (\".\" is its own namespace, " + ne.target().namespace() + ")"
                : "");
    return at(
        context,
        event,
        ne.target(),
        path,
        "delegate "
            + ne.target()
            + " is exported to "
            + exportTo
            + ", which does not include the primary's namespace "
            + event.root().namespace()
            + "; Istio silently drops this route",
        "add \"" + event.root().namespace() + "\" to spec.exportTo of " + ne.target());
  }
}
