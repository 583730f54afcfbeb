package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.MergeEvent;

/**
 * Rule 4 of delegation: a secondary must have no hosts; one with hosts is not a delegate at all.
 */
final class DelegateTargetHasHosts extends DelegateLookupRule {
  DelegateTargetHasHosts() {
    super(Code.VS104);
  }

  @Override
  Finding finding(Context context, MergeEvent event, String path) {
    if (!(event instanceof MergeEvent.DelegateNotFound nf) || !nf.hasHosts()) {
      return null;
    }
    VirtualService target = find(context, nf.target().namespace(), nf.target().name());
    return at(
        context,
        event,
        nf.target(),
        path,
        "delegate "
            + nf.target()
            + " has hosts "
            + target.spec().hosts()
            + ", so Istio does not treat it as a delegate: it silently drops this route and serves "
            + nf.target()
            + " as an independent VirtualService",
        "remove hosts (and gateways) from " + nf.target() + " so it becomes a secondary");
  }
}
