package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Istio does with a set of VirtualServices (pilot's {@code mergeVirtualServices} and {@code
 * MergeHTTPRoutes}, Istio 1.22 and later): classify by hosts, resolve short names in each one's
 * namespace, find each delegate by namespace and name, check its exportTo, merge its routes into
 * the primary route that delegates to it, and drop what conflicts, silently, as Istio does.
 */
public final class Merger {

  private final MeshOptions options;

  public Merger(MeshOptions options) {
    this.options = options;
  }

  /**
   * The effective VirtualServices for a set of admitted VirtualServices (the ones the admission
   * webhook refused must be left out by the caller). Items are sorted by namespace and name.
   */
  public MergeResult merge(Collection<VirtualService> admitted) {
    Map<String, VirtualService> delegates = new HashMap<>();
    Map<String, VirtualService> withHosts = new HashMap<>();
    List<VirtualService> roots = new ArrayList<>();
    for (VirtualService vs : admitted) {
      if (vs.isDelegate()) {
        delegates.put(key(vs.namespace(), vs.name()), Names.resolve(vs, options));
      } else {
        withHosts.put(key(vs.namespace(), vs.name()), vs);
        roots.add(vs);
      }
    }
    roots.sort(Comparator.comparing(VirtualService::namespace).thenComparing(VirtualService::name));
    List<EffectiveVirtualService> effective = new ArrayList<>(roots.size());
    List<MergeEvent> events = new ArrayList<>();
    for (VirtualService root : roots) {
      effective.add(mergeRoot(Names.resolve(root, options), delegates, withHosts, events));
    }
    return new MergeResult(effective, events);
  }

  private EffectiveVirtualService mergeRoot(
      VirtualService root,
      Map<String, VirtualService> delegates,
      Map<String, VirtualService> withHosts,
      List<MergeEvent> events) {
    ResourceRef rootRef = root.ref();
    List<EffectiveRoute> out = new ArrayList<>();
    List<HTTPRoute> http = root.spec().http();
    for (int i = 0; i < http.size(); i++) {
      HTTPRoute route = http.get(i);
      if (route.delegate() == null) {
        out.add(new EffectiveRoute(route, new RouteOrigin(rootRef, i, null, -1)));
        continue;
      }
      String ns = route.delegate().namespace();
      if (ns == null || ns.isEmpty()) {
        ns = root.namespace();
      }
      String name = route.delegate().name() == null ? "" : route.delegate().name();
      ResourceRef target = new ResourceRef(VirtualService.KIND, ns, name);
      VirtualService delegate = delegates.get(key(ns, name));
      if (delegate == null) {
        events.add(
            new MergeEvent.DelegateNotFound(
                rootRef, i, target, withHosts.containsKey(key(ns, name))));
        continue;
      }
      if (!visible(delegate, root.namespace())) {
        events.add(
            new MergeEvent.DelegateNotExported(rootRef, i, target, delegate.spec().exportTo()));
        continue;
      }
      HTTPRoute rootRoute = route.withDelegate(null);
      List<HTTPRoute> delegateRoutes = delegate.spec().http();
      ResourceRef delegateRef = delegate.ref(); // one for all its routes' origins
      for (int j = 0; j < delegateRoutes.size(); j++) {
        HTTPRoute merged =
            mergeRoute(rootRoute, delegateRoutes.get(j), rootRef, i, delegateRef, j, events);
        if (merged != null) {
          out.add(new EffectiveRoute(merged, new RouteOrigin(rootRef, i, delegateRef, j)));
        }
      }
    }
    List<EffectiveRoute> routes = out;
    return new EffectiveVirtualService(root, routes);
  }

  /** {@code convertExportToSet}: "." is the delegate's namespace, empty means the mesh default. */
  boolean visible(VirtualService delegate, String rootNamespace) {
    List<String> exportTo =
        delegate.spec().exportTo().isEmpty()
            ? options.defaultExportTo()
            : delegate.spec().exportTo();
    for (String e : exportTo) {
      String ns = e.equals(".") ? delegate.namespace() : e;
      if (ns.equals("*") || ns.equals(rootNamespace)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Istio's {@code mergeHTTPRoute}: the delegate route with merged matches and the root's fields
   * where it leaves them unset, or {@code null} when one of its matches fits no root match.
   */
  public static HTTPRoute mergeRoute(HTTPRoute root, HTTPRoute delegate) {
    return mergeRoute(root, delegate, null, -1, null, -1, null);
  }

  private static HTTPRoute mergeRoute(
      HTTPRoute root,
      HTTPRoute delegate,
      ResourceRef rootRef,
      int rootIndex,
      ResourceRef delegateRef,
      int delegateIndex,
      List<MergeEvent> events) {
    List<HTTPMatchRequest> matches;
    if (root.match().isEmpty()) {
      matches = delegate.match();
    } else if (delegate.match().isEmpty()) {
      matches = root.match();
    } else {
      boolean dropped = false;
      List<HTTPMatchRequest> delegateMatches = delegate.match();
      // one delegate match (most routes): its merged matches are the route's, not copied
      matches =
          delegateMatches.size() == 1
              ? null
              : new ArrayList<>(delegateMatches.size() * root.match().size());
      for (int m = 0; m < delegateMatches.size(); m++) {
        List<Conflict> conflicts = events == null ? null : new ArrayList<>();
        List<HTTPMatchRequest> merged = mergeUnder(root.match(), delegateMatches.get(m), conflicts);
        if (matches == null) {
          matches = merged;
        } else {
          matches.addAll(merged);
        }
        if (merged.isEmpty()) {
          if (events == null) {
            return null;
          }
          // Istio stops at the first misfit; we go on so that every misfit is reported at once.
          events.add(
              new MergeEvent.RouteDropped(
                  rootRef, rootIndex, delegateRef, delegateIndex, m, conflicts));
          dropped = true;
        }
      }
      if (dropped) {
        return null;
      }
    }
    String name =
        delegate.name() == null || delegate.name().isEmpty()
            ? root.name()
            : root.name() == null || root.name().isEmpty()
                ? delegate.name()
                : root.name() + "-" + delegate.name();
    // The delegate's fields, the root's where the delegate leaves one unset: built at once, as the
    // merge runs for every effective route.
    return new HTTPRoute(
        name,
        matches,
        delegate.route(),
        delegate.redirect(),
        orRoot(delegate.directResponse(), root.directResponse()),
        delegate.delegate(),
        orRoot(delegate.rewrite(), root.rewrite()),
        orRoot(delegate.timeout(), root.timeout()),
        orRoot(delegate.retries(), root.retries()),
        orRoot(delegate.fault(), root.fault()),
        orRoot(delegate.mirror(), root.mirror()),
        delegate.mirrors().isEmpty() ? root.mirrors() : delegate.mirrors(),
        orRoot(delegate.mirrorPercentage(), root.mirrorPercentage()),
        orRoot(delegate.corsPolicy(), root.corsPolicy()),
        orRoot(delegate.headers(), root.headers()),
        orRoot(delegate.mirrorPercent(), root.mirrorPercent()),
        delegate.extra());
  }

  private static <T> T orRoot(T delegate, T root) {
    return delegate != null ? delegate : root;
  }

  /**
   * One delegate match under the root route's matches, as {@code mergeHTTPRoute} merges it: merged
   * with each root match it fits, in the root's order; empty when it fits none (then Istio drops
   * the delegate route). With {@code conflicts}, also adds why it does not fit each root match it
   * does not fit.
   */
  public static List<HTTPMatchRequest> mergeUnder(
      List<HTTPMatchRequest> roots, HTTPMatchRequest delegate, List<Conflict> conflicts) {
    List<HTTPMatchRequest> merged = new ArrayList<>(1);
    for (HTTPMatchRequest r : roots) {
      Conflict conflict = MatchConflicts.find(r, delegate);
      if (conflict != null) {
        if (conflicts != null) {
          conflicts.add(conflict);
        }
        continue;
      }
      merged.add(mergeMatch(r, delegate));
    }
    return merged;
  }

  /**
   * Istio's {@code mergeHTTPMatchRequest}: the delegate's match, completed with the root's
   * conditions.
   */
  public static HTTPMatchRequest mergeMatch(HTTPMatchRequest root, HTTPMatchRequest delegate) {
    String name =
        empty(delegate.name())
            ? root.name()
            : empty(root.name()) ? delegate.name() : root.name() + "-" + delegate.name();
    return new HTTPMatchRequest(
        name,
        or(delegate.uri(), root.uri()),
        or(delegate.scheme(), root.scheme()),
        or(delegate.method(), root.method()),
        or(delegate.authority(), root.authority()),
        union(root.headers(), delegate.headers()),
        delegate.portNumber() != 0 ? delegate.port() : root.port(),
        union(root.sourceLabels(), delegate.sourceLabels()),
        delegate.gateways().isEmpty() ? root.gateways() : delegate.gateways(),
        union(root.queryParams(), delegate.queryParams()),
        delegate.ignoreUriCase(),
        union(root.withoutHeaders(), delegate.withoutHeaders()),
        empty(delegate.sourceNamespace()) ? root.sourceNamespace() : delegate.sourceNamespace(),
        empty(delegate.statPrefix()) ? root.statPrefix() : delegate.statPrefix(),
        delegate.extra());
  }

  private static StringMatch or(StringMatch first, StringMatch second) {
    return first != null ? first : second;
  }

  private static <V> Map<String, V> union(Map<String, V> root, Map<String, V> delegate) {
    if (root.isEmpty()) {
      return delegate;
    }
    if (delegate.isEmpty()) {
      return root;
    }
    Map<String, V> out = new LinkedHashMap<>(root);
    out.putAll(delegate);
    return out;
  }

  private static boolean empty(String s) {
    return s == null || s.isEmpty();
  }

  private static String key(String namespace, String name) {
    return namespace + "/" + name;
  }
}
