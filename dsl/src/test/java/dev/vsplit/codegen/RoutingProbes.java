package dev.vsplit.codegen;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import dev.vsplit.routing.Decision;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.routing.Request;
import dev.vsplit.routing.Simulator;
import dev.vsplit.rules.Checker;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Request simulation of a monolith against its split, independent of the proof: probe requests
 * derived from every match's literals (paths, path + suffix, path + "/" + suffix, upper- and
 * lower-case variants, methods, header and query values present, present with another value, and
 * absent) are routed through both with {@link Simulator} (request-level matching, not the proof's
 * route comparison), and each request's route is compared by what it does (the route without its
 * match and name, or 404).
 */
final class RoutingProbes {

  private RoutingProbes() {}

  /** The effective routes of a monolith given as YAML text. */
  static List<EffectiveVirtualService> monolith(String yaml) {
    return new Checker(MeshOptions.DEFAULTS)
        .check(new ManifestReader().readString("monolith.yaml", yaml))
        .effective();
  }

  /** Compiles the generated sources, runs them, and returns the effective routes. */
  static List<EffectiveVirtualService> split(Map<String, String> sources) throws Exception {
    return generate(sources).effective();
  }

  /** Compiles the generated sources and runs them as {@code vsplit:generate} does. */
  static Generation generate(Map<String, String> sources) throws Exception {
    Map<String, Class<?>> classes = InMemoryCompiler.compile(sources, MeshSpec.class);
    List<MeshSpec> meshes = new ArrayList<>();
    List<TeamSpec> teams = new ArrayList<>();
    for (Class<?> c : classes.values()) {
      Object spec = c.getConstructor().newInstance();
      if (spec instanceof MeshSpec m) {
        meshes.add(m);
      } else {
        teams.add((TeamSpec) spec);
      }
    }
    return Vsplit.load(meshes, teams, MeshOptions.DEFAULTS);
  }

  /**
   * The probe requests whose route differs between {@code before} and {@code after}, each with both
   * routes; empty when every probe takes an equal route.
   */
  static List<String> differences(
      List<EffectiveVirtualService> before, List<EffectiveVirtualService> after) {
    List<String> out = new ArrayList<>();
    Simulator was = new Simulator(before, Map.of());
    Simulator now = new Simulator(after, Map.of());
    for (EffectiveVirtualService vs : before) {
      String host = vs.source().spec().hosts().get(0);
      String gateway =
          vs.source().spec().gateways().isEmpty() ? null : vs.source().spec().gateways().get(0);
      for (Request probe : probes(vs)) {
        Request r = probe.host(host);
        if (gateway != null && !gateway.equals("mesh")) {
          r = r.gateway(gateway);
        }
        String a = action(was.route(r));
        String b = action(now.route(r));
        if (!a.equals(b)) {
          out.add(r + "\n  monolith: " + a + "\n  split:    " + b);
        }
      }
    }
    return out;
  }

  /** What the request's route does: the route as YAML without match and name, or 404. */
  private static String action(Decision d) {
    if (d.hit() == null) {
      return "404";
    }
    HTTPRoute r = d.hit().route().route().withMatch(List.of()).withName(null);
    return YamlWriter.writeValue(r, YamlWriter.Defaults.OMIT).strip().replace("\n", " ");
  }

  /** Requests derived from the literals of every match of {@code vs}. */
  static List<Request> probes(EffectiveVirtualService vs) {
    Set<String> paths = new LinkedHashSet<>(List.of("/", "/zz-unmatched"));
    Set<String> methods = new LinkedHashSet<>(List.of("GET", "POST"));
    Map<String, Set<String>> headers = new java.util.TreeMap<>();
    Map<String, Set<String>> params = new java.util.TreeMap<>();
    for (HTTPRoute route : vs.http()) {
      for (HTTPMatchRequest m : route.match()) {
        String p = literal(m.uri());
        if (p != null) {
          for (String v :
              List.of(
                  p,
                  p + "x",
                  p + "/x",
                  p.endsWith("/") ? p.substring(0, p.length() - 1) : p,
                  p.toUpperCase(Locale.ROOT),
                  p.toLowerCase(Locale.ROOT))) {
            if (v.startsWith("/")) {
              paths.add(v);
            }
          }
        }
        String method = literal(m.method());
        if (method != null) {
          methods.add(method);
        }
        m.headers().forEach((k, v) -> values(headers, k, v));
        m.withoutHeaders().forEach((k, v) -> values(headers, k, v));
        m.queryParams().forEach((k, v) -> values(params, k, v));
      }
    }
    List<Request> out = new ArrayList<>();
    for (String path : paths) {
      for (String method : methods) {
        out.add(Request.of(method, path));
        for (var h : headers.entrySet()) {
          for (String v : h.getValue()) {
            out.add(Request.of(method, path).header(h.getKey(), v));
          }
        }
        for (var q : params.entrySet()) {
          for (String v : q.getValue()) {
            String sep = path.contains("?") ? "&" : "?";
            out.add(Request.of(method, path + sep + q.getKey() + "=" + v));
          }
        }
      }
    }
    return out;
  }

  /**
   * The values probed for one header or query parameter: the match's literal, and another value
   * that does not start with it (so an exact, prefix or literal-led regex match fails on it).
   */
  private static void values(Map<String, Set<String>> probed, String name, StringMatch match) {
    String v = literal(match);
    Set<String> values = probed.computeIfAbsent(name, x -> new LinkedHashSet<>());
    values.add(v == null ? "x" : v);
    values.add(v != null && "zz-other".startsWith(v) ? "yy-other" : "zz-other");
  }

  /** The literal of an exact or prefix match, the literal start of a regex; {@code null} else. */
  private static String literal(StringMatch s) {
    if (s instanceof StringMatch.Exact e) {
      return e.value();
    }
    if (s instanceof StringMatch.Prefix p) {
      return p.value();
    }
    if (s instanceof StringMatch.Regex re) {
      String lit = RegexPrefix.literal(re.value());
      return lit.isEmpty() ? null : lit;
    }
    return null;
  }
}
