package dev.vsplit.rules;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.RouteOrigin;
import dev.vsplit.yaml.YamlWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A secondary route that sets a field the primary's delegate route also sets: Istio copies a field
 * from the primary only when the secondary's route leaves it unset, and then takes the route's
 * value whole (no deep merge: a route's {@code headers} drops all the primary's header operations).
 * Legal, but the administrator's timeout, retries or headers no longer apply to that route, and its
 * owner should know. One pass over the merged routes, each compared with its one primary route.
 */
final class InheritedFieldOverridden extends AbstractRule {

  /** The fields a delegate route inherits, in the order of Istio's {@code mergeHTTPRoute}. */
  private static final List<Field> FIELDS =
      List.of(
          new Field("rewrite", HTTPRoute::rewrite),
          new Field("directResponse", HTTPRoute::directResponse),
          new Field("timeout", HTTPRoute::timeout),
          new Field("retries", HTTPRoute::retries),
          new Field("fault", HTTPRoute::fault),
          new Field("mirror", HTTPRoute::mirror),
          new Field("mirrorPercent", HTTPRoute::mirrorPercent),
          new Field("mirrorPercentage", HTTPRoute::mirrorPercentage),
          new Field("corsPolicy", HTTPRoute::corsPolicy),
          new Field("mirrors", r -> r.mirrors().isEmpty() ? null : r.mirrors()),
          new Field("headers", HTTPRoute::headers));

  private record Field(String name, Function<HTTPRoute, Object> get) {}

  InheritedFieldOverridden() {
    super(Code.VS118);
  }

  /**
   * The value of each of {@link #FIELDS} on a primary's delegate route ({@code null} where unset),
   * or none when it sets none of them: read once per delegation, not once per merged route.
   */
  private static Object[] setOn(HTTPRoute root) {
    Object[] values = new Object[FIELDS.size()];
    boolean any = false;
    for (int fi = 0; fi < FIELDS.size(); fi++) {
      values[fi] = FIELDS.get(fi).get().apply(root);
      any |= values[fi] != null;
    }
    return any ? values : new Object[0];
  }

  /** The delegated origins of the roots before {@code v} that have the same name as it. */
  private static Set<RouteOrigin> originsBefore(List<EffectiveVirtualService> effective, int v) {
    ResourceRef ref = effective.get(v).source().ref();
    Set<RouteOrigin> out = new HashSet<>();
    for (int u = 0; u < v; u++) {
      if (effective.get(u).source().ref().equals(ref)) {
        for (EffectiveRoute er : effective.get(u).routes()) {
          if (er.origin().isDelegated()) {
            out.add(er.origin());
          }
        }
      }
    }
    return out;
  }

  @Override
  public void check(Context context, List<Finding> out) {
    // A root's merged routes have distinct origins (one per delegate route and secondary route):
    // only a second root with the same name repeats some, and only then are they compared.
    List<EffectiveVirtualService> effective = context.merge().effective();
    Set<ResourceRef> roots = new HashSet<>();
    for (int v = 0; v < effective.size(); v++) {
      EffectiveVirtualService evs = effective.get(v);
      Set<RouteOrigin> seen = roots.add(evs.source().ref()) ? null : originsBefore(effective, v);
      List<HTTPRoute> rootHttp = null;
      ResourceRef looked = null; // a secondary's routes follow each other: one lookup for all
      List<HTTPRoute> delegateHttp = null;
      Object[][] adminValues = null; // per delegate route of the primary: FIELDS' values on it
      for (EffectiveRoute er : evs.routes()) {
        RouteOrigin o = er.origin();
        if (!o.isDelegated() || (seen != null && !seen.add(o))) {
          continue;
        }
        if (rootHttp == null) {
          rootHttp = ((VirtualService) context.resource(o.root()).resource()).spec().http();
          adminValues = new Object[rootHttp.size()][];
        }
        Object[] admins = adminValues[o.rootIndex()];
        if (admins == null) {
          admins = setOn(rootHttp.get(o.rootIndex()));
          adminValues[o.rootIndex()] = admins;
        }
        if (admins.length == 0) {
          continue; // the primary's route sets none of them: nothing to override
        }
        if (!o.delegate().equals(looked)) {
          looked = o.delegate();
          delegateHttp = ((VirtualService) context.resource(looked).resource()).spec().http();
        }
        HTTPRoute own = delegateHttp.get(o.delegateIndex());
        for (int fi = 0; fi < FIELDS.size(); fi++) {
          Field f = FIELDS.get(fi);
          Object admin = admins[fi];
          if (admin == null) {
            continue;
          }
          Object team = f.get().apply(own);
          if (team == null || Objects.equals(admin, team)) {
            continue;
          }
          String rootPath = routePath(o.rootIndex());
          Location rootAt = context.locate(o.root(), rootPath);
          out.add(
              context.finding(
                  this,
                  o.delegate(),
                  routePath(o.delegateIndex()) + "." + f.name(),
                  "this route sets "
                      + f.name()
                      + " "
                      + YamlWriter.inline(team)
                      + ", which replaces the "
                      + YamlWriter.inline(admin)
                      + " that the primary "
                      + o.root()
                      + " "
                      + rootPath
                      + (rootAt == null ? "" : " (" + rootAt + ")")
                      + " sets on the delegation: Istio inherits a field only when the route"
                      + " leaves it unset, and takes the route's value whole"
                      + (f.name().equals("headers")
                          ? " (none of the primary's header operations apply to this route)"
                          : ""),
                  "leave "
                      + f.name()
                      + " out of this route to keep the administrator's value, or ask the mesh"
                      + " administrator to change the delegation"));
        }
      }
    }
  }
}
