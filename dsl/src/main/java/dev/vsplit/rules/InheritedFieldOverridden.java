package dev.vsplit.rules;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
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

  @Override
  public void check(Context context, List<Finding> out) {
    Set<RouteOrigin> seen = new HashSet<>();
    for (EffectiveVirtualService evs : context.merge().effective()) {
      for (EffectiveRoute er : evs.routes()) {
        RouteOrigin o = er.origin();
        if (!o.isDelegated() || !seen.add(o)) {
          continue;
        }
        HTTPRoute root =
            ((VirtualService) context.resource(o.root()).resource())
                .spec()
                .http()
                .get(o.rootIndex());
        HTTPRoute own =
            ((VirtualService) context.resource(o.delegate()).resource())
                .spec()
                .http()
                .get(o.delegateIndex());
        for (Field f : FIELDS) {
          Object admin = f.get().apply(root);
          Object team = f.get().apply(own);
          if (admin == null || team == null || Objects.equals(admin, team)) {
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
