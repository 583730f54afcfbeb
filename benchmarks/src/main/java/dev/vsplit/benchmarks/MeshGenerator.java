package dev.vsplit.benchmarks;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Backend;
import dev.vsplit.Match;
import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Route;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.Team;
import dev.vsplit.TeamSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of realistic meshes, as large teams write them: one primary on one host whose
 * delegations form a prefix tree, and one team spec per secondary.
 *
 * <ul>
 *   <li>{@code n} delegations: a catch-all {@code /} (the web front end), four exact paths ({@code
 *       /login}, {@code /logout}, {@code /healthz}, {@code /robots.txt}), and {@code
 *       /api/<service>/<version>} for services with one to three versions; one service in ten also
 *       keeps a service-level {@code /api/<service>} (the versions are carved out of it), and one
 *       version in fifty has a canary delegation: the same prefix plus a header, to another team;
 *   <li>{@code r} routes per secondary: exact and prefix paths inside the scope (about 40 % exact),
 *       20 % with a header condition, half of them split by weight between two subsets, one in
 *       seven with a rewrite, some with timeouts and retries, and a catch-all of the whole scope
 *       last;
 *   <li>secondaries grouped ten to a team, each team in its own namespace with its own owners.
 * </ul>
 *
 * <p>The same seed gives the same mesh; the mesh is valid (vsplit reports nothing), so every phase
 * does its full work.
 */
public final class MeshGenerator {

  /** A generated mesh: one mesh spec, one team spec per secondary. */
  public record Generated(MeshSpec mesh, List<TeamSpec> teams, int delegations, int routes) {
    /** The specs in the order {@code Vsplit.load(Object...)} takes them. */
    public Object[] specs() {
      List<Object> all = new ArrayList<>(teams.size() + 1);
      all.add(mesh);
      all.addAll(teams);
      return all.toArray();
    }
  }

  private static final String[] SERVICES = {
    "orders", "catalog", "cart", "payments", "search", "reviews", "accounts", "shipping",
        "inventory", "pricing",
    "recommendations", "notifications", "media", "loyalty", "returns", "tax", "fraud", "ledger",
        "profile", "support"
  };
  private static final String[] RESOURCES = {
    "items", "lines", "status", "history", "summary", "events", "export", "batch"
  };
  private static final String[] EXACT_PATHS = {"/login", "/logout", "/healthz", "/robots.txt"};

  /**
   * What one delegation hands out and to which secondary; {@code exact} delegations hand out one
   * path.
   */
  private record Planned(
      String path, boolean exact, String header, Secondary secondary, String host, boolean root) {}

  private MeshGenerator() {}

  /** A mesh with {@code n} delegations of {@code r} routes each, the same for the same seed. */
  public static Generated generate(int n, int r, long seed) {
    if (n < EXACT_PATHS.length + 2 || r < 2) {
      throw new IllegalArgumentException(
          "need n >= " + (EXACT_PATHS.length + 2) + " and r >= 2, got n=" + n + ", r=" + r);
    }
    Random random = new Random(seed);
    List<Planned> planned = new ArrayList<>(n);
    Teams teams = new Teams();
    planned.add(planned("/", false, null, teams, "web-frontend", "web", true));
    for (String path : EXACT_PATHS) {
      String name = "identity" + path.replace("/", "-").replace(".", "-");
      planned.add(planned(path, true, null, teams, name, "identity", false));
    }
    for (int s = 0; planned.size() < n; s++) {
      String service = String.format("%s-%05d", SERVICES[s % SERVICES.length], s);
      int versions = 1 + random.nextInt(3);
      for (int v = 1; v <= versions && planned.size() < n; v++) {
        String path = "/api/" + service + "/v" + v;
        planned.add(planned(path, false, null, teams, service + "-v" + v, service, false));
        if (random.nextInt(50) == 0 && planned.size() < n) {
          planned.add(
              planned(
                  path, false, "x-canary", teams, service + "-v" + v + "-canary", service, false));
        }
      }
      if (random.nextInt(10) == 0 && planned.size() < n) {
        planned.add(
            planned("/api/" + service, false, null, teams, service + "-legacy", service, false));
      }
    }
    // The administrator writes delegations in no particular order; vsplit orders them.
    java.util.Collections.shuffle(planned, random);
    List<TeamSpec> teamSpecs = new ArrayList<>(planned.size());
    for (Planned p : planned) {
      teamSpecs.add(new GeneratedTeamSpec(p, r, random.nextLong()));
    }
    return new Generated(
        new GeneratedMeshSpec(List.copyOf(planned)),
        List.copyOf(teamSpecs),
        planned.size(),
        planned.size() * r);
  }

  private static Planned planned(
      String path,
      boolean exact,
      String header,
      Teams teams,
      String name,
      String service,
      boolean root) {
    Team team = teams.next();
    Secondary secondary = team.secondary(name);
    return new Planned(
        path,
        exact,
        header,
        secondary,
        service + "." + team.namespace() + ".svc.cluster.local",
        root);
  }

  /** Ten secondaries to a team, each team in its own namespace. */
  private static final class Teams {
    private int count;
    private Team current;

    Team next() {
      if (count % 10 == 0) {
        int k = count / 10;
        current = Team.named("team-" + k).namespace("team-" + k).owners("@example/team-" + k);
      }
      count++;
      return current;
    }
  }

  /** The administrator's spec: one gateway, one primary with every delegation. */
  private static final class GeneratedMeshSpec implements MeshSpec {
    private final List<Planned> planned;

    GeneratedMeshSpec(List<Planned> planned) {
      this.planned = planned;
    }

    @Override
    public void define(Mesh mesh) {
      mesh.owners("@example/platform");
      Mesh.GatewayBuilder gateway =
          mesh.gateway("public-gateway", "istio-system")
              .selector("istio", "ingressgateway")
              .httpsServer(443, "https", "shop-example-com-cert", "shop.example.com")
              .httpsRedirect(80, "http", "shop.example.com");
      Mesh.PrimaryBuilder primary =
          mesh.primary("shop", "istio-system").hosts("shop.example.com").gateways(gateway);
      for (Planned p : planned) {
        Match m = p.exact() ? exact(p.path()) : prefix(p.path());
        if (p.header() != null) {
          m = m.header(p.header(), "true");
        }
        primary.delegate(m, p.secondary());
      }
    }
  }

  /**
   * One team's routes for one secondary: {@code r} routes inside its scope, the last one a
   * catch-all.
   */
  private static final class GeneratedTeamSpec implements TeamSpec {
    private final Planned planned;
    private final int r;
    private final long seed;

    GeneratedTeamSpec(Planned planned, int r, long seed) {
      this.planned = planned;
      this.r = r;
      this.seed = seed;
    }

    @Override
    public Secondary secondary() {
      return planned.secondary();
    }

    @Override
    public void define(Routes http) {
      Random random = new Random(seed);
      String base = planned.root() ? "" : planned.path();
      for (int i = 0; i < r - 1; i++) {
        Match match;
        if (planned.exact()) {
          // one path: teams route it by tenant
          match = exact(planned.path()).header("x-tenant", "tenant-" + i);
        } else {
          String resource = base + "/" + RESOURCES[i % RESOURCES.length] + "-" + i;
          match = random.nextInt(10) < 4 ? exact(resource) : prefix(resource + "/");
          if (random.nextInt(5) == 0) {
            match = match.header("x-version", "beta");
          }
        }
        Route route = http.route(planned.secondary().name() + "-" + i).match(match);
        Backend primary = destination(planned.host()).port(8080);
        if (random.nextBoolean()) {
          int canary = 5 + random.nextInt(20);
          route.to(
              primary.subset("stable").weight(100 - canary),
              primary.subset("canary").weight(canary));
        } else {
          route.to(primary.subset("stable"));
        }
        if (random.nextInt(7) == 0) {
          route.rewrite("/" + RESOURCES[i % RESOURCES.length]);
        }
        if (random.nextInt(4) == 0) {
          route.timeout((1 + random.nextInt(10)) + "s");
        }
        if (random.nextInt(6) == 0) {
          route.retries(3, "500ms", "5xx,reset,connect-failure");
        }
      }
      Match all =
          planned.exact() ? exact(planned.path()) : prefix(planned.root() ? "/" : planned.path());
      if (planned.header() != null) {
        all = all.header(planned.header(), "true");
      }
      http.route(planned.secondary().name() + "-default")
          .match(all)
          .to(destination(planned.host()).port(8080));
    }
  }
}
