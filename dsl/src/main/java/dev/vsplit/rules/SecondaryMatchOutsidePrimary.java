package dev.vsplit.rules;

import dev.vsplit.base.Describe;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.Conflict;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MergeEvent;
import dev.vsplit.routing.RouteOrigin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule 2 of delegation: every match of a secondary must fit inside a match of the primary route
 * that delegates to it; if one does not, Istio drops the whole secondary route.
 */
final class SecondaryMatchOutsidePrimary extends AbstractRule {
  SecondaryMatchOutsidePrimary() {
    super(Code.VS102);
  }

  /** A secondary route merged into a primary. */
  private record Kept(ResourceRef root, ResourceRef delegate, int delegateIndex) {}

  @Override
  public void check(Context context, List<Finding> out) {
    // A primary may delegate several matches to one secondary in separate routes (/shop, /store):
    // Istio merges the secondary once per route and drops a secondary route only from the merges
    // it does not fit. Dropped from one and kept in another of the same primary is by design.
    // The few dropped routes first; the merged routes are then scanned only for their secondaries.
    List<MergeEvent.RouteDropped> drops = new ArrayList<>();
    Set<ResourceRef> droppedFrom = new HashSet<>();
    for (MergeEvent event : context.merge().events()) {
      if (event instanceof MergeEvent.RouteDropped dropped) {
        drops.add(dropped);
        droppedFrom.add(dropped.delegate());
      }
    }
    if (drops.isEmpty()) {
      return;
    }
    Set<Kept> kept = new HashSet<>();
    for (EffectiveVirtualService evs : context.merge().effective()) {
      for (EffectiveRoute r : evs.routes()) {
        RouteOrigin o = r.origin();
        if (o.isDelegated() && droppedFrom.contains(o.delegate())) {
          kept.add(new Kept(o.root(), o.delegate(), o.delegateIndex()));
        }
      }
    }
    for (MergeEvent.RouteDropped dropped : drops) {
      if (kept.contains(new Kept(dropped.root(), dropped.delegate(), dropped.delegateIndex()))) {
        continue;
      }
      ResourceRef secondary = dropped.delegate();
      VirtualService root = (VirtualService) context.resource(dropped.root()).resource();
      HTTPRoute rootRoute = root.spec().http().get(dropped.rootIndex());
      List<Conflict> conflicts = dropped.conflicts();
      String matchPath =
          routePath(dropped.delegateIndex()) + ".match[" + dropped.matchIndex() + "]";
      // the field, when every match of the primary route rejects the same one
      boolean oneField = conflicts.stream().map(Conflict::field).distinct().count() == 1;
      String path = oneField ? matchPath + "." + conflicts.get(0).field() : matchPath;
      String owner = context.teamOf(secondary);
      StringBuilder message = new StringBuilder();
      if (conflicts.size() == 1) {
        message.append(conflicts.get(0).reason());
      } else {
        message
            .append("fits none of the primary route's ")
            .append(conflicts.size())
            .append(" matches: ");
        for (int i = 0; i < conflicts.size(); i++) {
          if (i > 0) {
            message.append("; ");
          }
          message
              .append("against its match[")
              .append(i)
              .append("], ")
              .append(conflicts.get(i).reason());
        }
      }
      VirtualService secondaryVs = (VirtualService) context.resource(secondary).resource();
      boolean several = secondaryVs.spec().http().get(dropped.delegateIndex()).match().size() > 1;
      message
          .append(", so Istio silently drops this whole route")
          .append(several ? ", all of its matches" : "")
          .append(" (primary ")
          .append(dropped.root())
          .append(' ')
          .append(routePath(dropped.rootIndex()))
          .append(" delegates ")
          .append(Describe.matches(rootRoute.match()))
          .append(" here)");
      String hint =
          conflicts.stream().anyMatch(c -> c.field().equals("sourceNamespace"))
              ? "repeat the primary's sourceNamespace in every match of this route"
              : conflicts.stream().anyMatch(c -> c.field().equals("ignoreUriCase"))
                  ? "set ignoreUriCase exactly as the primary's match does"
                  : "keep the match inside "
                      + Describe.matches(rootRoute.match())
                      + ", or move the route to the team that owns the path";
      out.add(
          new Finding(
              code(),
              severity(),
              secondary.toString(),
              path,
              owner,
              message.toString(),
              hint,
              context.locate(secondary, path)));
    }
  }
}
