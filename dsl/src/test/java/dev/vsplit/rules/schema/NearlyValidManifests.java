package dev.vsplit.rules.schema;

import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.Delegate;
import dev.vsplit.model.Destination;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.HTTPBody;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPFaultInjection;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRedirect;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.HeaderOperations;
import dev.vsplit.model.Headers;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.Percent;
import dev.vsplit.model.Port;
import dev.vsplit.model.PortSelector;
import dev.vsplit.model.RegexRewrite;
import dev.vsplit.model.Server;
import dev.vsplit.model.ServerTLSSettings;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A seeded generator of resources that are valid against Istio's CRD schemas but for a few
 * mistakes: at each choice a small chance of a value the schema refuses (an enum value it does not
 * list, a duration under 1 ms, a negative port, two fields of an "at most one of" group, a missing
 * required field, an unknown or unmodelled field, a declared field of the wrong type, a null, a
 * status block). About half of the resources come out valid, the others break one or a few rules:
 * both sides of a schema check get exercised.
 */
final class NearlyValidManifests {

  private final Random random;
  private final int chaos;

  NearlyValidManifests(long seed) {
    this.random = new Random(seed);
    this.chaos = 40;
  }

  /** Whether to make this choice a mistake. */
  private boolean wrong() {
    return random.nextInt(chaos) == 0;
  }

  IstioResource resource() {
    return random.nextInt(4) == 0 ? gateway() : virtualService();
  }

  VirtualService virtualService() {
    VirtualServiceSpec spec =
        new VirtualServiceSpec(
            list(2, this::host),
            list(2, () -> pick("mesh", "istio-system/gw", "gw")),
            list(3, this::route),
            wrong() ? List.of(plainTls()) : List.of(),
            random.nextInt(8) == 0 ? List.of(plainTcp()) : List.of(),
            list(1, () -> pick(".", "*", "ns1")),
            extra("spec"));
    return new VirtualService(apiVersion(), meta(), spec, rootExtra());
  }

  Gateway gateway() {
    GatewaySpec spec =
        new GatewaySpec(list(2, this::server), Map.of("istio", "ingressgateway"), extra("spec"));
    return new Gateway(apiVersion(), meta(), spec, rootExtra());
  }

  private String apiVersion() {
    return "networking.istio.io/" + pick("v1alpha3", "v1beta1", "v1");
  }

  private ObjectMeta meta() {
    return new ObjectMeta(
        "r" + random.nextInt(100), "ns" + random.nextInt(5), Map.of(), Map.of(), Map.of());
  }

  private Map<String, Object> rootExtra() {
    if (!wrong()) {
      return Map.of();
    }
    Map<String, Object> status = new LinkedHashMap<>();
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put("type", "Reconciled");
    condition.put("status", pick("True", 1));
    condition.put("lastTransitionTime", pick("2024-01-01T00:00:00Z", "yesterday"));
    condition.put("observedGeneration", pick(3, "3", 2.5, true));
    status.put("conditions", List.of(condition));
    status.put("observedGeneration", pick(1, "x"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(pick("status", "status", "unknownTop"), status);
    return out;
  }

  private Server server() {
    Port port =
        new Port(
            wrong() ? null : pick(80, 443, 8080, -1),
            wrong() ? null : pick("HTTP", "HTTPS"),
            wrong() ? null : pick("http", "https"),
            random.nextInt(4) == 0 ? pick(8443, -5) : null,
            extra("port"));
    ServerTLSSettings tls =
        random.nextInt(3) != 0
            ? null
            : new ServerTLSSettings(
                random.nextBoolean() ? true : null,
                pick("SIMPLE", "MUTUAL", "PASSTHROUGH", wrong() ? "SIMPLEX" : "ISTIO_MUTUAL"),
                null,
                null,
                null,
                random.nextBoolean() ? "cert" : null,
                List.of(),
                random.nextBoolean() ? pick("TLSV1_2", wrong() ? "TLS9" : "TLSV1_3") : null,
                null,
                List.of(),
                wrong()
                    ? Map.<String, Object>of(
                        "credentialNames", pick(List.of(), List.of("a", "b", "c"), List.of("a")))
                    : Map.of());
    return new Server(
        port,
        null,
        wrong() ? List.of() : List.of("*"),
        tls,
        null,
        random.nextBoolean() ? "s" + random.nextInt(9) : null,
        extra("server"));
  }

  private HTTPRoute route() {
    boolean delegate = random.nextInt(5) == 0;
    return new HTTPRoute(
        random.nextBoolean() ? "route" + random.nextInt(9) : null,
        list(2, this::match),
        delegate ? List.of() : list(2, this::destinationWeight),
        random.nextInt(6) == 0 ? redirect() : null,
        random.nextInt(8) == 0 ? directResponse() : null,
        delegate ? new Delegate("d", "ns", Map.of()) : null,
        random.nextInt(6) == 0
            ? new HTTPRewrite(
                "/x",
                null,
                random.nextBoolean() ? new RegexRewrite("^/a", "/b", Map.of()) : null,
                extra("rewrite"))
            : null,
        random.nextInt(3) == 0 ? duration() : null,
        random.nextInt(5) == 0
            ? new HTTPRetry(
                pick(1, 3, 0),
                random.nextBoolean() ? duration() : null,
                random.nextBoolean() ? "5xx,connect-failure" : null,
                random.nextBoolean() ? random.nextBoolean() : null,
                extra("retries"))
            : null,
        random.nextInt(6) == 0 ? fault() : null,
        random.nextInt(10) == 0 ? destination() : null,
        random.nextInt(10) == 0
            ? List.of(new HTTPMirrorPolicy(wrong() ? null : destination(), percent(), Map.of()))
            : List.of(),
        random.nextInt(10) == 0 ? percent() : null,
        random.nextInt(8) == 0 ? cors() : null,
        random.nextInt(6) == 0 ? headers() : null,
        random.nextInt(20) == 0 ? pick(10, -1) : null,
        extra("route"));
  }

  private HTTPMatchRequest match() {
    return new HTTPMatchRequest(
        random.nextBoolean() ? "m" : null,
        random.nextBoolean() ? stringMatch() : null,
        random.nextInt(8) == 0 ? stringMatch() : null,
        random.nextInt(6) == 0 ? stringMatch() : null,
        random.nextInt(8) == 0 ? stringMatch() : null,
        random.nextInt(4) == 0 ? Map.of("x-user", stringMatch()) : Map.of(),
        random.nextInt(8) == 0 ? pick(80, 0, -1) : null,
        random.nextInt(8) == 0 ? Map.of("app", "a") : Map.of(),
        List.of(),
        random.nextInt(8) == 0 ? Map.of("q", stringMatch()) : Map.of(),
        random.nextInt(8) == 0 ? random.nextBoolean() : null,
        random.nextInt(8) == 0 ? Map.of("x-no", stringMatch()) : Map.of(),
        random.nextInt(8) == 0 ? "ns1" : null,
        null,
        extra("match"));
  }

  private StringMatch stringMatch() {
    return switch (random.nextInt(4)) {
      case 0 -> StringMatch.exact("/login");
      case 1 -> StringMatch.prefix("/api");
      case 2 -> StringMatch.regex("^/v[0-9]+");
      default -> StringMatch.empty();
    };
  }

  private HTTPRouteDestination destinationWeight() {
    return new HTTPRouteDestination(
        wrong() ? null : destination(),
        random.nextBoolean() ? pick(0, 50, 100) : null,
        random.nextInt(8) == 0 ? headers() : null,
        extra("destination"));
  }

  private Destination destination() {
    return new Destination(
        wrong() ? null : host(),
        random.nextBoolean() ? "v1" : null,
        random.nextBoolean()
            ? new PortSelector(pick(9080, 0, wrong() ? -1 : 80), extra("port"))
            : null,
        extra("destination"));
  }

  private HTTPRedirect redirect() {
    boolean port = random.nextBoolean();
    return new HTTPRedirect(
        "/new",
        random.nextBoolean() ? "a.example.com" : null,
        port || wrong() ? pick(8080, 0, wrong() ? -2 : 443) : null,
        !port || wrong()
            ? pick("FROM_REQUEST_PORT", wrong() ? "SIDEWAYS" : "FROM_PROTOCOL_DEFAULT")
            : null,
        random.nextBoolean() ? "https" : null,
        random.nextBoolean() ? pick(301, 302) : null,
        extra("redirect"));
  }

  private HTTPDirectResponse directResponse() {
    HTTPBody body =
        switch (random.nextInt(4)) {
          case 0 -> null;
          case 1 -> new HTTPBody("ok", wrong() ? "b2s=" : null, Map.of());
          case 2 -> new HTTPBody(null, pick("b2s=", "not base64!"), Map.of());
          default -> new HTTPBody("denied", null, extra("body"));
        };
    return new HTTPDirectResponse(wrong() ? null : pick(200, 503, 0), body, extra("response"));
  }

  private HTTPFaultInjection fault() {
    HTTPFaultInjection.Delay delay =
        random.nextBoolean()
            ? new HTTPFaultInjection.Delay(
                wrong() ? null : duration(),
                random.nextBoolean() ? percent() : null,
                random.nextInt(4) == 0 ? pick(10, 100) : null,
                wrong()
                    ? Map.<String, Object>of("exponentialDelay", pick("1s", "0s", 5))
                    : Map.of())
            : null;
    boolean status = random.nextBoolean();
    HTTPFaultInjection.Abort abort =
        random.nextBoolean()
            ? new HTTPFaultInjection.Abort(
                status || wrong() ? pick(503, 400) : null,
                !status || wrong() ? pick("UNAVAILABLE", "INTERNAL") : null,
                wrong() ? "ERR" : null,
                random.nextBoolean() ? percent() : null,
                wrong() ? Map.<String, Object>of("futureAbort", pick("ERR", 3)) : Map.of())
            : null;
    return new HTTPFaultInjection(delay, abort, extra("fault"));
  }

  private Percent percent() {
    double value =
        wrong()
            ? pick(Double.NaN, Double.POSITIVE_INFINITY, -1.0, 1e300)
            : pick(100.0, 50.0, 12.5, 0.1, 0.0);
    return new Percent(value, Map.of());
  }

  private CorsPolicy cors() {
    return new CorsPolicy(
        list(2, this::stringMatch),
        list(2, () -> pick("GET", "POST")),
        List.of(),
        List.of(),
        random.nextBoolean() ? duration() : null,
        random.nextBoolean() ? random.nextBoolean() : null,
        random.nextBoolean() ? pick("FORWARD", "IGNORE", wrong() ? "DROP" : "UNSPECIFIED") : null,
        wrong() ? Map.<String, Object>of("allowOrigin", pick(List.of("*"), "*")) : Map.of());
  }

  private Headers headers() {
    HeaderOperations ops =
        new HeaderOperations(
            random.nextBoolean() ? Map.of("x-a", "1") : Map.of(),
            random.nextBoolean() ? Map.of("x-b", "2") : Map.of(),
            random.nextBoolean() ? List.of("x-c") : List.of(),
            extra("ops"));
    return new Headers(
        random.nextBoolean() ? ops : null, random.nextBoolean() ? ops : null, Map.of());
  }

  private Map<String, Object> plainTls() {
    Map<String, Object> route = new LinkedHashMap<>();
    route.put("destination", Map.of("host", "a"));
    route.put("weight", pick(5, "5"));
    Map<String, Object> tls = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      tls.put(
          "match", List.of(Map.of("sniHosts", List.of("a.example.com"), "port", pick(443, -1))));
    }
    tls.put("route", List.of(route));
    return tls;
  }

  private Map<String, Object> plainTcp() {
    Map<String, Object> route = new LinkedHashMap<>();
    route.put("destination", Map.of("host", "db", "port", Map.of("number", pick(5432, -1))));
    return Map.of("route", List.of(route));
  }

  private String host() {
    return pick("reviews.prod.svc.cluster.local", "a", "*.example.com");
  }

  private String duration() {
    return wrong() ? pick("500us", "0s", "1", "abc", "") : pick("1s", "10ms", "1ms", "2m", "1h30m");
  }

  /** Mostly nothing; now and then a field no schema declares, or a null, or a nested value. */
  private Map<String, Object> extra(String where) {
    if (!wrong()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        pick("future" + where, "x-" + where),
        pick("v", 1, 2.5, true, Arrays.asList("a", null), new LinkedHashMap<>(), null));
    return out;
  }

  private <T> List<T> list(int max, Supplier<T> item) {
    List<T> out = new ArrayList<>();
    for (int n = random.nextInt(max + 1); n > 0; n--) {
      out.add(item.get());
    }
    return out;
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
