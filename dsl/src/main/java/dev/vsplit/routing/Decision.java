package dev.vsplit.routing;

import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which route a request takes, and why: what {@link Simulator#route} returns.
 *
 * @param request the request
 * @param virtualService the VirtualService chosen by host and gateway; {@code null} when none takes
 *     the request
 * @param gateway the gateway the request was taken to arrive through ({@code ns/name} or {@code
 *     mesh}); {@code null} when no VirtualService was chosen
 * @param notes how the VirtualService was chosen and what was assumed (a gateway or port the
 *     request did not name), one sentence each
 * @param misses every route before the winner (all routes when none matched), in evaluation order,
 *     with the condition of each of its matches that failed
 * @param hit the route the request takes; {@code null} when none matches (Envoy answers 404)
 */
public record Decision(
    Request request,
    ResourceRef virtualService,
    String gateway,
    List<String> notes,
    List<Miss> misses,
    Hit hit) {

  public Decision {
    Objects.requireNonNull(request, "request");
    notes = List.copyOf(notes);
    misses = List.copyOf(misses);
  }

  /**
   * The route a request takes.
   *
   * @param position its place in the VirtualService's effective routes, from 0
   * @param match which of its matches admitted the request, from 0 ({@code -1}: it has none)
   * @param route the effective route and where it was written
   * @param team the team that owns it (the secondary's {@code vsplit.dev/team} label); {@code null}
   *     for a route of the primary itself or a secondary without the label
   * @param destinations where the request goes, with shares; empty for a redirect or direct
   *     response
   */
  public record Hit(
      int position,
      int match,
      EffectiveRoute route,
      String team,
      List<WeightedDestination> destinations) {
    public Hit {
      destinations = List.copyOf(destinations);
    }

    /** The secondary the route was written in; {@code null} for a route of the primary. */
    public ResourceRef secondary() {
      return route.origin().delegate();
    }

    /**
     * What the route does: {@code productpage.default.svc.cluster.local:9080}, {@code redirect 301
     * to /new}...
     */
    public String action() {
      return RouteText.action(route.route());
    }

    /**
     * Everything else the route does to the request (rewrite, timeout, retries, fault, mirror,
     * header operations, CORS), by field.
     *
     * @return e.g. {@code timeout=5s}; empty when none
     */
    public java.util.Map<String, String> behaviour() {
      return RouteText.behaviour(route.route());
    }
  }

  /**
   * A route the request passed over.
   *
   * @param position its place in the effective routes
   * @param route the effective route
   * @param team its owning team, or {@code null}
   * @param reasons for each of its matches (one entry for a route without matches), the first
   *     condition the request does not meet
   */
  public record Miss(int position, EffectiveRoute route, String team, List<String> reasons) {
    public Miss {
      reasons = List.copyOf(reasons);
    }
  }

  /** Whether a route takes the request. */
  public boolean routed() {
    return hit != null;
  }

  /** The owning team of the route taken, or {@code null}. */
  public String team() {
    return hit == null ? null : hit.team();
  }

  /**
   * The destinations of the route taken; empty when none was taken or it redirects or answers
   * directly.
   */
  public List<WeightedDestination> destinations() {
    return hit == null ? List.of() : hit.destinations();
  }

  /** The route taken, as Envoy got it; {@code null} when none. */
  public HTTPRoute route() {
    return hit == null ? null : hit.route().route();
  }

  /**
   * One line: {@code GET /login -> route #0 of default/bookinfo (team identity, ns1/vs-1
   * spec.http[0]): productpage...}.
   */
  public String summary() {
    if (hit == null) {
      return request.method()
          + " "
          + request.path()
          + " -> no route: Envoy answers 404 (route_not_found)"
          + (virtualService == null ? "" : " in " + virtualService);
    }
    return request.method()
        + " "
        + request.path()
        + " -> route #"
        + hit.position()
        + " of "
        + virtualService
        + " ("
        + owner(hit.route(), hit.team())
        + "): "
        + hit.action();
  }

  /**
   * The whole explanation, several lines: how the VirtualService was chosen, each route passed over
   * and why, the winner.
   */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append(request).append('\n');
    for (String note : notes) {
      out.append("  ").append(note).append('\n');
    }
    for (Miss miss : misses) {
      out.append("  #")
          .append(miss.position())
          .append(" ")
          .append(owner(miss.route(), miss.team()))
          .append(" (")
          .append(RouteText.matches(miss.route().route().match()))
          .append("): no\n");
      List<String> reasons = miss.reasons();
      for (int i = 0; i < reasons.size(); i++) {
        String prefix = reasons.size() == 1 ? "" : "match[" + i + "] ";
        out.append("      ").append(prefix).append(reasons.get(i)).append('\n');
      }
    }
    if (hit == null) {
      out.append("  -> no route matches: Envoy answers 404 (route_not_found)\n");
      return out.toString();
    }
    EffectiveRoute r = hit.route();
    out.append("  #")
        .append(hit.position())
        .append(" ")
        .append(owner(r, hit.team()))
        .append(" (")
        .append(RouteText.matches(r.route().match()))
        .append("): yes")
        .append(
            hit.match() >= 0 && r.route().match().size() > 1
                ? ", by match[" + hit.match() + "]"
                : "")
        .append('\n');
    out.append("  -> ");
    if (hit.team() != null) {
      out.append("team ").append(hit.team()).append(", ");
    }
    out.append(r.origin().writtenAt());
    if (r.origin().isDelegated()) {
      out.append(" (delegated by ")
          .append(r.origin().root())
          .append(" spec.http[")
          .append(r.origin().rootIndex())
          .append("])");
    }
    out.append('\n');
    if (hit.destinations().isEmpty()) {
      out.append("     ").append(hit.action()).append('\n');
    } else {
      for (WeightedDestination d : hit.destinations()) {
        out.append("     ").append(d).append('\n');
      }
    }
    RouteText.behaviour(r.route())
        .forEach(
            (field, value) ->
                out.append("     ").append(field).append(' ').append(value).append('\n'));
    return out.toString();
  }

  /**
   * Several requests answered in one table: request, VirtualService, route, team, where written,
   * action and what else the route does.
   *
   * @param decisions the requests' decisions, in the order asked
   * @return the table, one line per request
   */
  public static String table(List<Decision> decisions) {
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "request", "virtual service", "#", "team", "written at", "action", "behaviour"
        });
    for (Decision d : decisions) {
      if (d.hit() == null) {
        lines.add(
            new String[] {
              d.request().toString(),
              d.virtualService() == null ? "-" : d.virtualService().toString(),
              "-",
              "-",
              "-",
              "404 (no route matches)",
              "-"
            });
        continue;
      }
      String behaviour = RouteText.behaviourText(d.hit().route().route());
      lines.add(
          new String[] {
            d.request().toString(),
            d.virtualService().toString(),
            String.valueOf(d.hit().position()),
            d.team() == null ? "-" : d.team(),
            String.valueOf(d.hit().route().origin().writtenAt()),
            d.hit().action(),
            behaviour.isEmpty() ? "-" : behaviour
          });
    }
    StringBuilder out = new StringBuilder();
    RouteTable.appendColumns(out, lines);
    return out.toString();
  }

  static String owner(EffectiveRoute route, String team) {
    RouteOrigin o = route.origin();
    if (team != null) {
      return "team " + team + ", " + o.writtenAt();
    }
    return o.writtenAt();
  }
}
