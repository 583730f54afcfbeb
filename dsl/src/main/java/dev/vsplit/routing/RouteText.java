package dev.vsplit.routing;

import dev.vsplit.base.Describe;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import java.util.ArrayList;
import java.util.List;

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
