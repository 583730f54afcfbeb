package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static dev.vsplit.Match.relativeExact;
import static dev.vsplit.Match.relativePrefix;

import dev.vsplit.assembly.Assembler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of random ownership trees for the property tests: primaries whose delegated
 * prefixes form a tree under {@code /} (nested by plain string prefix, as Istio compares them),
 * some leaves refined by a header, some exact paths, random teams, namespaces, skeleton and sealing
 * choices, a random declaration order, and for each team that has a spec, random routes inside its
 * own scope but outside the more specific delegations of other teams. The same seed always gives
 * the same tree.
 */
final class OwnershipTrees {

  private static final String[] TOKENS = {
    "a", "b", "api", "v1", "v2", "log", "login", "static", "s", "items", "x"
  };
  private static final String[] NAMESPACES = {"shop", "edge", "identity", "payments", "web"};

  /**
   * Conditions a primary puts on all its delegations alike (so that they stay nested, not
   * ambiguous).
   */
  record Conditions(boolean gateways, boolean ignoreUriCase, String sourceNamespace) {
    static final Conditions NONE = new Conditions(false, false, null);

    Match apply(Match m) {
      Match out = gateways ? m.gateways("ingress") : m;
      out = ignoreUriCase ? out.ignoreUriCase() : out;
      return sourceNamespace == null ? out : out.sourceNamespace(sourceNamespace);
    }
  }

  /**
   * One delegation of a primary; {@code everything} delegates all requests (no match at all, path
   * {@code ""}).
   */
  record Delegated(
      String path,
      boolean exact,
      String header,
      boolean everything,
      Conditions conditions,
      Secondary secondary) {
    List<Match> matches() {
      if (everything) {
        return List.of();
      }
      Match m = exact ? Match.exact(path) : prefix(path);
      return List.of(conditions.apply(header == null ? m : m.header(header, "true")));
    }

    @Override
    public String toString() {
      return (everything ? "everything" : (exact ? "exact " : "prefix ") + path)
          + (header == null ? "" : " +" + header)
          + (conditions.equals(Conditions.NONE) ? "" : " " + conditions)
          + " -> "
          + secondary;
    }
  }

  /** One match a team writes, with the absolute path it stands for. */
  record Written(Match match, String absolute, boolean exact) {
    @Override
    public String toString() {
      return match + " (" + absolute + ")";
    }
  }

  /** One route a team writes. */
  record TeamRoute(List<Written> matches, List<Backend> backends) {
    void writeTo(Routes http) {
      http.route()
          .match(matches.stream().map(Written::match).toArray(Match[]::new))
          .to(backends.toArray(Backend[]::new));
    }
  }

  /** One primary: its host, namespace and delegations in declaration order. */
  record Primary(String name, String namespace, String host, List<Delegated> delegations) {}

  /** One team's spec: the delegation it fills and its routes. */
  record Routed(Delegated scope, List<TeamRoute> routes) {}

  final long seed;
  final Random random;
  final List<Primary> primaries = new ArrayList<>();
  final List<Routed> teams = new ArrayList<>();
  private int secondaries;

  OwnershipTrees(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    int count = 1 + random.nextInt(2);
    for (int p = 0; p < count; p++) {
      primaries.add(primary(p));
    }
    for (Primary p : primaries) {
      for (Delegated d : p.delegations()) {
        if (random.nextInt(10) < 7) {
          teams.add(new Routed(d, routes(p, d)));
        }
      }
    }
  }

  /**
   * The mesh spec (a gateway and the primaries) and one team spec per team that has written routes.
   */
  Object[] specs() {
    List<Object> specs = new ArrayList<>();
    specs.add(
        InlineSpecs.mesh(
            m -> {
              for (Primary p : primaries) {
                m.gateway("ingress", p.namespace())
                    .selector("istio", "ingressgateway")
                    .server(80, "http", "HTTP", p.host());
                Mesh.PrimaryBuilder builder =
                    m.primary(p.name(), p.namespace()).hosts(p.host()).gateways("ingress");
                for (Delegated d : p.delegations()) {
                  builder.delegate(
                      Delegation.of(d.matches().toArray(Match[]::new)).to(d.secondary()));
                }
              }
            }));
    for (Routed t : teams) {
      specs.add(
          InlineSpecs.team(
              t.scope().secondary(), http -> t.routes().forEach(r -> r.writeTo(http))));
    }
    return specs.toArray();
  }

  /**
   * Delegations of the same primary as {@code d} to other secondaries that are more specific than
   * {@code d}.
   */
  static List<Delegated> carveOuts(Primary p, Delegated d) {
    List<Delegated> out = new ArrayList<>();
    for (Delegated other : p.delegations()) {
      if (other == d || other.secondary().equals(d.secondary())) {
        continue;
      }
      boolean deeper =
          other.path().startsWith(d.path())
              && (!other.path().equals(d.path()) || other.exact() && !d.exact());
      boolean refines =
          other.path().equals(d.path())
              && other.exact() == d.exact()
              && other.header() != null
              && d.header() == null;
      if (deeper || refines) {
        out.add(other);
      }
    }
    return out;
  }

  private Primary primary(int index) {
    List<String> prefixes = new ArrayList<>();
    if (random.nextInt(10) < 8) {
      prefixes.add("/");
    }
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count * 3 && prefixes.size() < count + 1; i++) {
      String parent =
          prefixes.isEmpty() || random.nextInt(4) == 0
              ? "/"
              : prefixes.get(random.nextInt(prefixes.size()));
      String token = TOKENS[random.nextInt(TOKENS.length)];
      // now and then glue the token on without a slash: /api + v2 = /apiv2, which /api covers as
      // Istio compares
      String path =
          parent.endsWith("/")
              ? parent + token
              : random.nextInt(6) == 0 ? parent + token : parent + "/" + token;
      if (!prefixes.contains(path)) {
        prefixes.add(path);
      }
    }
    int roll = random.nextInt(10);
    Conditions conditions =
        roll == 0
            ? new Conditions(true, false, null)
            : roll == 1
                ? new Conditions(false, true, null)
                : roll == 2 ? new Conditions(true, true, null) : Conditions.NONE;
    List<Delegated> delegations = new ArrayList<>();
    for (String path : prefixes) {
      delegations.add(new Delegated(path, false, null, false, conditions, secondary()));
    }
    // a delegation of everything has no match to carry the conditions: only where there are none
    if (!prefixes.contains("/") && conditions.equals(Conditions.NONE) && random.nextBoolean()) {
      delegations.add(new Delegated("", false, null, true, conditions, secondary()));
    }
    for (String path : prefixes) {
      boolean leaf = prefixes.stream().noneMatch(q -> !q.equals(path) && q.startsWith(path));
      if (!leaf) {
        continue;
      }
      int refine = random.nextInt(10);
      if (refine < 3) {
        delegations.add(new Delegated(path, false, "x-canary", false, conditions, secondary()));
      } else if (refine < 5 && !path.equals("/")) {
        String exactPath =
            path + "/" + TOKENS[random.nextInt(TOKENS.length)] + "-" + random.nextInt(10);
        delegations.add(new Delegated(exactPath, true, null, false, conditions, secondary()));
      }
    }
    Collections.shuffle(delegations, random);
    return new Primary(
        "shop-" + index,
        index == 0 ? "default" : "edge",
        "shop-" + index + ".example.com",
        delegations);
  }

  private Secondary secondary() {
    int n = secondaries++;
    String namespace = NAMESPACES[random.nextInt(NAMESPACES.length)];
    Team team = Team.named("team-" + n).namespace(namespace).owners("@acme/team-" + n);
    Secondary s = team.secondary("vs-" + n);
    if (random.nextBoolean()) {
      s =
          s.defaultBackend(
              destination("default-" + n + "." + namespace + ".svc.cluster.local").port(8080));
    } else {
      s = s.failClosed();
    }
    if (random.nextInt(10) < 3) {
      s = s.sealed();
    }
    return s;
  }

  private List<TeamRoute> routes(Primary p, Delegated d) {
    List<Delegated> carveOuts = carveOuts(p, d);
    List<TeamRoute> routes = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int r = 0; r < count; r++) {
      List<Written> matches = new ArrayList<>();
      int alternatives = 1 + random.nextInt(3);
      for (int m = 0; m < alternatives; m++) {
        Written w = inScope(d, carveOuts);
        if (w != null) {
          matches.add(w);
        }
      }
      if (!matches.isEmpty()) {
        routes.add(new TeamRoute(matches, backends(d.secondary())));
      }
    }
    return routes;
  }

  /**
   * A match inside {@code d} that lies in none of the carve-outs, or {@code null} if none was found
   * quickly.
   */
  private Written inScope(Delegated d, List<Delegated> carveOuts) {
    if (d.exact()) {
      return new Written(exact(d.path()), d.path(), true);
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      String suffix = suffix();
      if (d.everything() && suffix.isEmpty()) {
        continue;
      }
      String absolute = Assembler.join(d.path(), suffix);
      boolean exactMatch = random.nextBoolean();
      if (carveOuts.stream().anyMatch(c -> inside(absolute, exactMatch, c))) {
        continue;
      }
      // relative paths need a scope with one URI prefix
      boolean relative = !d.everything() && random.nextInt(3) == 0;
      Match match =
          relative
              ? exactMatch ? relativeExact(suffix) : relativePrefix(suffix)
              : exactMatch ? exact(absolute) : prefix(absolute);
      if (random.nextInt(5) == 0) {
        match = match.header("x-user", "u" + random.nextInt(3));
      }
      if (d.conditions().gateways() && random.nextBoolean()) {
        match = match.gateways("ingress"); // short, as in the primary: vsplit qualifies it
      }
      return new Written(match, absolute, exactMatch);
    }
    return null;
  }

  /**
   * Whether every request a team match on {@code path} admits goes to the carve-out {@code c}
   * first.
   */
  static boolean inside(String path, boolean exactMatch, Delegated c) {
    if (c.header() != null) {
      return false; // the carve-out asks for a header the team's match does not
    }
    if (c.exact()) {
      return exactMatch && path.equals(c.path());
    }
    return path.startsWith(c.path());
  }

  private String suffix() {
    return switch (random.nextInt(6)) {
      case 0 -> "";
      case 1 -> "/" + TOKENS[random.nextInt(TOKENS.length)];
      case 2 -> "/" + TOKENS[random.nextInt(TOKENS.length)] + "/" + random.nextInt(100);
      case 3 -> "/" + TOKENS[random.nextInt(TOKENS.length)] + "-" + random.nextInt(10);
      case 4 ->
          "/" + TOKENS[random.nextInt(TOKENS.length)] + "/" + TOKENS[random.nextInt(TOKENS.length)];
      default -> "/" + random.nextInt(1000);
    };
  }

  private List<Backend> backends(Secondary s) {
    int count = 1 + random.nextInt(3);
    List<Backend> out = new ArrayList<>();
    int left = 100;
    for (int i = 0; i < count; i++) {
      Backend b =
          destination("svc-" + random.nextInt(5) + "." + s.namespace() + ".svc.cluster.local");
      if (random.nextBoolean()) {
        b = b.port(8000 + random.nextInt(100));
      }
      if (count > 1) {
        b = b.subset("v" + (i + 1));
        int weight = i == count - 1 ? left : 1 + random.nextInt(left - (count - 1 - i));
        left -= weight;
        b = b.weight(weight);
      }
      out.add(b);
    }
    return out;
  }

  /** Distinct paths of all delegations, for messages. */
  Set<String> describe() {
    Set<String> out = new LinkedHashSet<>();
    for (Primary p : primaries) {
      for (Delegated d : p.delegations()) {
        out.add(p.name() + ": " + d);
      }
    }
    for (Routed t : teams) {
      out.add(t.scope().secondary() + " routes " + t.routes());
    }
    return out;
  }
}
