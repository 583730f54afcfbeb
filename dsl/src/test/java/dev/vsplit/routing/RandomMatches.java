package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of match requests for the differential tests of the indexed checks: a small
 * vocabulary of paths nested by plain string prefix ({@code /a} holds {@code /ab}), with the
 * awkward cases the index must not get wrong: no path, {@code uri: {}}, paths without the leading
 * slash, the empty prefix, regexes, {@code ignoreUriCase}, and every other condition that decides
 * coverage. The same seed always gives the same matches.
 */
public final class RandomMatches {

  private static final String[] PATHS = {
    "/",
    "/a",
    "/a/",
    "/a/b",
    "/a/b/c",
    "/ab",
    "/api",
    "/api/v1",
    "/api/v1/x",
    "/api/v2",
    "/b",
    "a",
    "",
    "/A",
    "/a/B"
  };
  private static final String[] HEADERS = {"x-user", "x-canary"};
  private static final String[] VALUES = {"1", "10", "a"};

  private final Random random;

  public RandomMatches(long seed) {
    this.random = new Random(seed);
  }

  public Random random() {
    return random;
  }

  /** A route's matches: usually one or two, sometimes none (every request), sometimes three. */
  public List<HTTPMatchRequest> matches() {
    int n = pick(new int[] {1, 8, 4, 1}); // 0..3 matches
    List<HTTPMatchRequest> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(match());
    }
    return out;
  }

  public HTTPMatchRequest match() {
    HTTPMatchRequest m = HTTPMatchRequest.EMPTY.withUri(uri());
    if (chance(10)) {
      m = m.withIgnoreUriCase(true);
    }
    if (chance(25)) {
      m = m.withHeaders(keyed());
    }
    if (chance(10)) {
      Map<String, StringMatch> without = new LinkedHashMap<>();
      without.put(
          HEADERS[random.nextInt(HEADERS.length)], chance(80) ? StringMatch.empty() : value());
      m = m.withWithoutHeaders(without);
    }
    if (chance(10)) {
      m = m.withQueryParams(keyed());
    }
    if (chance(12)) {
      m =
          m.withMethod(
              chance(70)
                  ? StringMatch.exact(chance(50) ? "GET" : "POST")
                  : StringMatch.prefix("P"));
    }
    if (chance(8)) {
      m = m.withPort(chance(50) ? 80 : 8080);
    }
    if (chance(8)) {
      m = m.withGateways(chance(50) ? List.of("ns/gw-a") : List.of("ns/gw-a", "ns/gw-b"));
    }
    if (chance(5)) {
      m = m.withSourceNamespace(chance(50) ? "ns1" : "ns2");
    }
    if (chance(4)) {
      m = m.withSourceLabels(Map.of("app", chance(50) ? "a" : "b"));
    }
    if (chance(3)) {
      m =
          new HTTPMatchRequest(
              m.name(),
              m.uri(),
              m.scheme(),
              m.method(),
              m.authority(),
              m.headers(),
              m.port(),
              m.sourceLabels(),
              m.gateways(),
              m.queryParams(),
              m.ignoreUriCase(),
              m.withoutHeaders(),
              m.sourceNamespace(),
              m.statPrefix(),
              Map.of("unknownCondition", "x"));
    }
    return m;
  }

  private StringMatch uri() {
    int kind = pick(new int[] {12, 3, 42, 33, 6, 4}); // none, {}, prefix, exact, regex, prefix "/"
    return switch (kind) {
      case 0 -> null;
      case 1 -> StringMatch.empty();
      case 2 -> StringMatch.prefix(path());
      case 3 -> StringMatch.exact(path());
      case 4 -> StringMatch.regex(chance(50) ? "/a.*" : path());
      default -> StringMatch.prefix("/");
    };
  }

  private Map<String, StringMatch> keyed() {
    Map<String, StringMatch> out = new LinkedHashMap<>();
    int n = 1 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      out.put(HEADERS[random.nextInt(HEADERS.length)], value());
    }
    return out;
  }

  private StringMatch value() {
    String v = VALUES[random.nextInt(VALUES.length)];
    return switch (pick(new int[] {6, 3, 2, 1})) {
      case 0 -> StringMatch.exact(v);
      case 1 -> StringMatch.prefix(v);
      case 2 -> StringMatch.empty();
      default -> StringMatch.regex(v);
    };
  }

  public String path() {
    return PATHS[random.nextInt(PATHS.length)];
  }

  public boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  /** An index drawn with the given weights. */
  public int pick(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
