package dev.vsplit.routing;

import dev.vsplit.base.Describe;
import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPFaultInjection;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.HeaderOperations;
import dev.vsplit.model.Percent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How routes, matches and destinations read in explanations, tables and plans. */
final class RouteText {

  private RouteText() {}

  /**
   * {@code exact "/login" or prefix "/static"}; {@code everything (no match)} for a route without
   * one.
   */
  static String matches(List<HTTPMatchRequest> matches) {
    if (matches.isEmpty()) {
      return "everything (no match)";
    }
    List<String> parts = new ArrayList<>(matches.size());
    for (HTTPMatchRequest m : matches) {
      parts.add(match(m));
    }
    return String.join(" or ", parts);
  }

  /** {@code prefix "/api" + method exact "GET" + header x-canary exact "true"}. */
  static String match(HTTPMatchRequest m) {
    return Describe.match(m);
  }

  /**
   * What a route does with a request: its destinations with their shares, or its redirect or direct
   * response.
   */
  static String action(HTTPRoute route) {
    if (route.redirect() != null) {
      var r = route.redirect();
      StringBuilder out =
          new StringBuilder("redirect ").append(r.redirectCode() == null ? 301 : r.redirectCode());
      if (r.scheme() != null) {
        out.append(" scheme ").append(r.scheme());
      }
      if (r.authority() != null) {
        out.append(" to host ").append(r.authority());
      }
      if (r.uri() != null) {
        out.append(" to ").append(r.uri());
      }
      return out.toString();
    }
    if (route.directResponse() != null) {
      var d = route.directResponse();
      return "direct response " + d.status();
    }
    if (route.delegate() != null) {
      return "delegate "
          + route.delegate().namespace()
          + "/"
          + route.delegate().name()
          + " (not merged)";
    }
    if (route.route().isEmpty()) {
      return "nothing (no destination)";
    }
    List<WeightedDestination> shares = shares(route.route());
    List<String> parts = new ArrayList<>();
    for (WeightedDestination s : shares) {
      parts.add(
          shares.size() == 1
              ? destination(s.destination())
              : destination(s.destination()) + " " + percent(s.percent()));
    }
    return String.join(", ", parts);
  }

  /**
   * Everything besides the action that changes what a request gets, by field, in the order Envoy
   * applies it: {@code rewrite uri "/v2"}, {@code timeout 5s}, {@code retries 3 x 2s on 5xx},
   * {@code fault delay 5s for 10%}, {@code mirror reviews... 50%}, {@code request headers set
   * x-a=1}, {@code cors origins exact "https://a"}. Empty when the route has none of them.
   */
  static Map<String, String> behaviour(HTTPRoute route) {
    Map<String, String> out = new LinkedHashMap<>();
    if (route.rewrite() != null) {
      out.put("rewrite", rewrite(route.rewrite()));
    }
    if (route.timeout() != null) {
      out.put("timeout", route.timeout());
    }
    if (route.retries() != null) {
      out.put("retries", retries(route.retries()));
    }
    if (route.fault() != null) {
      out.put("fault", fault(route.fault()));
    }
    String mirror = mirror(route);
    if (mirror != null) {
      out.put("mirror", mirror);
    }
    if (route.headers() != null) {
      String request = headers(route.headers().request());
      if (request != null) {
        out.put("request headers", request);
      }
      String response = headers(route.headers().response());
      if (response != null) {
        out.put("response headers", response);
      }
    }
    if (route.corsPolicy() != null) {
      out.put("cors", cors(route.corsPolicy()));
    }
    return out;
  }

  /** {@link #behaviour} in one phrase: {@code timeout 5s; retries 3 x 2s}; empty when none. */
  static String behaviourText(HTTPRoute route) {
    List<String> parts = new ArrayList<>();
    behaviour(route).forEach((field, value) -> parts.add(field + " " + value));
    return String.join("; ", parts);
  }

  private static String rewrite(HTTPRewrite r) {
    List<String> parts = new ArrayList<>();
    if (r.uri() != null) {
      parts.add("uri " + quote(r.uri()));
    }
    if (r.uriRegexRewrite() != null) {
      parts.add(
          "regex "
              + quote(String.valueOf(r.uriRegexRewrite().match()))
              + " to "
              + quote(String.valueOf(r.uriRegexRewrite().rewrite())));
    }
    if (r.authority() != null) {
      parts.add("authority " + r.authority());
    }
    return parts.isEmpty() ? "{}" : String.join(", ", parts);
  }

  private static String retries(HTTPRetry r) {
    int attempts = r.attempts() == null ? 0 : r.attempts();
    if (attempts == 0) {
      return "off";
    }
    StringBuilder out = new StringBuilder().append(attempts);
    if (r.perTryTimeout() != null) {
      out.append(" x ").append(r.perTryTimeout());
    }
    if (r.retryOn() != null && !r.retryOn().isEmpty()) {
      out.append(" on ").append(r.retryOn());
    }
    return out.toString();
  }

  private static String fault(HTTPFaultInjection f) {
    List<String> parts = new ArrayList<>();
    if (f.delay() != null) {
      parts.add(
          "delay " + f.delay().fixedDelay() + share(f.delay().percentage(), f.delay().percent()));
    }
    if (f.abort() != null) {
      Object status =
          f.abort().httpStatus() != null ? f.abort().httpStatus() : f.abort().grpcStatus();
      parts.add("abort " + status + share(f.abort().percentage(), null));
    }
    return String.join(", ", parts);
  }

  private static String share(Percent percentage, Integer percent) {
    if (percentage != null && percentage.value() != null) {
      return " for " + percent(percentage.value());
    }
    return percent != null ? " for " + percent + "%" : "";
  }

  private static String mirror(HTTPRoute route) {
    List<String> parts = new ArrayList<>();
    if (route.mirror() != null) {
      String share =
          route.mirrorPercentage() != null && route.mirrorPercentage().value() != null
              ? " " + percent(route.mirrorPercentage().value())
              : route.mirrorPercent() != null ? " " + route.mirrorPercent() + "%" : "";
      parts.add(destination(route.mirror()) + share);
    }
    for (HTTPMirrorPolicy m : route.mirrors()) {
      String share =
          m.percentage() != null && m.percentage().value() != null
              ? " " + percent(m.percentage().value())
              : "";
      parts.add(destination(m.destination()) + share);
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static String headers(HeaderOperations ops) {
    if (ops == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    new TreeMap<>(ops.set()).forEach((k, v) -> parts.add("set " + k + "=" + v));
    new TreeMap<>(ops.add()).forEach((k, v) -> parts.add("add " + k + "=" + v));
    ops.remove().forEach(k -> parts.add("remove " + k));
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static String cors(CorsPolicy c) {
    List<String> parts = new ArrayList<>();
    if (!c.allowOrigins().isEmpty()) {
      List<String> origins = new ArrayList<>();
      c.allowOrigins().forEach(o -> origins.add(String.valueOf(o)));
      parts.add("origins " + String.join(" or ", origins));
    }
    if (!c.allowMethods().isEmpty()) {
      parts.add("methods " + String.join(",", c.allowMethods()));
    }
    if (!c.allowHeaders().isEmpty()) {
      parts.add("headers " + String.join(",", c.allowHeaders()));
    }
    if (!c.exposeHeaders().isEmpty()) {
      parts.add("expose " + String.join(",", c.exposeHeaders()));
    }
    if (c.maxAge() != null) {
      parts.add("max age " + c.maxAge());
    }
    if (Boolean.TRUE.equals(c.allowCredentials())) {
      parts.add("credentials");
    }
    return parts.isEmpty() ? "{}" : String.join(", ", parts);
  }

  /** {@code reviews.default.svc.cluster.local:9080 subset v2}. */
  static String destination(Destination d) {
    if (d == null) {
      return "(no destination)";
    }
    StringBuilder out = new StringBuilder(String.valueOf(d.host()));
    if (d.port() != null && d.port().number() != null) {
      out.append(':').append(d.port().number());
    }
    if (d.subset() != null) {
      out.append(" subset ").append(d.subset());
    }
    return out.toString();
  }

  /** A route's destinations with their share of the traffic, as Istio hands them to Envoy. */
  static List<WeightedDestination> shares(List<HTTPRouteDestination> route) {
    if (route.size() == 1) {
      return List.of(
          new WeightedDestination(route.get(0).destination(), route.get(0).weight(), 100.0));
    }
    long total = 0;
    for (HTTPRouteDestination d : route) {
      total += d.weight() == null ? 0 : d.weight();
    }
    List<WeightedDestination> out = new ArrayList<>();
    for (HTTPRouteDestination d : route) {
      int w = d.weight() == null ? 0 : d.weight();
      if (w == 0) {
        continue; // Istio leaves out zero-weight destinations when there are several
      }
      out.add(
          new WeightedDestination(d.destination(), d.weight(), total == 0 ? 0 : 100.0 * w / total));
    }
    return out;
  }

  static String percent(double p) {
    return p == Math.rint(p) ? (long) p + "%" : String.format(java.util.Locale.ROOT, "%.2f%%", p);
  }

  /** {@code "x"} with quotes, control characters escaped. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
