package dev.vsplit.routing;

import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.ResourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which effective route a request takes, as Envoy decides it: the VirtualService whose hosts match
 * the request's host (exact, then the longest {@code *.suffix}, then {@code *}) among those bound
 * to the request's gateway ({@code gateways}, {@code mesh} when empty), then the first route in
 * evaluation order one of whose matches admits the request (see {@link RequestMatching} for each
 * condition). No route: Envoy answers 404 ({@code route_not_found}).
 *
 * <pre>{@code
 * Simulator simulator = Vsplit.load(new BookinfoMesh(), new IdentityRoutes(), new StorefrontRoutes()).simulator();
 * Decision d = simulator.route(Request.get("/login"));
 * d.team();       // "identity"
 * d.explain();    // every route passed over, and why; the winner
 * }</pre>
 */
public final class Simulator {

  private final List<EffectiveVirtualService> effective;
  private final Map<ResourceRef, String> teams;
  private final Wording wording;

  /**
   * @param effective the effective VirtualServices (merged, names resolved), as {@link Merger}
   *     builds them
   * @param teams the owning team of each secondary, by reference (the {@code vsplit.dev/team}
   *     label)
   */
  public Simulator(List<EffectiveVirtualService> effective, Map<ResourceRef, String> teams) {
    this(effective, teams, Wording.NEUTRAL);
  }

  /**
   * @param effective the effective VirtualServices (merged, names resolved), as {@link Merger}
   *     builds them
   * @param teams the owning team of each secondary, by reference (the {@code vsplit.dev/team}
   *     label)
   * @param wording how the front end words the setting a request's host is given by, in messages
   */
  public Simulator(
      List<EffectiveVirtualService> effective, Map<ResourceRef, String> teams, Wording wording) {
    this.effective = List.copyOf(effective);
    this.teams = Map.copyOf(teams);
    this.wording = Objects.requireNonNull(wording, "wording");
  }

  public List<EffectiveVirtualService> effective() {
    return effective;
  }

  /**
   * The team that owns a route: its secondary's team; {@code null} for the primary's own routes.
   */
  public String teamOf(RouteOrigin origin) {
    return origin.delegate() == null ? null : teams.get(origin.delegate());
  }

  /**
   * The route the request takes, every route passed over and why.
   *
   * @throws IllegalArgumentException when the request names no host and several VirtualServices
   *     could take it; the message lists them
   */
  public Decision route(Request request) {
    Objects.requireNonNull(request, "request");
    List<String> notes = new ArrayList<>();
    List<EffectiveVirtualService> bound = new ArrayList<>();
    for (EffectiveVirtualService vs : effective) {
      if (request.gateway() == null || gatewayOf(vs, request.gateway()) != null) {
        bound.add(vs);
      }
    }
    if (bound.isEmpty()) {
      notes.add(
          request.gateway() == null
              ? "no VirtualService with hosts"
              : "no VirtualService is bound to gateway "
                  + request.gateway()
                  + " (their gateways: "
                  + allGateways()
                  + ")");
      return new Decision(request, null, null, notes, List.of(), null);
    }
    EffectiveVirtualService vs = choose(request, bound, notes);
    if (vs == null) {
      return new Decision(request, null, null, notes, List.of(), null);
    }
    String gateway =
        request.gateway() == null ? gateways(vs).get(0) : gatewayOf(vs, request.gateway());
    notes.add(
        0,
        "VirtualService "
            + vs.source().ref()
            + " (hosts "
            + String.join(", ", vs.source().spec().hosts())
            + "; gateways "
            + String.join(", ", gateways(vs))
            + ")"
            + (request.gateway() == null
                ? ", through "
                    + gateway
                    + (gateways(vs).size() > 1
                        ? " (its first gateway: the request names none)"
                        : "")
                : ", through " + gateway));
    List<Decision.Miss> misses = new ArrayList<>();
    List<EffectiveRoute> routes = vs.routes();
    for (int i = 0; i < routes.size(); i++) {
      EffectiveRoute route = routes.get(i);
      List<HTTPMatchRequest> matches = route.route().match();
      if (matches.isEmpty()) {
        return hit(request, vs, gateway, notes, misses, i, -1, route);
      }
      List<String> reasons = new ArrayList<>(matches.size());
      for (int j = 0; j < matches.size(); j++) {
        String failure = RequestMatching.firstFailure(matches.get(j), request, gateway);
        if (failure == null) {
          return hit(request, vs, gateway, notes, misses, i, j, route);
        }
        reasons.add(failure);
      }
      misses.add(new Decision.Miss(i, route, teamOf(route.origin()), reasons));
    }
    return new Decision(request, vs.source().ref(), gateway, notes, misses, null);
  }

  private Decision hit(
      Request request,
      EffectiveVirtualService vs,
      String gateway,
      List<String> notes,
      List<Decision.Miss> misses,
      int position,
      int match,
      EffectiveRoute route) {
    HTTPRoute r = route.route();
    List<WeightedDestination> destinations =
        r.redirect() != null || r.directResponse() != null || r.route().isEmpty()
            ? List.of()
            : RouteText.shares(r.route());
    Decision.Hit hit =
        new Decision.Hit(position, match, route, teamOf(route.origin()), destinations);
    return new Decision(request, vs.source().ref(), gateway, notes, misses, hit);
  }

  /** The VirtualService that takes the request's host, or {@code null} (with a note why). */
  private EffectiveVirtualService choose(
      Request request, List<EffectiveVirtualService> bound, List<String> notes) {
    String host = request.hostName();
    if (host == null) {
      if (bound.size() == 1) {
        return bound.get(0);
      }
      List<EffectiveVirtualService> any =
          bound.stream().filter(v -> v.source().spec().hosts().contains("*")).toList();
      if (any.size() == 1) {
        notes.add("the request names no host: took the VirtualService for any host (*)");
        return any.get(0);
      }
      List<String> names = new ArrayList<>();
      for (EffectiveVirtualService v : bound) {
        names.add(
            v.source().ref() + " (hosts " + String.join(", ", v.source().spec().hosts()) + ")");
      }
      throw new IllegalArgumentException(
          "the request "
              + request.method()
              + " "
              + request.path()
              + " names no host, and "
              + bound.size()
              + " VirtualServices could take it: "
              + String.join("; ", names)
              + ". Name the host (Request.host, or "
              + wording.word(Fix.setting("host", ""))
              + ")");
    }
    EffectiveVirtualService best = null;
    long bestScore = -1;
    List<EffectiveVirtualService> ties = new ArrayList<>();
    for (EffectiveVirtualService vs : bound) {
      long score = hostScore(vs, host, request.gateway());
      if (score < 0) {
        continue;
      }
      if (score > bestScore) {
        best = vs;
        bestScore = score;
        ties.clear();
        ties.add(vs);
      } else if (score == bestScore) {
        ties.add(vs);
      }
    }
    if (best == null) {
      notes.add(
          "no VirtualService takes host "
              + host
              + (request.gateway() == null ? "" : " through " + request.gateway())
              + " (hosts there: "
              + allHosts(bound)
              + "); Envoy answers 404");
      return null;
    }
    if (ties.size() > 1) {
      ties.sort(Comparator.comparing(v -> v.source().ref()));
      best = ties.get(0);
      List<String> others =
          ties.subList(1, ties.size()).stream().map(v -> v.source().ref().toString()).toList();
      notes.add(
          "also for this host: "
              + String.join(", ", others)
              + "; Istio merges such VirtualServices on a gateway in"
              + " creation order, which vsplit cannot see: it took "
              + best.source().ref()
              + " alone");
    }
    return best;
  }

  /**
   * How well a VirtualService's hosts take a host, as Envoy picks a virtual host: exact beats the
   * longest {@code *.suffix}, which beats {@code *}; {@code -1} when none matches. Through a
   * sidecar, {@code reviews} and {@code reviews.default} also name {@code
   * reviews.default.svc.cluster.local}.
   */
  static long hostScore(EffectiveVirtualService vs, String host, String requestedGateway) {
    boolean mesh =
        (requestedGateway == null || requestedGateway.equals(Names.MESH))
            && gateways(vs).contains(Names.MESH);
    long best = -1;
    for (String h : vs.source().spec().hosts()) {
      String written = Request.ascii(h);
      long score = -1;
      if (written.equals(host)) {
        score = 3_000_000L;
      } else if (written.equals("*")) {
        score = 1_000_000L;
      } else if (written.startsWith("*.")
          && host.endsWith(written.substring(1))
          && host.length() > written.length() - 1) {
        score = 2_000_000L + written.length();
      } else if (mesh
          && written.startsWith(host + ".")
          && written.contains(".svc.")
          && host.length() <= written.indexOf(".svc.") + ".svc".length()) {
        score = 3_000_000L; // kube service short forms, as sidecars get them
      }
      best = Math.max(best, score);
    }
    return best;
  }

  /**
   * The gateways a VirtualService is bound to, namespace-qualified; {@code mesh} when it names
   * none.
   */
  static List<String> gateways(EffectiveVirtualService vs) {
    List<String> g = vs.source().spec().gateways();
    return g.isEmpty() ? List.of(Names.MESH) : g;
  }

  /**
   * The VirtualService's gateway a requested name stands for ({@code ns/name}, a bare {@code name},
   * {@code mesh}), or {@code null}.
   */
  static String gatewayOf(EffectiveVirtualService vs, String requested) {
    for (String g : gateways(vs)) {
      if (gatewayNamed(g, requested)) {
        return g;
      }
    }
    return null;
  }

  static boolean gatewayNamed(String written, String requested) {
    if (written.equals(requested)) {
      return true;
    }
    return !requested.contains("/")
        && !requested.equals(Names.MESH)
        && written.endsWith("/" + requested);
  }

  private String allGateways() {
    List<String> out = new ArrayList<>();
    for (EffectiveVirtualService vs : effective) {
      for (String g : gateways(vs)) {
        if (!out.contains(g)) {
          out.add(g);
        }
      }
    }
    return String.join(", ", out);
  }

  private static String allHosts(List<EffectiveVirtualService> vss) {
    List<String> out = new ArrayList<>();
    for (EffectiveVirtualService vs : vss) {
      for (String h : vs.source().spec().hosts()) {
        if (!out.contains(h)) {
          out.add(h);
        }
      }
    }
    return String.join(", ", out);
  }
}
