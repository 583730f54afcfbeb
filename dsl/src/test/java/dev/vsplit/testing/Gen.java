package dev.vsplit.testing;

import dev.vsplit.model.Delegate;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Seeded generators of matches, routes, VirtualService sets and requests. Values come from small
 * alphabets ({@code /}, {@code a}, {@code b}, {@code A} for paths; {@code 1}, {@code 2} for header
 * and query values) so that prefixes, equal values and case variants occur often.
 */
public final class Gen {

  public static final List<String> GATEWAYS = List.of("ns1/gw1", "ns1/gw2", "mesh");
  static final List<String> HEADER_KEYS = List.of("x-a", "x-b");
  static final List<String> QUERY_KEYS = List.of("q", "v");
  static final List<String> METHODS = List.of("GET", "POST", "PUT");
  static final List<String> AUTHORITIES = List.of("a.example.com", "b.example.com");
  static final List<String> NAMESPACES = List.of("ns1", "ns2");
  static final List<String> LABEL_VALUES = List.of("a", "b");
  private static final String PATH_CHARS =
      "ab/Ak\u212A"; // \u212A KELVIN SIGN: Java lower-cases it to k, Envoy (ASCII folding) does not
  private static final String VALUE_CHARS = "12";
  private static final Pattern REGEX_LITERAL =
      Pattern.compile("^(.*?)(\\.\\*|\\[ab]\\*|\\[12]\\*)?$");

  private final Random r;

  public Gen(Random r) {
    this.r = r;
  }

  public Random random() {
    return r;
  }

  public boolean chance(double p) {
    return r.nextDouble() < p;
  }

  public <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  public int between(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // values

  String tail(String chars, int max) {
    int n = r.nextInt(max + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(chars.charAt(r.nextInt(chars.length())));
    }
    return out.toString();
  }

  public String path() {
    return "/" + tail(PATH_CHARS, 3);
  }

  String headerValue() {
    return VALUE_CHARS.charAt(r.nextInt(2)) + tail(VALUE_CHARS, 1);
  }

  /**
   * A regex whose meaning is the same in RE2 and java.util.regex: a literal, optionally followed by
   * {@code .*} or a class star.
   */
  String regex(String literal, String chars) {
    return literal
        + switch (r.nextInt(3)) {
          case 0 -> "";
          case 1 -> ".*";
          default -> "[" + chars + "]*";
        };
  }

  /** A string the regex made by {@link #regex} matches. */
  String witness(String regex, String chars) {
    var m = REGEX_LITERAL.matcher(regex);
    m.matches();
    return m.group(2) == null ? m.group(1) : m.group(1) + tail(chars, 2);
  }

  StringMatch uri() {
    return switch (r.nextInt(20)) {
      case 0 -> StringMatch.empty();
      case 1 -> StringMatch.prefix("");
      case 2, 3, 4 -> StringMatch.regex(regex(path(), "ab"));
      case 5, 6, 7, 8, 9 -> StringMatch.exact(path());
      default -> StringMatch.prefix(path());
    };
  }

  StringMatch headerMatch(boolean allowEmpty) {
    int k = r.nextInt(allowEmpty ? 8 : 7);
    return switch (k) {
      case 0, 1, 2 -> StringMatch.exact(headerValue());
      case 3, 4 -> StringMatch.prefix(headerValue());
      case 5, 6 -> StringMatch.regex(regex(headerValue(), "12"));
      default -> StringMatch.empty();
    };
  }

  StringMatch method() {
    return switch (r.nextInt(4)) {
      case 0 -> StringMatch.prefix("P");
      case 1 -> StringMatch.regex("GET|POST");
      default -> StringMatch.exact(pick(METHODS));
    };
  }

  StringMatch authority() {
    return r.nextBoolean()
        ? StringMatch.exact(pick(AUTHORITIES))
        : StringMatch.prefix(pick(AUTHORITIES).substring(0, 2));
  }

  // ---------------------------------------------------------------------------------------------
  // matches

  /** A random match; {@code rich} adds the rarer fields (scheme, authority, source, gateways). */
  public HTTPMatchRequest match(boolean rich) {
    HTTPMatchRequest m = HTTPMatchRequest.EMPTY;
    if (chance(0.8)) {
      m = m.withUri(uri());
    }
    if (chance(0.25)) {
      m = m.withMethod(method());
    }
    if (chance(0.3)) {
      m = m.withHeaders(keyed(HEADER_KEYS, true));
    }
    if (chance(0.15)) {
      m = m.withWithoutHeaders(keyed(HEADER_KEYS, true));
    }
    if (chance(0.2)) {
      m = m.withQueryParams(keyed(QUERY_KEYS, false));
    }
    if (chance(0.15)) {
      m = m.withIgnoreUriCase(r.nextBoolean());
    }
    if (chance(0.15)) {
      m = m.withPort(r.nextBoolean() ? 80 : 8080);
    }
    if (rich) {
      if (chance(0.1)) {
        m = m.withScheme(StringMatch.exact(r.nextBoolean() ? "http" : "https"));
      }
      if (chance(0.1)) {
        m = m.withAuthority(authority());
      }
      if (chance(0.15)) {
        m = m.withSourceNamespace(pick(NAMESPACES));
      }
      if (chance(0.15)) {
        m = m.withSourceLabels(labels());
      }
      if (chance(0.15)) {
        m = m.withGateways(gateways());
      }
    }
    return m;
  }

  Map<String, StringMatch> keyed(List<String> keys, boolean allowEmpty) {
    Map<String, StringMatch> out = new LinkedHashMap<>();
    for (String k : keys) {
      if (chance(0.5)) {
        out.put(k, headerMatch(allowEmpty));
      }
    }
    if (out.isEmpty()) {
      out.put(pick(keys), headerMatch(allowEmpty));
    }
    return out;
  }

  Map<String, String> labels() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("app", pick(LABEL_VALUES));
    if (r.nextBoolean()) {
      out.put("tier", pick(LABEL_VALUES));
    }
    return out;
  }

  List<String> gateways() {
    List<String> out = new ArrayList<>();
    for (String g : GATEWAYS) {
      if (r.nextBoolean()) {
        out.add(g);
      }
    }
    if (out.isEmpty()) {
      out.add(pick(GATEWAYS));
    }
    return out;
  }

  public List<HTTPMatchRequest> matches(int max, boolean rich) {
    int n = r.nextInt(max + 1);
    List<HTTPMatchRequest> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(match(rich));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // strict extensions: matches that fit inside a root match by Istio's hasConflict

  /**
   * A match that fits inside {@code root} (Istio's {@code hasConflict} is false) and admits a
   * subset of its requests: longer prefixes, an exact path under a prefix, extra headers and query
   * parameters, the same port, ignoreUriCase and sourceNamespace, a subset of the gateways.
   */
  public HTTPMatchRequest extension(HTTPMatchRequest root) {
    HTTPMatchRequest d =
        HTTPMatchRequest.EMPTY
            .withUri(extendString(root.uri(), this::uri, "ab/A", r.nextBoolean()))
            .withScheme(
                extendString(root.scheme(), () -> StringMatch.exact("https"), "s", r.nextBoolean()))
            .withMethod(extendString(root.method(), this::method, "T", r.nextBoolean()))
            .withAuthority(extendString(root.authority(), this::authority, ".", r.nextBoolean()))
            .withHeaders(extendKeyed(root.headers(), HEADER_KEYS, true))
            .withWithoutHeaders(extendWithout(root.withoutHeaders()))
            .withQueryParams(extendKeyed(root.queryParams(), QUERY_KEYS, false))
            .withIgnoreUriCase(
                root.ignoresUriCase() ? Boolean.TRUE : chance(0.3) ? Boolean.FALSE : null)
            .withPort(
                root.portNumber() != 0
                    ? (chance(0.5) ? root.port() : null)
                    : chance(0.2) ? 8080 : null)
            .withSourceNamespace(
                notEmpty(root.sourceNamespace())
                    ? root.sourceNamespace()
                    : chance(0.2) ? pick(NAMESPACES) : null)
            .withSourceLabels(extendLabels(root.sourceLabels()))
            .withGateways(extendGateways(root.gateways()));
    return d;
  }

  /**
   * A leaf StringMatch that does not conflict with {@code root} and is at least as narrow: the same
   * value, a longer prefix, an exact value under a prefix; left out under a regex or an empty
   * value.
   */
  /**
   * The same match with its URI in other letter case (exact and prefix) and ignoreUriCase drawn
   * again.
   */
  public HTTPMatchRequest caseVariant(HTTPMatchRequest m) {
    StringMatch uri = m.uri();
    if (uri instanceof StringMatch.Exact e) {
      uri = StringMatch.exact(flipCase(e.value()));
    } else if (uri instanceof StringMatch.Prefix p) {
      uri = StringMatch.prefix(flipCase(p.value()));
    }
    return m.withUri(uri).withIgnoreUriCase(r.nextBoolean() ? Boolean.TRUE : null);
  }

  private StringMatch extendString(
      StringMatch root,
      java.util.function.Supplier<StringMatch> fresh,
      String chars,
      boolean mention) {
    if (root == null) {
      return mention && chance(0.5) ? fresh.get() : null;
    }
    if (!mention || root.value().isEmpty() || root instanceof StringMatch.Regex) {
      return null; // only "not tested" fits under a regex or a value-less match
    }
    if (root instanceof StringMatch.Exact) {
      return root;
    }
    String longer = root.value() + tail(chars, 2);
    return r.nextBoolean() ? StringMatch.prefix(longer) : StringMatch.exact(longer);
  }

  private Map<String, StringMatch> extendKeyed(
      Map<String, StringMatch> root, List<String> keys, boolean allowEmpty) {
    Map<String, StringMatch> out = new LinkedHashMap<>();
    for (var e : root.entrySet()) {
      StringMatch v = extendString(e.getValue(), () -> null, "12", r.nextBoolean());
      if (v != null) {
        out.put(e.getKey(), v);
      }
    }
    for (String k : keys) {
      if (!root.containsKey(k) && chance(0.3)) {
        out.put(k, headerMatch(allowEmpty));
      }
    }
    return out;
  }

  /**
   * The same exclusions (Istio's subset rule is not inverted for withoutHeaders: copying them keeps
   * the merge exact), plus new ones.
   */
  private Map<String, StringMatch> extendWithout(Map<String, StringMatch> root) {
    Map<String, StringMatch> out = new LinkedHashMap<>();
    for (var e : root.entrySet()) {
      if (!e.getValue().value().isEmpty()
          && !(e.getValue() instanceof StringMatch.Regex)
          && r.nextBoolean()) {
        out.put(e.getKey(), e.getValue());
      }
    }
    for (String k : HEADER_KEYS) {
      if (!root.containsKey(k) && chance(0.2)) {
        out.put(k, headerMatch(true));
      }
    }
    return out;
  }

  private Map<String, String> extendLabels(Map<String, String> root) {
    Map<String, String> out = new LinkedHashMap<>();
    root.forEach(
        (k, v) -> {
          if (r.nextBoolean()) {
            out.put(k, v);
          }
        });
    if (!root.containsKey("zone") && chance(0.2)) {
      out.put("zone", pick(LABEL_VALUES));
    }
    return out;
  }

  private List<String> extendGateways(List<String> root) {
    if (root.isEmpty()) {
      return chance(0.2) ? gateways() : List.of();
    }
    if (r.nextBoolean()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String g : root) {
      if (r.nextBoolean()) {
        out.add(g);
      }
    }
    if (out.isEmpty()) {
      out.add(pick(root));
    }
    return out;
  }

  private static boolean notEmpty(String s) {
    return s != null && !s.isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // routes and VirtualServices

  HTTPRoute routeTo(String host, List<HTTPMatchRequest> match) {
    return HTTPRoute.EMPTY
        .withMatch(match)
        .withRoute(List.of(HTTPRouteDestination.to(Destination.host(host))));
  }

  public static VirtualService vs(
      String namespace, String name, List<String> hosts, List<HTTPRoute> http) {
    return new VirtualService(
        ObjectMeta.of(name, namespace), VirtualServiceSpec.EMPTY.withHosts(hosts).withHttp(http));
  }

  /** A VirtualService with hosts and 1..{@code max} plain routes with random matches. */
  public VirtualService routeList(int max) {
    int n = between(1, max);
    List<HTTPRoute> http = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      http.add(routeTo("svc" + i + ".ns1.svc.cluster.local", matches(2, true)));
    }
    return vs("ns1", "routes", List.of("a.example.com"), http);
  }

  /**
   * A primary ({@code ns1/root}) with plain routes and delegations, and the secondaries it names,
   * each referenced once; their matches are mostly extensions of the delegating route's matches,
   * sometimes random (so some routes are dropped). Sometimes a delegation names a VirtualService
   * that does not exist, and an independent VirtualService is added.
   */
  public List<VirtualService> mesh() {
    List<VirtualService> out = new ArrayList<>();
    List<HTTPRoute> rootRoutes = new ArrayList<>();
    int n = between(1, 4);
    int delegations = 0;
    for (int i = 0; i < n; i++) {
      List<HTTPMatchRequest> rootMatch = matches(2, true);
      if (chance(0.35)) {
        rootRoutes.add(routeTo("web" + i + ".ns1.svc.cluster.local", rootMatch));
        continue;
      }
      String ns = pick(NAMESPACES);
      String name = "d" + delegations++;
      rootRoutes.add(HTTPRoute.EMPTY.withMatch(rootMatch).withDelegate(Delegate.of(name, ns)));
      if (chance(0.1)) {
        continue; // not found
      }
      List<HTTPRoute> http = new ArrayList<>();
      int routes = between(1, 3);
      for (int j = 0; j < routes; j++) {
        List<HTTPMatchRequest> match = new ArrayList<>();
        int matches = r.nextInt(3);
        for (int k = 0; k < matches; k++) {
          match.add(
              !rootMatch.isEmpty() && chance(0.75) ? extension(pick(rootMatch)) : match(true));
        }
        http.add(routeTo(name + "-" + j + "." + ns + ".svc.cluster.local", match));
      }
      out.add(vs(ns, name, List.of(), http));
    }
    out.add(0, vs("ns1", "root", List.of("a.example.com"), rootRoutes));
    if (chance(0.3)) {
      out.add(
          vs(
              "ns2",
              "independent",
              List.of("b.example.com"),
              List.of(routeTo("other.ns2.svc.cluster.local", matches(1, false)))));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // requests

  /** A random request, unrelated to any match. */
  public Request request() {
    return request(null);
  }

  /**
   * A request built to satisfy {@code target} (when not {@code null}), then perturbed at random so
   * that near misses occur as well.
   */
  public Request request(HTTPMatchRequest target) {
    HTTPMatchRequest m = target == null ? HTTPMatchRequest.EMPTY : target;
    String path =
        m.uri() == null || m.uri() instanceof StringMatch.Empty
            ? path()
            : satisfy(m.uri(), PATH_CHARS);
    if (m.ignoresUriCase() && chance(0.5)) {
      path = flipCase(path);
    }
    if (!path.startsWith("/")) {
      path = "/" + path; // HTTP paths start with "/" (a prefix "" or a regex may not say so)
    }
    Map<String, String> headers = new HashMap<>();
    for (String k : HEADER_KEYS) {
      StringMatch want = m.headers().get(k);
      StringMatch without = m.withoutHeaders().get(k);
      if (want != null) {
        headers.put(
            k, want instanceof StringMatch.Empty ? headerValue() : satisfy(want, VALUE_CHARS));
      } else if (without == null && chance(0.4)) {
        headers.put(k, headerValue());
      }
    }
    Map<String, String> query = new HashMap<>();
    for (String k : QUERY_KEYS) {
      StringMatch want = m.queryParams().get(k);
      if (want != null) {
        query.put(
            k, want instanceof StringMatch.Empty ? headerValue() : satisfy(want, VALUE_CHARS));
      } else if (chance(0.3)) {
        query.put(k, headerValue());
      }
    }
    String method =
        m.method() == null || m.method() instanceof StringMatch.Empty
            ? pick(METHODS)
            : satisfy(m.method(), "T");
    String scheme =
        m.scheme() == null || m.scheme() instanceof StringMatch.Empty
            ? (r.nextBoolean() ? "http" : "https")
            : satisfy(m.scheme(), "s");
    String authority =
        m.authority() == null || m.authority() instanceof StringMatch.Empty
            ? pick(AUTHORITIES)
            : satisfy(m.authority(), ".");
    int port = m.portNumber() != 0 ? m.portNumber() : r.nextBoolean() ? 80 : 8080;
    String sourceNamespace = notEmpty(m.sourceNamespace()) ? m.sourceNamespace() : pick(NAMESPACES);
    Map<String, String> sourceLabels = new HashMap<>(m.sourceLabels());
    sourceLabels.putIfAbsent("app", pick(LABEL_VALUES));
    String gateway = m.gateways().isEmpty() ? pick(GATEWAYS) : pick(m.gateways());
    Request out =
        new Request(
            path,
            headers,
            query,
            method,
            scheme,
            authority,
            port,
            sourceNamespace,
            sourceLabels,
            gateway);
    return target == null || chance(0.6) ? out : perturb(out);
  }

  /** A value the condition holds for (prefix + random tail, regex witness...). */
  private String satisfy(StringMatch condition, String chars) {
    if (condition instanceof StringMatch.Exact e) {
      return e.value();
    }
    if (condition instanceof StringMatch.Prefix p) {
      return p.value() + tail(chars, 2);
    }
    if (condition instanceof StringMatch.Regex x) {
      return x.value().equals("GET|POST")
          ? pick(List.of("GET", "POST"))
          : witness(x.value(), chars);
    }
    return tail(chars, 2);
  }

  private String flipCase(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  private Request perturb(Request q) {
    Request random = request();
    return switch (r.nextInt(9)) {
      case 0 ->
          new Request(
              random.path(),
              q.headers(),
              q.query(),
              q.method(),
              q.scheme(),
              q.authority(),
              q.port(),
              q.sourceNamespace(),
              q.sourceLabels(),
              q.gateway());
      case 1 ->
          new Request(
              q.path() + tail(PATH_CHARS, 2),
              q.headers(),
              q.query(),
              q.method(),
              q.scheme(),
              q.authority(),
              q.port(),
              q.sourceNamespace(),
              q.sourceLabels(),
              q.gateway());
      case 2 ->
          new Request(
              q.path(),
              random.headers(),
              q.query(),
              q.method(),
              q.scheme(),
              q.authority(),
              q.port(),
              q.sourceNamespace(),
              q.sourceLabels(),
              q.gateway());
      case 3 ->
          new Request(
              q.path(),
              q.headers(),
              random.query(),
              q.method(),
              q.scheme(),
              q.authority(),
              q.port(),
              q.sourceNamespace(),
              q.sourceLabels(),
              q.gateway());
      case 4 ->
          new Request(
              q.path(),
              q.headers(),
              q.query(),
              random.method(),
              random.scheme(),
              random.authority(),
              q.port(),
              q.sourceNamespace(),
              q.sourceLabels(),
              q.gateway());
      case 5 ->
          new Request(
              q.path(),
              q.headers(),
              q.query(),
              q.method(),
              q.scheme(),
              q.authority(),
              random.port(),
              q.sourceNamespace(),
              q.sourceLabels(),
              q.gateway());
      case 6 ->
          new Request(
              q.path(),
              q.headers(),
              q.query(),
              q.method(),
              q.scheme(),
              q.authority(),
              q.port(),
              random.sourceNamespace(),
              random.sourceLabels(),
              random.gateway());
      case 7 ->
          new Request(
              flipCase(q.path()),
              q.headers(),
              q.query(),
              q.method(),
              q.scheme(),
              q.authority(),
              q.port(),
              q.sourceNamespace(),
              q.sourceLabels(),
              q.gateway());
      default ->
          new Request(
              q.path().length() > 1 ? q.path().substring(0, q.path().length() - 1) : q.path(),
              q.headers(),
              q.query(),
              q.method(),
              q.scheme(),
              q.authority(),
              q.port(),
              q.sourceNamespace(),
              q.sourceLabels(),
              q.gateway());
    };
  }

  /** {@code n} requests, each aimed at one of {@code targets} (or at none). */
  public List<Request> requests(List<HTTPMatchRequest> targets, int n) {
    List<Request> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(targets.isEmpty() || chance(0.15) ? request() : request(pick(targets)));
    }
    return out;
  }
}
