package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.SplitResult;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Split → compile → generate → effective routes equal, over seeded random monoliths of prefix/exact
 * routes to random destination hosts and random ownership maps.
 *
 * <p>Two properties: a map and routes made to fit each other always split cleanly and are proven;
 * any map with any routes either is refused with a reason per route (VS301–VS305) or is proven,
 * with or without {@code allowPartial}, and never yields a failed proof (VS308). A failure prints
 * its seed; replay it with {@code -Dvsplit.seed=<seed> -Dvsplit.propertyCases=1}.
 */
class SplitPropertyTest {

  private static final long SEED = Long.getLong("vsplit.seed", 20261127L);
  private static final int CASES = Integer.getInteger("vsplit.propertyCases", 20);

  private static final String[] SEGMENTS = {
    "api", "v1", "v2", "users", "log", "login", "static", "img", "a", "ab"
  };
  private static final String[] HOSTS = {
    "web",
    "api.default.svc.cluster.local",
    "users.accounts.svc.cluster.local",
    "img",
    "login.identity.svc.cluster.local"
  };
  private static final Set<Code> REASONS =
      Set.of(
          Code.VS301,
          Code.VS302,
          Code.VS303,
          Code.VS304,
          Code.VS305,
          Code.VS306,
          Code.VS309,
          Code.VS311,
          Code.VS312);

  @TempDir Path dir;

  /** One delegation of a random map: a path (prefix or exact) to a team's secondary. */
  private record Owned(String path, boolean prefix, int team, String secondary) {}

  @Test
  void routesMadeToFitTheirOwnersAlwaysSplitAndAreProven() throws Exception {
    int routes = 0;
    int reordered = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      Random random = new Random(seed);
      List<Owned> map = map(random);
      String monolith = Fixtures.monolith(fittingRoutes(random, map));
      SplitResult result =
          Fixtures.split(Files.createTempDirectory(dir, "fit"), monolith, ownership(map), false);
      String context =
          "seed "
              + seed
              + " (replay: -Dvsplit.seed="
              + seed
              + " -Dvsplit.propertyCases=1)\n"
              + ownership(map)
              + monolith
              + Fixtures.all(result.findings());
      assertThat(result.errors()).as(context).isEmpty();
      assertThat(result.proven()).as(context).isTrue();
      routes += Integer.parseInt(result.proof().get(0).replaceAll("^[^:]+: (\\d+) route.*", "$1"));
      reordered += Integer.parseInt(result.proof().get(0).replaceAll(".*; (\\d+) pair.*", "$1"));
    }
    System.out.println(
        "split property (made to fit): "
            + CASES
            + " monoliths, "
            + routes
            + " routes, "
            + reordered
            + " reordered pairs proven disjoint");
    assertThat(reordered).as("the cases must exercise reordering").isPositive();
  }

  @Test
  void anyMapWithAnyRoutesIsRefusedWithReasonsOrProvenNeverWrongAndNeverOverstated()
      throws Exception {
    int[] outcomes = new int[4]; // refused, proven; partial: refused, proven
    int changed = 0; // partial splits whose proof says routing changed
    int detected = 0; // ... and where simulation finds a request that takes another route
    java.util.Map<Code, Integer> reasons = new java.util.TreeMap<>();
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + 1000 + i;
      Random random = new Random(seed);
      List<Owned> map = map(random);
      String monolith = Fixtures.monolith(anyRoutes(random));
      for (boolean partial : new boolean[] {false, true}) {
        SplitResult result =
            Fixtures.split(
                Files.createTempDirectory(dir, "any"), monolith, ownership(map), partial);
        String context =
            "seed "
                + seed
                + " partial "
                + partial
                + " (replay: -Dvsplit.seed="
                + (seed - 1000)
                + " -Dvsplit.propertyCases=1)\n"
                + ownership(map)
                + monolith
                + Fixtures.all(result.findings());
        for (Finding f : result.findings()) {
          assertThat(f.code()).as(context).isIn(REASONS);
          reasons.merge(f.code(), 1, Integer::sum);
        }
        outcomes[(partial ? 2 : 0) + (result.proven() ? 1 : 0)]++;
        assertThat(result.proven()).as(context).isEqualTo(!result.hasErrors());
        if (!result.hasErrors()) {
          assertThat(result.written()).as(context).isNotEmpty();
          // the proof's last line claims "unchanged" exactly when request simulation, which does
          // not use the proof's code, finds no request that takes another route
          boolean claimsUnchanged =
              result.proof().get(result.proof().size() - 1).startsWith("routing is unchanged");
          List<String> differences =
              RoutingProbes.differences(
                  RoutingProbes.monolith(monolith), RoutingProbes.split(result.sources()));
          boolean leftOut = result.findings().stream().anyMatch(f -> f.code() == Code.VS312);
          assertThat(claimsUnchanged).as(context).isEqualTo(!leftOut);
          if (claimsUnchanged) {
            assertThat(differences).as(context).isEmpty();
          } else {
            changed++;
            detected += differences.isEmpty() ? 0 : 1;
          }
        }
      }
    }
    System.out.println(
        "split property (any): "
            + CASES
            + " monoliths; strict: "
            + outcomes[0]
            + " refused, "
            + outcomes[1]
            + " proven; partial: "
            + outcomes[2]
            + " refused, "
            + outcomes[3]
            + " proven; reasons "
            + reasons
            + "; partial splits that changed routing: "
            + changed
            + ", of which simulation found a changed request in "
            + detected);
    if (CASES >= 10) {
      assertThat(outcomes[0]).as("some random splits must be refused").isPositive();
      assertThat(outcomes[1] + outcomes[3]).as("some random splits must be proven").isPositive();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // generators

  /** 2–6 delegations, each its own secondary, over 2–3 teams; often {@code /} too. */
  private static List<Owned> map(Random random) {
    List<Owned> out = new ArrayList<>();
    int teams = 2 + random.nextInt(2);
    if (random.nextInt(10) < 7) {
      out.add(new Owned("/", true, random.nextInt(teams), "root"));
    }
    int n = 1 + random.nextInt(5);
    for (int i = 0; out.size() < n + 1 && i < 50; i++) {
      String path = path(random, 1 + random.nextInt(3));
      boolean prefix = random.nextInt(5) > 0;
      if (out.stream().noneMatch(o -> o.path.equals(path))) {
        out.add(new Owned(path, prefix, random.nextInt(teams), "s" + out.size()));
      }
    }
    return out;
  }

  private static String path(Random random, int depth) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      p.append('/').append(SEGMENTS[random.nextInt(SEGMENTS.length)]);
    }
    return p.toString();
  }

  private static String ownership(List<Owned> map) {
    StringBuilder out = new StringBuilder("package: com.example.random\ndelegations:\n");
    for (Owned o : map) {
      out.append("- {")
          .append(o.prefix ? "prefix" : "exact")
          .append(": ")
          .append(o.path)
          .append(", team: t")
          .append(o.team)
          .append(", secondary: ")
          .append(o.secondary)
          .append(", namespace: ns-t")
          .append(o.team)
          .append("}\n");
    }
    return out.toString();
  }

  /**
   * Routes whose every match lies in one delegation's path and in none more specific; a catch-all
   * last when {@code /} is owned.
   */
  private static String fittingRoutes(Random random, List<Owned> map) {
    StringBuilder out = new StringBuilder();
    int routes = 2 + random.nextInt(10);
    for (int r = 0; r < routes; r++) {
      List<String> matches = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        Owned owner = map.get(random.nextInt(map.size()));
        String match = fittingMatch(random, owner, map);
        if (match != null) {
          matches.add(match);
        }
      }
      if (!matches.isEmpty()) {
        out.append(route(random, matches));
      }
    }
    if (map.stream().anyMatch(o -> o.path.equals("/")) && random.nextBoolean()) {
      out.append(route(random, List.of()));
    }
    return out.isEmpty()
        ? route(random, List.of(uri("exact", map.get(0).path, random)))
        : out.toString();
  }

  private static String fittingMatch(Random random, Owned owner, List<Owned> map) {
    for (int attempt = 0; attempt < 20; attempt++) {
      boolean prefix = owner.prefix && random.nextBoolean();
      String path =
          owner.prefix
              ? join(owner.path, random.nextInt(3) == 0 ? "" : path(random, 1 + random.nextInt(2)))
              : owner.path;
      if (path.isEmpty()) {
        continue;
      }
      boolean clean = true;
      for (Owned other : map) {
        if (other == owner) {
          continue;
        }
        boolean inner =
            other.prefix
                ? other.path.startsWith(owner.path)
                    && other.path.length() > owner.path.length()
                    && owner.prefix
                : owner.prefix && other.path.startsWith(owner.path);
        // a more specific delegation must neither hold nor share requests with the match
        boolean shares =
            other.prefix
                ? path.startsWith(other.path) || (prefix && other.path.startsWith(path))
                : other.path.equals(path) || (prefix && other.path.startsWith(path));
        if (inner && shares) {
          clean = false;
          break;
        }
        if (!inner
            && shares
            && !(other.prefix && owner.path.startsWith(other.path) && owner.prefix)) {
          clean = false;
          break;
        }
      }
      if (clean) {
        return uri(prefix ? "prefix" : "exact", path, random);
      }
    }
    return null;
  }

  /**
   * Routes anywhere: random prefixes and exact paths, catch-alls anywhere, now and then a regex.
   */
  private static String anyRoutes(Random random) {
    StringBuilder out = new StringBuilder();
    int routes = 1 + random.nextInt(10);
    for (int r = 0; r < routes; r++) {
      List<String> matches = new ArrayList<>();
      int count = random.nextInt(4);
      for (int k = 0; k < count; k++) {
        int kind = random.nextInt(10);
        matches.add(
            kind == 0
                ? "- uri: {regex: '/api/.*'}\n"
                : uri(kind < 6 ? "prefix" : "exact", path(random, 1 + random.nextInt(3)), random));
      }
      out.append(route(random, matches));
    }
    return out.toString();
  }

  private static String join(String base, String rest) {
    return base.equals("/") ? (rest.isEmpty() ? "/" : rest) : base + rest;
  }

  private static String uri(String kind, String path, Random random) {
    String match = "- uri: {" + kind + ": '" + path + "'}\n";
    if (random.nextInt(5) == 0) {
      match += "  headers: {x-canary: {exact: 'true'}}\n";
    }
    return match;
  }

  /** A route with these matches (YAML list items) and a random action. */
  private static String route(Random random, List<String> matches) {
    StringBuilder out = new StringBuilder("- name: r").append(random.nextInt(1000)).append('\n');
    if (!matches.isEmpty()) {
      out.append("  match:\n");
      for (String m : matches) {
        out.append(m.indent(2));
      }
    }
    switch (random.nextInt(6)) {
      case 0 -> out.append("  redirect: {uri: /moved, redirectCode: 308}\n");
      case 1 -> out.append("  directResponse: {status: 503}\n");
      case 2 ->
          out.append("  route:\n  - destination: {host: ")
              .append(HOSTS[random.nextInt(HOSTS.length)])
              .append(
                  ", subset: v1, port: {number: 8080}}\n    weight: 80\n  - destination: {host: ")
              .append(HOSTS[random.nextInt(HOSTS.length)])
              .append(", subset: v2, port: {number: 8080}}\n    weight: 20\n");
      default ->
          out.append("  route:\n  - destination: {host: ")
              .append(HOSTS[random.nextInt(HOSTS.length)])
              .append("}\n")
              .append(
                  random.nextBoolean()
                      ? "  timeout: 5s\n  retries: {attempts: 2, perTryTimeout: 1s, retryOn: 5xx}\n"
                      : "");
    }
    return out.toString();
  }
}
