package dev.vsplit.rules;

import dev.vsplit.base.Describe;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import java.util.List;

/**
 * A primary delegation placed after a broader delegation ({@code /} before {@code /log}): every
 * request of the later team is first offered to the earlier team's routes and reaches the later
 * team only where those do not match. Fragile rather than broken: it holds until the earlier team
 * adds a catch-all. Where it already steals requests, the effective routes show it (VS117).
 */
final class DelegationAfterBroaderDelegation extends AbstractRule {
  DelegationAfterBroaderDelegation() {
    super(Code.VS116);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (DelegationShadowed.Covered c : context.coveredDelegations()) {
      if (c.plain() >= 0) {
        continue; // a plain route takes everything: DelegationShadowed reports it
      }
      VirtualService root = c.root();
      HTTPRoute later = root.spec().http().get(c.index());
      HTTPRoute earlier = root.spec().http().get(c.delegation());
      String laterTarget = DelegationShadowed.target(root, later);
      String earlierTarget = DelegationShadowed.target(root, earlier);
      out.add(
          context.finding(
              this,
              root.ref(),
              routePath(c.index()),
              "delegation of "
                  + Describe.matches(later.match())
                  + " to "
                  + laterTarget
                  + " comes after spec.http["
                  + c.delegation()
                  + "] ("
                  + Describe.matches(earlier.match())
                  + " to "
                  + earlierTarget
                  + "), which covers it:"
                  + " its requests are offered to "
                  + Describe.possessive(earlierTarget)
                  + " routes first and reach "
                  + laterTarget
                  + " only where those do not match; a catch-all added there later would take them all",
              "order delegations most specific first: move spec.http["
                  + c.index()
                  + "] before spec.http["
                  + c.first()
                  + "]"));
    }
  }
}
