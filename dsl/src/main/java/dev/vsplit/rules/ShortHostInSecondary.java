package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.MergeEvent;
import dev.vsplit.routing.Names;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short destination host ({@code reviews}) in a secondary that a primary in another namespace
 * uses: it resolves in the secondary's namespace, not the primary's: the classic 503.
 */
final class ShortHostInSecondary extends AbstractRule {
  ShortHostInSecondary() {
    super(Code.VS110);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    Map<ResourceRef, Set<String>> primaryNamespaces = null;
    for (VirtualService secondary : context.admitted()) {
      if (!secondary.isDelegate()) {
        continue;
      }
      if (primaryNamespaces == null) {
        primaryNamespaces = primaryNamespaces(context);
      }
      Set<String> otherNamespaces =
          new LinkedHashSet<>(primaryNamespaces.getOrDefault(secondary.ref(), Set.of()));
      otherNamespaces.remove(secondary.namespace());
      if (otherNamespaces.isEmpty()) {
        continue;
      }
      String primaryNs = otherNamespaces.iterator().next();
      List<HTTPRoute> http = secondary.spec().http();
      for (int i = 0; i < http.size(); i++) {
        HTTPRoute r = http.get(i);
        for (int k = 0; k < r.route().size(); k++) {
          check(context, out, secondary, primaryNs, r.route().get(k).destination(), i, "route", k);
        }
        check(context, out, secondary, primaryNs, r.mirror(), i, "mirror", -1);
        for (int k = 0; k < r.mirrors().size(); k++) {
          check(
              context,
              out,
              secondary,
              primaryNs,
              r.mirrors().get(k).destination(),
              i,
              "mirrors",
              k);
        }
      }
    }
  }

  /**
   * One destination of route {@code route}: its {@code field} ({@code k}-th item, or the field
   * itself when {@code k < 0}). The host first: the path is built only for a finding.
   */
  private void check(
      Context context,
      List<Finding> out,
      VirtualService secondary,
      String primaryNs,
      Destination d,
      int route,
      String field,
      int k) {
    if (d == null || !Names.isShortHost(d.host())) {
      return;
    }
    String path =
        routePath(route) + "." + field + (k < 0 ? ".host" : "[" + k + "].destination.host");
    report(context, out, secondary, primaryNs, path, d);
  }

  private void report(
      Context context,
      List<Finding> out,
      VirtualService secondary,
      String primaryNs,
      String path,
      Destination d) {
    String here = Names.resolveHost(d.host(), secondary.namespace(), context.mesh());
    String there = Names.resolveHost(d.host(), primaryNs, context.mesh());
    out.add(
        context.finding(
            this,
            secondary.ref(),
            path,
            "host \""
                + d.host()
                + "\" resolves in this secondary's namespace to "
                + here
                + ", not to "
                + there
                + " in the primary's namespace "
                + primaryNs
                + " (if that service is meant, requests get 503)",
            "write the fully qualified host, e.g. " + here));
  }

  /**
   * For each secondary, the namespaces of the primaries whose delegate routes point at (and reach)
   * it, in the order the merge met them: one pass over the merge, not one per secondary.
   */
  static Map<ResourceRef, Set<String>> primaryNamespaces(Context context) {
    Map<ResourceRef, Set<String>> out = new HashMap<>();
    for (var vs : context.merge().effective()) {
      ResourceRef last = null; // a secondary's routes follow each other: one lookup for them all
      for (var route : vs.routes()) {
        ResourceRef delegate = route.origin().delegate();
        if (delegate != null && !delegate.equals(last)) {
          out.computeIfAbsent(delegate, k -> new LinkedHashSet<>()).add(vs.namespace());
          last = delegate;
        }
      }
    }
    for (MergeEvent e : context.merge().events()) {
      if (e instanceof MergeEvent.RouteDropped d && d.delegate() != null) {
        out.computeIfAbsent(d.delegate(), k -> new LinkedHashSet<>()).add(d.root().namespace());
      }
    }
    return out;
  }
}
