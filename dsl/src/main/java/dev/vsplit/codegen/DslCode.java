package dev.vsplit.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.vsplit.base.Describe;
import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPFaultInjection;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRedirect;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.HeaderOperations;
import dev.vsplit.model.Headers;
import dev.vsplit.model.Percent;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Istio's route and match objects written as the DSL calls that produce them, the way a person
 * writes them: {@code
 * http.route("reviews").match(prefix("/reviews")).to(destination(REVIEWS).port(9080))}. Collects
 * the static imports and host constants of one source file.
 *
 * <p>{@link #unexpressible} says which fields the DSL cannot write exactly; code is only generated
 * for what it can.
 */
final class DslCode {

  static final String PACKAGE = "dev.vsplit";
  static final ClassName MATCH = ClassName.get(PACKAGE, "Match");
  static final ClassName BACKEND = ClassName.get(PACKAGE, "Backend");
  static final ClassName REDIRECT = ClassName.get(PACKAGE, "Redirect");
  static final ClassName CORS = ClassName.get(PACKAGE, "Cors");
  static final ClassName ROUTES = ClassName.get(PACKAGE, "Routes");
  static final ClassName TEAM_SPEC = ClassName.get(PACKAGE, "TeamSpec");
  static final ClassName MESH_SPEC = ClassName.get(PACKAGE, "MeshSpec");
  static final ClassName MESH = ClassName.get(PACKAGE, "Mesh");
  static final ClassName TEAM = ClassName.get(PACKAGE, "Team");
  static final ClassName SECONDARY = ClassName.get(PACKAGE, "Secondary");

  private final Map<ClassName, TreeSet<String>> statics = new LinkedHashMap<>();
  private final Map<String, String> hostConstants;

  /**
   * @param hostConstants destination hosts written as a constant of the class, host → constant name
   */
  DslCode(Map<String, String> hostConstants) {
    this.hostConstants = hostConstants;
  }

  // ---------------------------------------------------------------------------------------------
  // what the DSL can write

  /**
   * The parts of a route the DSL cannot write exactly, in words; empty when it can write all of it.
   */
  static List<String> unexpressible(HTTPRoute r) {
    List<String> out = new ArrayList<>();
    if (!r.extra().isEmpty()) {
      out.add("fields vsplit does not model (" + String.join(", ", r.extra().keySet()) + ")");
    }
    for (int i = 0; i < r.match().size(); i++) {
      for (String why : unexpressible(r.match().get(i))) {
        out.add("match[" + i + "]: " + why);
      }
    }
    for (HTTPRouteDestination d : r.route()) {
      unexpressibleDestination(d, out);
    }
    if (r.delegate() != null) {
      out.add("delegate (the monolith already delegates)");
    }
    HTTPRedirect redirect = r.redirect();
    if (redirect != null) {
      if (redirect.uri() == null && redirect.authority() == null) {
        out.add("a redirect with neither uri nor authority");
      }
      if (redirect.derivePort() != null) {
        out.add("redirect.derivePort");
      }
      if (!redirect.extra().isEmpty()) {
        out.add("redirect fields " + redirect.extra().keySet());
      }
    }
    HTTPDirectResponse direct = r.directResponse();
    if (direct != null
        && (direct.status() == null
            || !direct.extra().isEmpty()
            || (direct.body() != null
                && (direct.body().string() == null
                    || direct.body().bytes() != null
                    || !direct.body().extra().isEmpty())))) {
      out.add("a directResponse other than a status with an optional string body");
    }
    HTTPRewrite rewrite = r.rewrite();
    if (rewrite != null
        && (!rewrite.extra().isEmpty()
            || (rewrite.uri() != null && rewrite.uriRegexRewrite() != null)
            || (rewrite.uriRegexRewrite() != null && !rewrite.uriRegexRewrite().extra().isEmpty())
            || (rewrite.uri() == null
                && rewrite.authority() == null
                && rewrite.uriRegexRewrite() == null))) {
      out.add("this rewrite (the DSL writes uri or uriRegexRewrite, and authority)");
    }
    HTTPRetry retries = r.retries();
    if (retries != null
        && (retries.attempts() == null
            || retries.retryRemoteLocalities() != null
            || !retries.extra().isEmpty())) {
      out.add("retries other than attempts, perTryTimeout and retryOn");
    }
    HTTPFaultInjection fault = r.fault();
    if (fault != null) {
      HTTPFaultInjection.Delay delay = fault.delay();
      HTTPFaultInjection.Abort abort = fault.abort();
      if (!fault.extra().isEmpty()
          || (delay != null
              && (delay.fixedDelay() == null
                  || !percent(delay.percentage())
                  || delay.percent() != null
                  || !delay.extra().isEmpty()))
          || (abort != null
              && (abort.httpStatus() == null
                  || abort.grpcStatus() != null
                  || abort.http2Error() != null
                  || !percent(abort.percentage())
                  || !abort.extra().isEmpty()))
          || (delay == null && abort == null)) {
        out.add(
            "this fault (the DSL writes a fixedDelay and an httpStatus abort, each with a percentage)");
      }
    }
    if (r.mirror() != null) {
      if (!plainDestination(r.mirror())) {
        out.add("mirror fields beyond host, subset and port");
      }
      if (r.mirrorPercentage() != null && !percent(r.mirrorPercentage())) {
        out.add("mirrorPercentage fields beyond value");
      }
    } else if (r.mirrorPercentage() != null) {
      out.add("mirrorPercentage without mirror");
    }
    if (!r.mirrors().isEmpty()) {
      out.add("mirrors (the DSL writes a single mirror)");
    }
    if (r.mirrorPercent() != null) {
      out.add("mirrorPercent (deprecated; write mirrorPercentage)");
    }
    CorsPolicy cors = r.corsPolicy();
    if (cors != null) {
      boolean regexSeen = false;
      boolean ok = cors.extra().isEmpty() && cors.unmatchedPreflights() == null;
      for (StringMatch origin : cors.allowOrigins()) {
        if (origin instanceof StringMatch.Regex) {
          regexSeen = true;
        } else if (!(origin instanceof StringMatch.Exact) || regexSeen) {
          ok = false;
        }
      }
      if (!ok) {
        out.add(
            "this corsPolicy (the DSL writes exact origins, then regex origins, methods, headers, maxAge, allowCredentials)");
      }
    }
    Headers headers = r.headers();
    if (headers != null
        && (!headers.extra().isEmpty()
            || !plainOps(headers.request())
            || !plainOps(headers.response())
            || (empty(headers.request()) && empty(headers.response())))) {
      out.add("these header operations");
    }
    return out;
  }

  /** The parts of a match the DSL cannot write exactly. */
  static List<String> unexpressible(HTTPMatchRequest m) {
    List<String> out = new ArrayList<>();
    if (m.uri() instanceof StringMatch.Empty) {
      out.add("uri {} (an empty string match)");
    }
    if (m.method() != null && !(m.method() instanceof StringMatch.Exact)) {
      out.add("method " + m.method() + " (the DSL matches a method exactly)");
    }
    if (m.scheme() != null && !(m.scheme() instanceof StringMatch.Exact)) {
      out.add("scheme " + m.scheme() + " (the DSL matches a scheme exactly)");
    }
    if (m.authority() != null
        && !(m.authority() instanceof StringMatch.Exact
            || m.authority() instanceof StringMatch.Prefix)) {
      out.add("authority " + m.authority());
    }
    m.withoutHeaders()
        .forEach(
            (k, v) -> {
              if (!(v instanceof StringMatch.Empty)) {
                out.add("withoutHeaders " + k + " " + v + " (the DSL writes only 'header absent')");
              }
            });
    m.queryParams()
        .forEach(
            (k, v) -> {
              if (!(v instanceof StringMatch.Exact || v instanceof StringMatch.Regex)) {
                out.add("queryParams " + k + " " + v + " (the DSL writes exact and regex)");
              }
            });
    if (m.statPrefix() != null && !m.statPrefix().isEmpty()) {
      out.add("statPrefix");
    }
    if (!m.extra().isEmpty()) {
      out.add("match fields vsplit does not model (" + String.join(", ", m.extra().keySet()) + ")");
    }
    return out;
  }

  private static void unexpressibleDestination(HTTPRouteDestination d, List<String> out) {
    if (d.destination() == null || !plainDestination(d.destination()) || !d.extra().isEmpty()) {
      out.add("a destination with fields beyond host, subset, port and weight");
    }
    Headers h = d.headers();
    if (h != null
        && (!h.extra().isEmpty()
            || h.response() != null
            || h.request() == null
            || !h.request().add().isEmpty()
            || !h.request().remove().isEmpty()
            || !h.request().extra().isEmpty()
            || h.request().set().isEmpty())) {
      out.add("destination header operations other than request set");
    }
  }

  private static boolean plainDestination(Destination d) {
    return d.host() != null
        && d.extra().isEmpty()
        && (d.port() == null || (d.port().number() != null && d.port().extra().isEmpty()));
  }

  private static boolean plainOps(HeaderOperations ops) {
    return ops == null || ops.extra().isEmpty();
  }

  private static boolean empty(HeaderOperations ops) {
    return ops == null || (ops.set().isEmpty() && ops.add().isEmpty() && ops.remove().isEmpty());
  }

  private static boolean percent(Percent p) {
    return p != null && p.value() != null && p.extra().isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // code

  /**
   * {@code http.route("name").match(...).to(...)...;} as one statement (no trailing newline
   * handling).
   */
  CodeBlock route(String routes, HTTPRoute r) {
    List<CodeBlock> calls = new ArrayList<>();
    if (!r.match().isEmpty()) {
      calls.add(CodeBlock.of(".match($L)", join(matches(r.match()))));
    }
    if (!r.route().isEmpty()) {
      calls.add(CodeBlock.of(".to($L)", join(r.route().stream().map(this::backend).toList())));
    }
    if (r.redirect() != null) {
      calls.add(CodeBlock.of(".redirect($L)", redirect(r.redirect())));
    }
    if (r.directResponse() != null) {
      HTTPDirectResponse d = r.directResponse();
      calls.add(
          d.body() == null
              ? CodeBlock.of(".directResponse($L)", d.status())
              : CodeBlock.of(".directResponse($L, $S)", d.status(), d.body().string()));
    }
    HTTPRewrite rewrite = r.rewrite();
    if (rewrite != null) {
      if (rewrite.uri() != null) {
        calls.add(CodeBlock.of(".rewrite($S)", rewrite.uri()));
      }
      if (rewrite.uriRegexRewrite() != null) {
        calls.add(
            CodeBlock.of(
                ".rewriteRegex($S, $S)",
                rewrite.uriRegexRewrite().match(),
                rewrite.uriRegexRewrite().rewrite()));
      }
      if (rewrite.authority() != null) {
        calls.add(CodeBlock.of(".rewriteAuthority($S)", rewrite.authority()));
      }
    }
    if (r.timeout() != null) {
      calls.add(CodeBlock.of(".timeout($S)", r.timeout()));
    }
    HTTPRetry retries = r.retries();
    if (retries != null) {
      calls.add(
          retries.retryOn() == null
              ? CodeBlock.of(".retries($L, $S)", retries.attempts(), retries.perTryTimeout())
              : CodeBlock.of(
                  ".retries($L, $S, $S)",
                  retries.attempts(),
                  retries.perTryTimeout(),
                  retries.retryOn()));
    }
    HTTPFaultInjection fault = r.fault();
    if (fault != null) {
      if (fault.delay() != null) {
        calls.add(
            CodeBlock.of(
                ".faultDelay($S, $L)",
                fault.delay().fixedDelay(),
                number(fault.delay().percentage().value())));
      }
      if (fault.abort() != null) {
        calls.add(
            CodeBlock.of(
                ".faultAbort($L, $L)",
                fault.abort().httpStatus(),
                number(fault.abort().percentage().value())));
      }
    }
    if (r.mirror() != null) {
      calls.add(
          r.mirrorPercentage() == null
              ? CodeBlock.of(".mirror($L)", destination(r.mirror()))
              : CodeBlock.of(
                  ".mirror($L, $L)",
                  destination(r.mirror()),
                  number(r.mirrorPercentage().value())));
    }
    if (r.corsPolicy() != null) {
      calls.add(CodeBlock.of(".cors($L)", cors(r.corsPolicy())));
    }
    Headers headers = r.headers();
    if (headers != null) {
      headerOps(headers.request(), "Request", calls);
      headerOps(headers.response(), "Response", calls);
    }
    CodeBlock.Builder out = CodeBlock.builder();
    if (r.name() == null) {
      out.add("$L.route()", routes);
    } else {
      out.add("$L.route($S)", routes, r.name());
    }
    for (CodeBlock call : calls) {
      out.add("\n$L", call);
    }
    return out.build();
  }

  private static void headerOps(HeaderOperations ops, String side, List<CodeBlock> calls) {
    if (ops == null) {
      return;
    }
    ops.set().forEach((k, v) -> calls.add(CodeBlock.of(".set$LHeader($S, $S)", side, k, v)));
    ops.add().forEach((k, v) -> calls.add(CodeBlock.of(".add$LHeader($S, $S)", side, k, v)));
    ops.remove().forEach(k -> calls.add(CodeBlock.of(".remove$LHeader($S)", side, k)));
  }

  /**
   * A match list as DSL matches: each match as {@link #match} writes it, except that an exact path
   * followed by the prefix of its subpaths with the same other conditions ({@code exact /a}, {@code
   * prefix /a/}) is one {@code pathPrefix("/a")}, which writes exactly those two.
   */
  List<CodeBlock> matches(List<HTTPMatchRequest> matches) {
    List<CodeBlock> out = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      HTTPMatchRequest m = matches.get(i);
      if (i + 1 < matches.size() && Describe.isPathPrefix(m, matches.get(i + 1))) {
        out.add(match(m, call(MATCH, "pathPrefix", "$S", m.uri().value())));
        i++;
      } else {
        out.add(match(m));
      }
    }
    return out;
  }

  /** {@code prefix("/api").header("x-canary", "true")}. */
  CodeBlock match(HTTPMatchRequest m) {
    StringMatch uri = m.uri();
    CodeBlock start;
    if (uri instanceof StringMatch.Exact e) {
      start = call(MATCH, "exact", "$S", e.value());
    } else if (uri instanceof StringMatch.Prefix p) {
      start = call(MATCH, "prefix", "$S", p.value());
    } else if (uri instanceof StringMatch.Regex re) {
      start = call(MATCH, "regex", "$S", re.value());
    } else {
      start = call(MATCH, "any", "");
    }
    return match(m, start);
  }

  /** The match's conditions besides its uri, after {@code start}, the call that writes the uri. */
  private CodeBlock match(HTTPMatchRequest m, CodeBlock start) {
    CodeBlock.Builder out = CodeBlock.builder().add(start);
    if (m.method() != null) {
      out.add(".method($S)", m.method().value());
    }
    if (m.scheme() != null) {
      out.add(".scheme($S)", m.scheme().value());
    }
    if (m.authority() instanceof StringMatch.Prefix p) {
      out.add(".authorityPrefix($S)", p.value());
    } else if (m.authority() != null) {
      out.add(".authority($S)", m.authority().value());
    }
    m.headers()
        .forEach(
            (k, v) -> {
              if (v instanceof StringMatch.Empty) {
                out.add(".headerPresent($S)", k);
              } else if (v instanceof StringMatch.Prefix) {
                out.add(".headerPrefix($S, $S)", k, v.value());
              } else if (v instanceof StringMatch.Regex) {
                out.add(".headerRegex($S, $S)", k, v.value());
              } else {
                out.add(".header($S, $S)", k, v.value());
              }
            });
    m.withoutHeaders().keySet().forEach(k -> out.add(".withoutHeader($S)", k));
    m.queryParams()
        .forEach(
            (k, v) ->
                out.add(
                    v instanceof StringMatch.Regex ? ".queryRegex($S, $S)" : ".query($S, $S)",
                    k,
                    v.value()));
    if (m.portNumber() != 0) {
      out.add(".port($L)", m.portNumber());
    }
    m.sourceLabels().forEach((k, v) -> out.add(".sourceLabel($S, $S)", k, v));
    if (m.sourceNamespace() != null && !m.sourceNamespace().isEmpty()) {
      out.add(".sourceNamespace($S)", m.sourceNamespace());
    }
    if (!m.gateways().isEmpty()) {
      out.add(".gateways($L)", strings(m.gateways()));
    }
    if (m.ignoresUriCase()) {
      out.add(".ignoreUriCase()");
    }
    if (m.name() != null && !m.name().isEmpty()) {
      out.add(".named($S)", m.name());
    }
    return out.build();
  }

  /** {@code destination(REVIEWS).subset("v2").port(9080).weight(10)}. */
  CodeBlock backend(HTTPRouteDestination d) {
    CodeBlock.Builder out = CodeBlock.builder().add(destination(d.destination()));
    if (d.weight() != null) {
      out.add(".weight($L)", d.weight());
    }
    if (d.headers() != null && d.headers().request() != null) {
      new TreeMap<>(d.headers().request().set())
          .forEach((k, v) -> out.add(".setRequestHeader($S, $S)", k, v));
    }
    return out.build();
  }

  /** {@code destination(REVIEWS).subset("v2").port(9080)}. */
  CodeBlock destination(Destination d) {
    String constant = hostConstants.get(d.host());
    CodeBlock.Builder out =
        CodeBlock.builder()
            .add(
                constant != null
                    ? call(BACKEND, "destination", "$N", constant)
                    : call(BACKEND, "destination", "$S", d.host()));
    if (d.subset() != null) {
      out.add(".subset($S)", d.subset());
    }
    if (d.port() != null) {
      out.add(".port($L)", d.port().number());
    }
    return out.build();
  }

  private CodeBlock redirect(HTTPRedirect r) {
    CodeBlock.Builder out = CodeBlock.builder();
    if (r.uri() != null) {
      out.add("$T.to($S)", REDIRECT, r.uri());
      if (r.authority() != null) {
        out.add(".authority($S)", r.authority());
      }
    } else {
      out.add("$T.toAuthority($S)", REDIRECT, r.authority());
    }
    if (r.scheme() != null) {
      out.add(".scheme($S)", r.scheme());
    }
    if (r.port() != null) {
      out.add(".port($L)", r.port());
    }
    if (r.redirectCode() != null) {
      out.add(".code($L)", r.redirectCode());
    }
    return out.build();
  }

  private CodeBlock cors(CorsPolicy c) {
    CodeBlock.Builder out = CodeBlock.builder();
    List<String> exact = new ArrayList<>();
    List<String> regex = new ArrayList<>();
    for (StringMatch o : c.allowOrigins()) {
      (o instanceof StringMatch.Regex ? regex : exact).add(o.value());
    }
    out.add("$T.allowOrigins($L)", CORS, strings(exact));
    regex.forEach(re -> out.add(".addAllowOriginRegex($S)", re));
    if (!c.allowMethods().isEmpty()) {
      out.add(".allowMethods($L)", strings(c.allowMethods()));
    }
    if (!c.allowHeaders().isEmpty()) {
      out.add(".allowHeaders($L)", strings(c.allowHeaders()));
    }
    if (!c.exposeHeaders().isEmpty()) {
      out.add(".exposeHeaders($L)", strings(c.exposeHeaders()));
    }
    if (c.maxAge() != null) {
      out.add(".maxAge($S)", c.maxAge());
    }
    if (c.allowCredentials() != null) {
      out.add(".allowCredentials($L)", c.allowCredentials());
    }
    return out.build();
  }

  /** A call of a statically imported DSL factory: {@code exact("/login")}. */
  CodeBlock call(ClassName owner, String method, String format, Object... args) {
    statics.computeIfAbsent(owner, k -> new TreeSet<>()).add(method);
    // "$T.name(" written out: JavaPoet shortens a static import only when the member follows $T
    // literally
    return CodeBlock.builder().add("$T." + method + "(", owner).add(format, args).add(")").build();
  }

  /**
   * {@code private static final String REVIEWS = "reviews.bookinfo.svc.cluster.local";} for each
   * host constant.
   */
  List<com.palantir.javapoet.FieldSpec> hostConstantFields() {
    List<com.palantir.javapoet.FieldSpec> out = new ArrayList<>();
    hostConstants.forEach(
        (host, name) ->
            out.add(
                com.palantir.javapoet.FieldSpec.builder(
                        String.class,
                        name,
                        javax.lang.model.element.Modifier.PRIVATE,
                        javax.lang.model.element.Modifier.STATIC,
                        javax.lang.model.element.Modifier.FINAL)
                    .initializer("$S", host)
                    .build()));
    return out;
  }

  /** Adds the static imports the code used. */
  void addImports(JavaFile.Builder file) {
    statics.forEach((owner, names) -> file.addStaticImport(owner, names.toArray(String[]::new)));
  }

  static CodeBlock strings(List<String> values) {
    return join(values.stream().map(v -> CodeBlock.of("$S", v)).toList());
  }

  /** Arguments separated by commas, wrapped where the line gets long. */
  static CodeBlock join(List<CodeBlock> parts) {
    return CodeBlock.join(parts, ",$W");
  }

  /** {@code 10.0} for a percentage; Java reads it back as the same double. */
  static String number(Double value) {
    return Double.toString(value);
  }
}
