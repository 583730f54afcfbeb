package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.MergeEvent;
import java.util.List;

/** Shared by the rules about a primary's delegate reference that Istio cannot follow. */
abstract class DelegateLookupRule extends AbstractRule {

  DelegateLookupRule(Code code) {
    super(code);
  }

  @Override
  public final void check(Context context, List<Finding> out) {
    for (MergeEvent event : context.merge().events()) {
      String path = routePath(event.rootIndex()) + ".delegate";
      Finding f = finding(context, event, path);
      if (f != null) {
        out.add(f);
      }
    }
  }

  abstract Finding finding(Context context, MergeEvent event, String path);

  /**
   * Findings about a primary's delegate route are attributed to the team of the target, when known.
   */
  Finding at(
      Context context,
      MergeEvent event,
      ResourceRef target,
      String path,
      String message,
      String hint) {
    String team = context.teamOf(target);
    return new Finding(
        code(),
        severity(),
        event.root().toString(),
        path,
        team != null ? team : context.teamOf(event.root()),
        message,
        hint,
        context.locate(event.root(), path));
  }

  static VirtualService find(Context context, String namespace, String name) {
    return context.virtualServicesByKey().get(namespace + "/" + name);
  }
}
