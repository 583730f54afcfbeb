package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * VS115's shadowing against the simulator, on seeded random route lists (overlapping paths,
 * methods, headers and withoutHeaders, query parameters, ports, gateways, sources):
 *
 * <ul>
 *   <li>a route reported as shadowed is never the one a request takes, for any request tried;
 *   <li>where no regex, {@code ignoreUriCase} or other case Shadowing reads conservatively is
 *       generated, a route not reported is the one some constructed request takes.
 * </ul>
 *
 * <p>The requests for a route are built from each of its matches: a value inside each condition
 * that no other constant of the list starts (so earlier routes that do not contain the condition
 * miss it), tried with every distinct case of each header (absent, each constant, each constant
 * extended, a fresh value). A failure prints the seed; replay it with {@code -Dvsplit.seed=N}.
 */
class ShadowingSimulationTest {

  private static final int CASES = Integer.getInteger("vsplit.cases", 300);
  private static final String GW1 = "istio-system/gw1";
  private static final String GW2 = "istio-system/gw2";
  private static final String GW3 = "istio-system/gw3"; // bound, never named by a match
  private static final List<String> HEADER_VALUES =
      java.util.Arrays.asList(null, "", "1", "1~", "2", "2~", "~");

  @Test
  void reportedRoutesNeverWinAndUnreportedOnesWinSomeRequest() {
    int reported = 0;
    int unions = 0;
    int exactCases = 0;
    for (long seed : seeds()) {
      Random rnd = new Random(seed);
      boolean exact = rnd.nextInt(3) > 0;
      List<HTTPRoute> routes = new Gen(rnd, exact).routes();
      EffectiveVirtualService vs = effective(routes);
      Simulator simulator = new Simulator(List.of(vs), Map.of());
      Set<Integer> shadowed = new LinkedHashSet<>();
      for (Shadowing.Shadow s : Shadowing.find(vs)) {
        shadowed.add(s.route());
        unions += s.by().size() > 1 ? 1 : 0;
      }
      reported += shadowed.size();
      exactCases += exact ? 1 : 0;
      List<Request> requests = new ArrayList<>();
      for (HTTPRoute r : routes) {
        for (HTTPMatchRequest m :
            r.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : r.match()) {
          requests.addAll(witnesses(m));
        }
      }
      requests.addAll(randomRequests(rnd, routes, 200));
      Set<Integer> winners = new LinkedHashSet<>();
      for (Request q : requests) {
        Decision d = simulator.route(q);
        if (d.routed()) {
          int w = d.hit().position();
          winners.add(w);
          if (shadowed.contains(w)) {
            throw new AssertionError(
                context(seed, routes, shadowed)
                    + "\n"
                    + q
                    + " takes route "
                    + w
                    + ", reported shadowed\n"
                    + d.explain());
          }
        }
      }
      if (exact) {
        for (int k = 0; k < routes.size(); k++) {
          if (!shadowed.contains(k)) {
            if (!winners.contains(k)) {
              throw new AssertionError(
                  context(seed, routes, shadowed)
                      + "\nroute "
                      + k
                      + " is not reported, yet no request takes it");
            }
          }
        }
      }
    }
    // the generator must produce the cases that matter, not only trivial ones
    assertThat(reported).as("routes reported shadowed").isGreaterThan(CASES / 4);
    assertThat(unions)
        .as("routes shadowed by a union of earlier routes")
        .isGreaterThan(CASES / 100);
    assertThat(exactCases).isGreaterThan(CASES / 2);
  }

  private static List<Long> seeds() {
    String one = System.getProperty("vsplit.seed");
    if (one != null) {
      return List.of(Long.parseLong(one));
    }
    List<Long> out = new ArrayList<>();
    for (long s = 1; s <= CASES; s++) {
      out.add(s * 7919);
    }
    return out;
  }

  private static String context(long seed, List<HTTPRoute> routes, Set<Integer> shadowed) {
    StringBuilder out =
        new StringBuilder("seed ")
            .append(seed)
            .append(" (replay: -Dvsplit.seed=")
            .append(seed)
            .append(")\n");
    for (int i = 0; i < routes.size(); i++) {
      out.append("  #")
          .append(i)
          .append(' ')
          .append(RouteText.matches(routes.get(i).match()))
          .append(shadowed.contains(i) ? "   <- reported" : "")
          .append('\n');
    }
    return out.toString();
  }

  static EffectiveVirtualService effective(List<HTTPRoute> routes) {
    VirtualService vs =
        new VirtualService(
            ObjectMeta.of("gen", "istio-system"),
            VirtualServiceSpec.EMPTY
                .withHosts(List.of("*"))
                .withGateways(List.of(GW1, GW2, GW3))
                .withHttp(routes));
    List<EffectiveRoute> out = new ArrayList<>();
    for (int i = 0; i < routes.size(); i++) {
      out.add(new EffectiveRoute(routes.get(i), new RouteOrigin(vs.ref(), i, null, -1)));
    }
    return new EffectiveVirtualService(vs, out);
  }

  /**
   * Requests inside {@code m}: a fresh value within each of its conditions, every case of the
   * headers, each gateway it names.
   */
  static List<Request> witnesses(HTTPMatchRequest m) {
    String path = inside(m.uri(), "/~z");
    String method =
        m.method() == null || m.method() instanceof StringMatch.Empty
            ? "~M"
            : inside(m.method(), "~M");
    StringMatch q = m.queryParams().get("q");
    if (q != null) {
      path += "?q=" + (q instanceof StringMatch.Empty ? "~" : inside(q, "~"));
    }
    List<String> gateways = m.gateways().isEmpty() ? List.of(GW3) : m.gateways();
    List<Request> out = new ArrayList<>();
    for (String g : gateways) {
      for (String x : HEADER_VALUES) {
        for (String y : HEADER_VALUES) {
          Request r =
              Request.of(method, path)
                  .gateway(g)
                  .port(m.portNumber() == 0 ? 9999 : m.portNumber())
                  .sourceNamespace(m.sourceNamespace() == null ? "ns-other" : m.sourceNamespace())
                  .sourceLabels(m.sourceLabels());
          if (x != null) {
            r = r.header("x", x);
          }
          if (y != null) {
            r = r.header("y", y);
          }
          out.add(r);
        }
      }
    }
    return out;
  }

  private static String inside(StringMatch m, String fresh) {
    if (m == null || m instanceof StringMatch.Empty) {
      return fresh;
    }
    if (m instanceof StringMatch.Exact) {
      return m.value();
    }
    if (m instanceof StringMatch.Prefix) {
      return m.value() + "~z";
    }
    return fresh; // a regex: the random requests try values for it
  }

  private static List<Request> randomRequests(Random rnd, List<HTTPRoute> routes, int n) {
    Set<String> paths =
        new LinkedHashSet<>(
            List.of("/", "/~z", "/a", "/ab", "/b", "/a/b", "/A", "/AB", "/a~z", "/ab~z"));
    for (HTTPRoute r : routes) {
      for (HTTPMatchRequest m : r.match()) {
        if (m.uri() != null
            && !(m.uri() instanceof StringMatch.Empty)
            && !(m.uri() instanceof StringMatch.Regex)) {
          paths.add(m.uri().value());
          paths.add(m.uri().value() + "~z");
          paths.add(m.uri().value().toUpperCase(Locale.ROOT));
        }
      }
    }
    List<String> pathList = new ArrayList<>(paths);
    List<String> methods = List.of("GET", "POST", "P~", "~M");
    List<String> queries = java.util.Arrays.asList(null, "1", "1~", "~", "");
    List<String> gateways = List.of(GW1, GW2, GW3);
    List<Request> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String path = pathList.get(rnd.nextInt(pathList.size()));
      String q = queries.get(rnd.nextInt(queries.size()));
      Request r =
          Request.of(methods.get(rnd.nextInt(methods.size())), q == null ? path : path + "?q=" + q)
              .gateway(gateways.get(rnd.nextInt(3)))
              .port(rnd.nextBoolean() ? 80 : rnd.nextBoolean() ? 8080 : 9999);
      String x = HEADER_VALUES.get(rnd.nextInt(HEADER_VALUES.size()));
      String y = HEADER_VALUES.get(rnd.nextInt(HEADER_VALUES.size()));
      if (x != null) {
        r = r.header("x", x);
      }
      if (y != null) {
        r = r.header("y", y);
      }
      int src = rnd.nextInt(3);
      if (src > 0) {
        r = r.sourceNamespace(src == 1 ? "ns1" : "ns-other");
      }
      if (rnd.nextBoolean()) {
        r = r.sourceLabel("app", "web");
      }
      out.add(r);
    }
    return out;
  }

  /**
   * Route lists with small value pools, so that routes overlap often. In the exact fragment: no
   * regex, no {@code ignoreUriCase}, no empty header value under withoutHeaders, no source
   * conditions next to gateways (the cases Shadowing reads conservatively).
   */
  static final class Gen {
    private final Random rnd;
    private final boolean exact;

    Gen(Random rnd, boolean exact) {
      this.rnd = rnd;
      this.exact = exact;
    }

    List<HTTPRoute> routes() {
      int n = 2 + rnd.nextInt(6);
      List<HTTPRoute> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int matches = chance(5) ? 0 : chance(70) ? 1 : 2;
        List<HTTPMatchRequest> ms = new ArrayList<>();
        for (int j = 0; j < matches; j++) {
          ms.add(match());
        }
        out.add(
            HTTPRoute.EMPTY
                .withMatch(ms)
                .withRoute(
                    List.of(
                        HTTPRouteDestination.to(
                            Destination.host("r" + i + ".ns.svc.cluster.local")))));
      }
      return out;
    }

    private boolean chance(int percent) {
      return rnd.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
      return values.get(rnd.nextInt(values.size()));
    }

    private String path() {
      List<String> segments = List.of("a", "b", "ab");
      String p = "/" + pick(segments);
      if (chance(30)) {
        p += "/" + pick(segments);
      }
      return p;
    }

    HTTPMatchRequest match() {
      HTTPMatchRequest m = HTTPMatchRequest.EMPTY;
      int u = rnd.nextInt(100);
      if (u < 15) {
        m = m.withUri(null);
      } else if (u < 50) {
        m = m.withUri(StringMatch.exact(path()));
      } else if (u < 90 || exact) {
        m = m.withUri(StringMatch.prefix(chance(10) ? "/" : path()));
      } else {
        m = m.withUri(StringMatch.regex(pick(List.of("/a.*", "/(a|b)", "/ab?", "/a/b"))));
      }
      if (!exact && chance(10) && m.uri() != null) {
        m =
            m.withIgnoreUriCase(true)
                .withUri(
                    m.uri() instanceof StringMatch.Regex
                        ? m.uri()
                        : m.uri() instanceof StringMatch.Exact
                            ? StringMatch.exact(m.uri().value().toUpperCase(Locale.ROOT))
                            : StringMatch.prefix(m.uri().value().toUpperCase(Locale.ROOT)));
      }
      int meth = rnd.nextInt(100);
      if (meth < 15) {
        m = m.withMethod(StringMatch.exact("GET"));
      } else if (meth < 30) {
        m = m.withMethod(StringMatch.exact("POST"));
      } else if (meth < 35) {
        m = m.withMethod(StringMatch.prefix("P"));
      } else if (meth < 40) {
        m = m.withMethod(StringMatch.empty());
      }
      Map<String, StringMatch> headers = new LinkedHashMap<>();
      Map<String, StringMatch> without = new LinkedHashMap<>();
      for (String k : List.of("x", "y")) {
        if (chance(25)) {
          headers.put(
              k,
              exact
                  ? pick(
                      List.of(
                          StringMatch.exact("1"),
                          StringMatch.exact("2"),
                          StringMatch.prefix("1"),
                          StringMatch.empty()))
                  : pick(
                      List.of(
                          StringMatch.exact("1"),
                          StringMatch.prefix("1"),
                          StringMatch.empty(),
                          StringMatch.regex("1|2"))));
        }
        if (chance(18)) {
          without.put(
              k,
              exact
                  ? pick(
                      List.of(
                          StringMatch.exact("1"),
                          StringMatch.prefix("2"),
                          StringMatch.empty(),
                          StringMatch.exact("2")))
                  : pick(
                      List.of(
                          StringMatch.exact("1"),
                          StringMatch.empty(),
                          StringMatch.exact(""),
                          StringMatch.regex("2.*"))));
        }
      }
      m = m.withHeaders(headers).withWithoutHeaders(without);
      if (chance(15)) {
        m =
            m.withQueryParams(
                Map.of(
                    "q",
                    pick(
                        List.of(
                            StringMatch.exact("1"),
                            StringMatch.prefix("1"),
                            StringMatch.empty()))));
      }
      if (chance(15)) {
        m = m.withPort(pick(List.of(80, 8080)));
      }
      if (chance(25)) {
        m = m.withGateways(pick(List.of(List.of(GW1), List.of(GW2), List.of(GW1, GW2))));
      }
      boolean sourceAllowed = !exact || m.gateways().isEmpty();
      if (sourceAllowed && chance(12)) {
        m = m.withSourceNamespace("ns1");
      }
      if (sourceAllowed && chance(10)) {
        m = m.withSourceLabels(Map.of("app", "web"));
      }
      return m;
    }
  }
}
