package dev.vsplit.rules.admission;

import dev.vsplit.base.Durations;
import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPFaultInjection;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRedirect;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.Headers;
import dev.vsplit.model.Percent;
import dev.vsplit.model.StringMatch;
import dev.vsplit.rules.admission.Messages.Problem;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of {@code spec.http}, as Istio's {@code validateHTTPRoute} checks it ({@code
 * pkg/config/validation/virtualservice.go} and the helpers it calls in {@code validation.go}), in
 * the same order.
 */
final class HttpRouteValidation {
  private HttpRouteValidation() {}

  /** Istio's {@code HTTPRouteType}. */
  private enum RouteType {
    INDEPENDENT,
    ROOT,
    DELEGATE
  }

  private static final int KB = 1024;
  private static final int MB = 1024 * KB;

  private static final Set<String> CORS_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE", "*");

  private static final Set<String> RETRY_ON_POLICIES =
      Set.of(
          "5xx",
          "gateway-error",
          "reset",
          "reset-before-request",
          "connect-failure",
          "retriable-4xx",
          "refused-stream",
          "retriable-status-codes",
          "retriable-headers",
          "envoy-ratelimited",
          "http3-post-connect-failure",
          "cancelled",
          "deadline-exceeded",
          "internal",
          "resource-exhausted",
          "unavailable");

  private static final Set<String> GRPC_STATUSES =
      Set.of(
          "OK",
          "CANCELLED",
          "UNKNOWN",
          "INVALID_ARGUMENT",
          "DEADLINE_EXCEEDED",
          "NOT_FOUND",
          "ALREADY_EXISTS",
          "PERMISSION_DENIED",
          "RESOURCE_EXHAUSTED",
          "FAILED_PRECONDITION",
          "ABORTED",
          "OUT_OF_RANGE",
          "UNIMPLEMENTED",
          "INTERNAL",
          "UNAVAILABLE",
          "DATA_LOSS",
          "UNAUTHENTICATED");

  /** The codes Go's {@code http.StatusText} knows. */
  private static final Set<Integer> HTTP_STATUS_CODES =
      Set.of(
          100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303,
          304, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413,
          414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502,
          503, 504, 505, 506, 507, 508, 510, 511);

  /**
   * @param inDelegate whether the VirtualService has no hosts (every route of it is a delegate
   *     route)
   * @param gatewaySemantics whether the VirtualService was generated from the Gateway API
   *     (destinations unchecked)
   */
  static void validate(
      HTTPRoute http, boolean inDelegate, boolean gatewaySemantics, At path, Messages out) {
    RouteType type =
        inDelegate
            ? RouteType.DELEGATE
            : http.delegate() != null ? RouteType.ROOT : RouteType.INDEPENDENT;
    conflicts(http, type, path, out);
    matchRequests(http, path, out);
    // each check below passes an unset field at once: its path is made only for a set one (a
    // route has few of them set, and a mesh has a quarter of a million routes)
    if (http.headers() != null) {
      HeaderValidation.validateOperations(http.headers(), path.key("headers"), out);
    }
    if (http.corsPolicy() != null) {
      cors(http.corsPolicy(), path.key("corsPolicy"), out);
    }
    if (http.fault() != null) {
      fault(http.fault(), path.key("fault"), out);
    }

    if (http.mirrorPercent() != null) {
      long value = Integer.toUnsignedLong(http.mirrorPercent());
      if (value > 100) {
        out.deny(
            path.key("mirrorPercent"),
            "mirror_percent must have a max value of 100 (it has " + value + ")");
      }
      out.warn(
          path.key("mirrorPercent"),
          "using deprecated setting \"mirrorPercent\", use \"mirrorPercentage\" instead");
    }
    if (http.mirrorPercentage() != null) {
      double value = value(http.mirrorPercentage());
      At at = path.key("mirrorPercentage");
      if (value > 100) {
        out.deny(
            at,
            "mirror_percentage must have a max value of 100 (it has " + GoText.floatF(value) + ")");
      }
      if (value < 0) {
        out.deny(
            at,
            "mirror_percentage must have a min value of 0 (it has " + GoText.floatF(value) + ")");
      }
    }

    if (http.mirror() != null) {
      DestinationValidation.validate(http.mirror(), path, "mirror", out);
    }
    if (!http.mirrors().isEmpty()) {
      mirrors(http.mirrors(), path.key("mirrors"), out);
    }
    if (http.redirect() != null) {
      redirect(http.redirect(), path.key("redirect"), out);
    }
    if (http.directResponse() != null) {
      directResponse(http.directResponse(), path.key("directResponse"), out);
    }
    if (http.retries() != null) {
      retries(http.retries(), path.key("retries"), out);
    }
    if (http.rewrite() != null) {
      rewrite(http.rewrite(), path.key("rewrite"), out);
    }
    authorityRewrite(http.rewrite(), http.headers(), path, out);
    routeDestinations(http.route(), gatewaySemantics, path.key("route"), out);
    if (http.timeout() != null) {
      deny(out, path.key("timeout"), Durations.validate(http.timeout()));
    }
  }

  private static void deny(Messages out, At path, String text) {
    if (text != null) {
      out.deny(path, text);
    }
  }

  private static double value(Percent percent) {
    return percent.value() == null ? 0 : percent.value();
  }

  private static String name(HTTPRoute http) {
    return http.name() == null ? "" : http.name();
  }

  // ---------------------------------------------------------------------------------------------
  // validateHTTPRouteConflict

  private static void conflicts(HTTPRoute http, RouteType type, At path, Messages out) {
    if (type == RouteType.ROOT) {
      // A root route may only delegate; nothing else of the conflict checks applies to it.
      if (http.redirect() != null) {
        out.deny(
            Messages.ROOT_ROUTE_ACTION,
            path.key("redirect"),
            "root HTTP route " + name(http) + " must not specify redirect");
      }
      if (!http.route().isEmpty()) {
        out.deny(
            Messages.ROOT_ROUTE_ACTION,
            path.key("route"),
            "root HTTP route " + name(http) + " must not specify route");
      }
      return;
    }
    if (type == RouteType.DELEGATE && http.delegate() != null) {
      out.deny(
          Messages.DELEGATE_CHAINING,
          path.key("delegate"),
          "delegate HTTP route cannot contain delegate");
    }
    boolean hasRoute = !http.route().isEmpty();
    if (http.redirect() != null) {
      if (hasRoute) {
        out.deny(path, "HTTP route cannot contain both route and redirect");
      }
      if (http.fault() != null) {
        out.deny(path, "HTTP route cannot contain both fault and redirect");
      }
      if (http.rewrite() != null) {
        out.deny(path, "HTTP route rule cannot contain both rewrite and redirect");
      }
      if (http.directResponse() != null) {
        out.deny(path, "HTTP route rule cannot contain both direct_response and redirect");
      }
    } else if (http.directResponse() != null) {
      if (hasRoute) {
        out.deny(path, "HTTP route cannot contain both route and direct_response");
      }
      if (http.fault() != null) {
        out.deny(path, "HTTP route cannot contain both fault and direct_response");
      }
      if (http.rewrite() != null) {
        out.deny(path, "HTTP route rule cannot contain both rewrite and direct_response");
      }
    } else if (!hasRoute) {
      out.deny(path, "HTTP route, redirect or direct_response is required");
    }
    if (http.mirror() != null && !http.mirrors().isEmpty()) {
      out.deny(path, "HTTP route cannot contain both mirror and mirrors");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // validateHTTPRouteMatchRequest

  private static void matchRequests(HTTPRoute http, At path, Messages out) {
    // a match's path is made only for a problem: nearly every match of a mesh passes every check
    List<HTTPMatchRequest> matches = http.match();
    for (int j = 0; j < matches.size(); j++) {
      HTTPMatchRequest match = matches.get(j);
      for (Map.Entry<String, StringMatch> e : match.headers().entrySet()) {
        At at = match(path, j).key("headers").key(e.getKey());
        deny(out, at, HeaderValidation.validateMatchName(e.getKey()));
        out.deny(at, StringMatchValidation.validate(e.getValue(), "headers"));
      }
      for (Map.Entry<String, StringMatch> e : match.withoutHeaders().entrySet()) {
        At at = match(path, j).key("withoutHeaders").key(e.getKey());
        deny(out, at, HeaderValidation.validateMatchName(e.getKey()));
        // "*" is not a regex: Envoy reads it as "header present".
        if (!e.getValue().regexOrEmpty().equals("*")) {
          out.deny(at, StringMatchValidation.validate(e.getValue(), "withoutHeaders"));
        }
      }
      // uri admits an empty prefix (Envoy does too); scheme, method and authority do not.
      deny(out, path, j, "uri", StringMatchValidation.validateRegexOnly(match.uri(), "uri"));
      deny(out, path, j, "scheme", StringMatchValidation.validate(match.scheme(), "scheme"));
      deny(out, path, j, "method", StringMatchValidation.validate(match.method(), "method"));
      deny(
          out,
          path,
          j,
          "authority",
          StringMatchValidation.validate(match.authority(), "authority"));
      for (Map.Entry<String, StringMatch> e : match.queryParams().entrySet()) {
        out.deny(
            match(path, j).key("queryParams").key(e.getKey()),
            StringMatchValidation.validate(e.getValue(), "queryParams"));
      }
    }
    for (int j = 0; j < matches.size(); j++) {
      HTTPMatchRequest match = matches.get(j);
      if (match.portNumber() != 0) {
        String err = DnsNames.validatePort(Integer.toUnsignedLong(match.portNumber()));
        if (err != null) {
          out.deny(match(path, j).key("port"), err);
        }
      }
      if (!match.sourceLabels().isEmpty()) {
        for (String err : DnsNames.validateLabels(match.sourceLabels())) {
          out.deny(match(path, j).key("sourceLabels"), err);
        }
      }
      if (!match.gateways().isEmpty()) {
        GatewayNames.validate(
            match.gateways(), false, match(path, j).key("gateways"), out.errorsOnly());
      }
      String ns = match.sourceNamespace();
      if (ns != null && !ns.isEmpty() && !DnsNames.isDns1123Label(ns)) {
        out.deny(
            match(path, j).key("sourceNamespace"), "sourceNamespace match " + ns + " is invalid");
      }
    }
  }

  /** The path of the route's match {@code j}. */
  private static At match(At route, int j) {
    return route.key("match").index(j);
  }

  /** A problem of the field {@code key} of the route's match {@code j}, if there is one. */
  private static void deny(Messages out, At route, int j, String key, Problem problem) {
    if (problem != null) {
      out.deny(match(route, j).key(key), problem);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // validateCORSPolicy

  private static void cors(CorsPolicy policy, At path, Messages out) {
    if (policy == null) {
      return;
    }
    for (int k = 0; k < policy.allowOrigins().size(); k++) {
      StringMatch origin = policy.allowOrigins().get(k);
      At at = path.key("allowOrigins").index(k);
      if (origin.value().isEmpty()) {
        out.deny(at, "'' is not a valid match type for CORS allow origins");
      } else {
        out.deny(at, StringMatchValidation.validateRegexOnly(origin, "corsPolicy.allowOrigins"));
      }
    }
    for (int k = 0; k < policy.allowMethods().size(); k++) {
      String method = policy.allowMethods().get(k);
      if (!CORS_METHODS.contains(method)) {
        out.deny(
            path.key("allowMethods").index(k),
            GoText.quote(method) + " is not a supported HTTP method");
      }
    }
    for (int k = 0; k < policy.allowHeaders().size(); k++) {
      deny(
          out,
          path.key("allowHeaders").index(k),
          HeaderValidation.validateCorsName(policy.allowHeaders().get(k)));
    }
    for (int k = 0; k < policy.exposeHeaders().size(); k++) {
      deny(
          out,
          path.key("exposeHeaders").index(k),
          HeaderValidation.validateCorsName(policy.exposeHeaders().get(k)));
    }
    if (policy.maxAge() != null) {
      At at = path.key("maxAge");
      try {
        long nanos = Durations.parse(policy.maxAge());
        deny(out, at, Durations.validate(nanos));
        if (nanos % 1_000_000_000L > 0) {
          out.deny(at, "max_age duration is accurate only to seconds precision");
        }
      } catch (Durations.BadDuration e) {
        out.deny(at, "bad Duration: " + e.getMessage());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // validateHTTPFaultInjection

  private static void fault(HTTPFaultInjection fault, At path, Messages out) {
    if (fault == null) {
      return;
    }
    if (fault.abort() == null && fault.delay() == null) {
      out.deny(path, "HTTP fault injection must have an abort and/or a delay");
    }
    HTTPFaultInjection.Abort abort = fault.abort();
    if (abort != null) {
      At at = path.key("abort");
      deny(out, at.key("percentage"), validatePercentage(abort.percentage()));
      if (abort.httpStatus() != null) {
        deny(out, at.key("httpStatus"), validateHttpStatus(abort.httpStatus()));
      } else if (abort.grpcStatus() != null) {
        if (!GRPC_STATUSES.contains(abort.grpcStatus())) {
          out.deny(
              at.key("grpcStatus"),
              "gRPC status "
                  + GoText.quote(abort.grpcStatus())
                  + " is not supported. See https://github.com/grpc/grpc/blob/master/doc/statuscodes.md"
                  + " for a list of supported codes, for example 'NOT_FOUND'");
        }
      } else if (abort.http2Error() != null) {
        out.deny(at.key("http2Error"), "HTTP/2 abort fault injection not supported yet");
      }
      // Istio also warns "abort configured, but error type not set", but drops the warning on the
      // way up.
    }
    HTTPFaultInjection.Delay delay = fault.delay();
    if (delay != null) {
      At at = path.key("delay");
      deny(out, at.key("percentage"), validatePercentage(delay.percentage()));
      Object exponential = delay.extra().get("exponentialDelay");
      if (delay.fixedDelay() != null) {
        deny(out, at.key("fixedDelay"), Durations.validate(delay.fixedDelay()));
      } else if (exponential != null) {
        if (exponential instanceof String s) {
          deny(out, at.key("exponentialDelay"), Durations.validate(s));
        }
        out.deny(at.key("exponentialDelay"), "exponentialDelay not supported yet");
      }
    }
  }

  /** {@code validatePercentage}. */
  private static String validatePercentage(Percent percentage) {
    if (percentage == null) {
      return null;
    }
    double v = value(percentage);
    if (v < 0.0 || v > 100.0 || (v > 0.0 && v < 0.0001)) {
      return "percentage " + GoText.floatV(v) + " is neither 0.0, nor in range [0.0001, 100.0]";
    }
    return null;
  }

  /** {@code validateHTTPStatus}: Istio lets 600 through although the text says 599. */
  private static String validateHttpStatus(int status) {
    if (status < 200 || status > 600) {
      return "HTTP status " + status + " is not in range 200-599";
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // mirrors, redirect, direct response, retries, rewrite

  private static void mirrors(List<HTTPMirrorPolicy> mirrors, At path, Messages out) {
    for (int k = 0; k < mirrors.size(); k++) {
      HTTPMirrorPolicy mirror = mirrors.get(k);
      At at = path.index(k);
      if (mirror.destination() == null) {
        out.deny(at, "destination is required for mirrors");
        continue;
      }
      DestinationValidation.validate(mirror.destination(), at, "destination", out);
      if (mirror.percentage() != null) {
        double value = value(mirror.percentage());
        if (value > 100) {
          out.deny(
              at.key("percentage"),
              "mirror percentage must have a max value of 100 (it has "
                  + GoText.floatF(value)
                  + ")");
        }
        if (value < 0) {
          out.deny(
              at.key("percentage"),
              "mirror percentage must have a min value of 0 (it has " + GoText.floatF(value) + ")");
        }
      }
    }
  }

  /** {@code validateHTTPRedirect}: the first problem only. */
  private static void redirect(HTTPRedirect redirect, At path, Messages out) {
    if (redirect == null) {
      return;
    }
    boolean uri = redirect.uri() != null && !redirect.uri().isEmpty();
    boolean authority = redirect.authority() != null && !redirect.authority().isEmpty();
    String scheme = redirect.scheme() == null ? "" : redirect.scheme();
    // port and derivePort are the two sides of one oneof: either one counts as "port".
    boolean port = redirect.port() != null || redirect.derivePort() != null;
    if (!uri && !authority && !port && scheme.isEmpty()) {
      out.deny(path, "redirect must specify URI, authority, scheme, or port");
      return;
    }
    int code = redirect.redirectCode() == null ? 0 : redirect.redirectCode();
    if (code != 0 && (code < 300 || code > 399)) {
      out.deny(path.key("redirectCode"), code + " is not a valid redirect code, must be 3xx");
      return;
    }
    if (!scheme.isEmpty() && !scheme.equals("http") && !scheme.equals("https")) {
      out.deny(path.key("scheme"), "invalid redirect scheme, must be \"http\" or \"https\"");
      return;
    }
    if (redirect.port() != null && redirect.port() != 0) {
      deny(out, path.key("port"), DnsNames.validatePort(Integer.toUnsignedLong(redirect.port())));
    }
  }

  private static void directResponse(HTTPDirectResponse response, At path, Messages out) {
    if (response == null) {
      return;
    }
    if (response.body() != null) {
      long size = 0;
      if (response.body().string() != null) {
        size = GoText.byteLength(response.body().string());
      } else if (response.body().bytes() != null) {
        size = decodedLength(response.body().bytes());
      }
      At at = path.key("body");
      if (size > MB) {
        out.deny(
            at,
            "large direct_responses may impact control plane performance, must be less than 1MB");
      } else if (size > 100 * KB) {
        out.warn(at, "large direct_responses may impact control plane performance");
      }
    }
    int status = response.status() == null ? 0 : response.status();
    deny(out, path.key("status"), validateHttpStatus(status));
  }

  private static long decodedLength(String base64) {
    try {
      return Base64.getDecoder().decode(base64.strip()).length;
    } catch (IllegalArgumentException e) {
      try {
        return Base64.getUrlDecoder().decode(base64.strip()).length;
      } catch (IllegalArgumentException e2) {
        return base64.length() * 3L / 4;
      }
    }
  }

  private static void retries(HTTPRetry retries, At path, Messages out) {
    if (retries == null) {
      return;
    }
    int attempts = retries.attempts() == null ? 0 : retries.attempts();
    String retryOn = retries.retryOn() == null ? "" : retries.retryOn();
    if (attempts < 0) {
      out.deny(path.key("attempts"), "attempts cannot be negative");
    }
    if (attempts == 0
        && (retries.perTryTimeout() != null
            || !retryOn.isEmpty()
            || retries.retryRemoteLocalities() != null)) {
      out.deny(path, "http retry policy configured when attempts are set to 0 (disabled)");
    }
    if (retries.perTryTimeout() != null) {
      deny(out, path.key("perTryTimeout"), Durations.validate(retries.perTryTimeout()));
    }
    if (!retryOn.isEmpty()) {
      for (String policy : retryOn.split(",", -1)) {
        // a named policy first: nearly every one is, and then it is no number to parse
        if (!RETRY_ON_POLICIES.contains(policy) && !HTTP_STATUS_CODES.contains(goAtoi(policy))) {
          out.deny(path.key("retryOn"), GoText.quote(policy) + " is not a valid retryOn policy");
        }
      }
    }
    if (retries.extra().get("backoff") instanceof String backoff) {
      deny(out, path.key("backoff"), Durations.validate(backoff));
    }
  }

  /**
   * {@code strconv.Atoi} with its error ignored: 0 unless the text is an optionally signed decimal
   * number.
   */
  private static int goAtoi(String s) {
    String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    if (digits.isEmpty()) {
      return 0;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
    }
    try {
      long v = Long.parseLong(digits);
      return v > Integer.MAX_VALUE ? 0 : (int) (s.startsWith("-") ? -v : v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** {@code validateHTTPRewrite}: the first problem only. */
  private static void rewrite(HTTPRewrite rewrite, At path, Messages out) {
    if (rewrite == null) {
      return;
    }
    boolean uri = rewrite.uri() != null && !rewrite.uri().isEmpty();
    boolean authority = rewrite.authority() != null && !rewrite.authority().isEmpty();
    if (uri && rewrite.uriRegexRewrite() != null) {
      out.deny(path, "rewrite may only contain one of URI or UriRegexRewrite");
      return;
    }
    if (!uri && rewrite.uriRegexRewrite() == null && !authority) {
      out.deny(
          path,
          "rewrite must specify at least one of URI, UriRegexRewrite, or authority. "
              + "Only one of URI or UriRegexRewrite may be specified");
      return;
    }
    if (rewrite.uriRegexRewrite() != null) {
      At at = path.key("uriRegexRewrite");
      String match =
          rewrite.uriRegexRewrite().match() == null ? "" : rewrite.uriRegexRewrite().match();
      String replacement =
          rewrite.uriRegexRewrite().rewrite() == null ? "" : rewrite.uriRegexRewrite().rewrite();
      // Istio joins the cause under a headline with errors.Join, which puts a newline between them.
      if (match.isEmpty() || replacement.isEmpty()) {
        out.deny(
            at,
            "UriRegexRewrite has errors\nUriRegexRewrite requires both Rewrite and Match fields to be specified");
        return;
      }
      Problem problem =
          StringMatchValidation.validateRegex(match, "HTTPRewrite.UriRegexRewrite.Match");
      if (problem != null) {
        out.deny(problem.code(), at.key("match"), "UriRegexRewrite has errors\n" + problem.text());
      }
    }
  }

  /** {@code validateAuthorityRewrite}: the authority may be rewritten in one place only. */
  private static void authorityRewrite(
      HTTPRewrite rewrite, Headers headers, At path, Messages out) {
    String current = rewrite == null || rewrite.authority() == null ? "" : rewrite.authority();
    if (headers == null || headers.request() == null) {
      return;
    }
    At requestPath = path.key("headers").key("request");
    for (String op : List.of("set", "add")) {
      Map<String, String> values =
          op.equals("set") ? headers.request().set() : headers.request().add();
      for (Map.Entry<String, String> e : values.entrySet()) {
        if (!HeaderValidation.isAuthority(e.getKey())) {
          continue;
        }
        if (!current.isEmpty()) {
          out.deny(
              requestPath.key(op).key(e.getKey()),
              "authority header cannot be set multiple times: have "
                  + GoText.quote(current)
                  + ", attempting to set "
                  + GoText.quote(e.getValue()));
          return;
        }
        current = e.getValue();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // validateHTTPRouteDestinations

  private static void routeDestinations(
      List<HTTPRouteDestination> route, boolean gatewaySemantics, At path, Messages out) {
    int total = 0;
    for (int k = 0; k < route.size(); k++) {
      HTTPRouteDestination weight = route.get(k);
      At at = path.index(k);
      if (weight.destination() == null) {
        out.deny(at, "destination is required");
      }
      if (weight.headers() != null) {
        HeaderValidation.validateOperations(weight.headers(), at.key("headers"), out);
      }
      if (!gatewaySemantics && weight.destination() != null) {
        DestinationValidation.validate(weight.destination(), at, "destination", out);
      }
      int w = weight.weight() == null ? 0 : weight.weight();
      String weightError = DestinationValidation.validateWeight(w);
      if (weightError != null) {
        out.deny(at.key("weight"), weightError);
      }
      total += w; // int32 arithmetic, as in Go
    }
    if (route.size() > 1 && total == 0) {
      out.deny(path, "total destination weight = 0");
    }
  }
}
