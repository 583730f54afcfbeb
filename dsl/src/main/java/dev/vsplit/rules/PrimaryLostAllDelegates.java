package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import java.util.List;

/** A primary none of whose delegate routes survives the merge. */
final class PrimaryLostAllDelegates extends AbstractRule {
  PrimaryLostAllDelegates() {
    super(Code.VS113);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (EffectiveVirtualService evs : context.merge().effective()) {
      long delegations =
          evs.source().spec().http().stream().filter(r -> r.delegate() != null).count();
      if (delegations == 0 || evs.routes().stream().anyMatch(r -> r.origin().isDelegated())) {
        continue;
      }
      List<EffectiveRoute> own = evs.routes();
      out.add(
          context.finding(
              this,
              evs.source().ref(),
              "spec.http",
              "none of its "
                  + delegations
                  + " delegation(s) takes effect, so requests for "
                  + evs.source().spec().hosts()
                  + (own.isEmpty()
                      ? " get 404 from Envoy"
                      : " reach only its own " + own.size() + " route(s)"),
              "fix the delegate findings reported for this primary and its secondaries"));
    }
  }
}
