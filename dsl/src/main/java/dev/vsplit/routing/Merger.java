package dev.vsplit.routing;

import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPFaultInjection;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.Headers;
import dev.vsplit.model.Percent;
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
import java.util.Objects;

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

  @SuppressWarnings({"ReferenceEquality", "StringEquality"}) // the very same objects: reuse them
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
    if (matches != delegate.match() && sameElements(matches, delegate.match())) {
      matches = delegate.match();
    }
    HTTPDirectResponse directResponse = orRoot(delegate.directResponse(), root.directResponse());
    HTTPRewrite rewrite = orRoot(delegate.rewrite(), root.rewrite());
    String timeout = orRoot(delegate.timeout(), root.timeout());
    HTTPRetry retries = orRoot(delegate.retries(), root.retries());
    HTTPFaultInjection fault = orRoot(delegate.fault(), root.fault());
    Destination mirror = orRoot(delegate.mirror(), root.mirror());
    List<HTTPMirrorPolicy> mirrors =
        delegate.mirrors().isEmpty() ? root.mirrors() : delegate.mirrors();
    Percent mirrorPercentage = orRoot(delegate.mirrorPercentage(), root.mirrorPercentage());
    CorsPolicy corsPolicy = orRoot(delegate.corsPolicy(), root.corsPolicy());
    Headers headers = orRoot(delegate.headers(), root.headers());
    Integer mirrorPercent = orRoot(delegate.mirrorPercent(), root.mirrorPercent());
    // The root route adds nothing (no name, no field the delegate leaves unset, matches that keep
    // the delegate's): the merged route is the delegate's own, immutable object.
    if (name == delegate.name()
        && matches == delegate.match()
        && directResponse == delegate.directResponse()
        && rewrite == delegate.rewrite()
        && timeout == delegate.timeout()
        && retries == delegate.retries()
        && fault == delegate.fault()
        && mirror == delegate.mirror()
        && mirrors == delegate.mirrors()
        && mirrorPercentage == delegate.mirrorPercentage()
        && corsPolicy == delegate.corsPolicy()
        && headers == delegate.headers()
        && Objects.equals(mirrorPercent, delegate.mirrorPercent())) {
      return delegate;
    }
    // The delegate's fields, the root's where the delegate leaves one unset: built at once, as the
    // merge runs for every effective route.
    return new HTTPRoute(
        name,
        matches,
        delegate.route(),
        delegate.redirect(),
        directResponse,
        delegate.delegate(),
        rewrite,
        timeout,
        retries,
        fault,
        mirror,
        mirrors,
        mirrorPercentage,
        corsPolicy,
        headers,
        mirrorPercent,
        delegate.extra());
  }

  /** Whether two lists hold the very same objects in the same order. */
  private static <T> boolean sameElements(List<T> a, List<T> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
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
  @SuppressWarnings({"ReferenceEquality", "StringEquality"}) // the very same objects: reuse them
  public static HTTPMatchRequest mergeMatch(HTTPMatchRequest root, HTTPMatchRequest delegate) {
    String name =
        empty(delegate.name())
            ? root.name()
            : empty(root.name()) ? delegate.name() : root.name() + "-" + delegate.name();
    StringMatch uri = or(delegate.uri(), root.uri());
    StringMatch scheme = or(delegate.scheme(), root.scheme());
    StringMatch method = or(delegate.method(), root.method());
    StringMatch authority = or(delegate.authority(), root.authority());
    Map<String, StringMatch> headers = union(root.headers(), delegate.headers());
    Integer port = delegate.portNumber() != 0 ? delegate.port() : root.port();
    Map<String, String> sourceLabels = union(root.sourceLabels(), delegate.sourceLabels());
    List<String> gateways = delegate.gateways().isEmpty() ? root.gateways() : delegate.gateways();
    Map<String, StringMatch> queryParams = union(root.queryParams(), delegate.queryParams());
    Map<String, StringMatch> withoutHeaders =
        union(root.withoutHeaders(), delegate.withoutHeaders());
    String sourceNamespace =
        empty(delegate.sourceNamespace()) ? root.sourceNamespace() : delegate.sourceNamespace();
    String statPrefix = empty(delegate.statPrefix()) ? root.statPrefix() : delegate.statPrefix();
    // The usual case: the root match adds nothing to the delegate's (a team's prefix under its
    // primary's), so the merged match is the delegate's own, immutable object; not building a copy
    // per delegated route spares 250,000 objects and their maps at N = 10,000.
    if (name == delegate.name()
        && uri == delegate.uri()
        && scheme == delegate.scheme()
        && method == delegate.method()
        && authority == delegate.authority()
        && headers == delegate.headers()
        && Objects.equals(port, delegate.port())
        && sourceLabels == delegate.sourceLabels()
        && gateways == delegate.gateways()
        && queryParams == delegate.queryParams()
        && withoutHeaders == delegate.withoutHeaders()
        && sourceNamespace == delegate.sourceNamespace()
        && statPrefix == delegate.statPrefix()) {
      return delegate;
    }
    return new HTTPMatchRequest(
        name,
        uri,
        scheme,
        method,
        authority,
        headers,
        port,
        sourceLabels,
        gateways,
        queryParams,
        delegate.ignoreUriCase(),
        withoutHeaders,
        sourceNamespace,
        statPrefix,
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
