package dev.vsplit.report;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.StringMatch;
import dev.vsplit.routing.RouteTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The route map as one self-contained HTML page: no network, no CDN, works from {@code file://}.
 * Per host the delegation tree coloured by team, every route with its matches, destinations and
 * weights, timeout and retries, owner and findings; and a search that answers which route takes a
 * request with the simulator's semantics ({@code dev.vsplit.routing.Simulator}): the page's script
 * chooses the VirtualService by gateway and host as Envoy does, then the first route in evaluation
 * order one of whose matches admits the request. Regexes are RE2's: each is checked with RE2 here,
 * and the page never matches one RE2 refuses.
 */
public final class HtmlReport {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TEMPLATE = template();
  private static final String DATA = "/*VSPLIT-DATA*/null";

  private HtmlReport() {}

  /**
   * The page.
   *
   * @param title what the routes were taken from, e.g. {@code the specs} or {@code istio/}
   * @param table the effective routes of each primary, with each route's team and owner
   * @param findings what the engine found: each shown on its route when it names one, else in the
   *     list at the top
   * @return the HTML text
   */
  public static String render(String title, RouteTable table, List<Finding> findings) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", title);
    List<Object> vss = new ArrayList<>();
    for (RouteTable.Primary p : table.primaries()) {
      Map<String, Object> vs = new LinkedHashMap<>();
      vs.put("namespace", p.ref().namespace());
      vs.put("name", p.ref().name());
      vs.put("kind", p.ref().kind() == null ? "" : p.ref().kind());
      vs.put("hosts", p.hosts());
      vs.put("gateways", p.gateways().isEmpty() ? List.of("mesh") : p.gateways());
      List<Object> routes = new ArrayList<>();
      for (RouteTable.Row row : p.rows()) {
        routes.add(route(row));
      }
      vs.put("routes", routes);
      vss.add(vs);
    }
    data.put("virtualServices", vss);
    List<Map<String, Object>> found = FindingValues.of(findings);
    for (int i = 0; i < found.size(); i++) {
      found.get(i).put("anchor", findings.get(i).code().anchor());
    }
    data.put("findings", found);
    String json = JSON.writeValueAsString(data);
    return TEMPLATE.replace(DATA, scriptSafe(json));
  }

  private static Map<String, Object> route(RouteTable.Row row) {
    HTTPRoute r = row.route();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("position", row.position());
    out.put("name", r.name());
    out.put("team", row.team());
    out.put("owner", row.owner());
    out.put("secondary", row.secondary() == null ? null : row.secondary().toString());
    out.put("writtenAt", row.writtenAt());
    List<Object> matches = new ArrayList<>();
    for (HTTPMatchRequest m : r.match()) {
      matches.add(match(m));
    }
    out.put("matches", matches);
    List<Object> destinations = new ArrayList<>();
    int total = 0;
    for (HTTPRouteDestination d : r.route()) {
      total += d.weight() == null ? 0 : d.weight();
    }
    for (HTTPRouteDestination d : r.route()) {
      Map<String, Object> item = new LinkedHashMap<>();
      Destination dest = d.destination();
      item.put("host", dest == null ? null : dest.host());
      item.put("subset", dest == null ? null : dest.subset());
      item.put("port", dest == null || dest.port() == null ? null : dest.port().number());
      item.put("weight", d.weight());
      item.put(
          "percent",
          r.route().size() == 1
              ? 100.0
              : total == 0 ? 0.0 : 100.0 * (d.weight() == null ? 0 : d.weight()) / total);
      destinations.add(item);
    }
    out.put("destinations", destinations);
    if (r.redirect() != null) {
      Map<String, Object> redirect = new LinkedHashMap<>();
      redirect.put("uri", r.redirect().uri());
      redirect.put("authority", r.redirect().authority());
      redirect.put("code", r.redirect().redirectCode());
      out.put("redirect", redirect);
    }
    if (r.directResponse() != null) {
      out.put("directResponse", r.directResponse().status());
    }
    out.put("timeout", r.timeout());
    if (r.retries() != null) {
      Map<String, Object> retries = new LinkedHashMap<>();
      retries.put("attempts", r.retries().attempts());
      retries.put("perTryTimeout", r.retries().perTryTimeout());
      retries.put("retryOn", r.retries().retryOn());
      out.put("retries", retries);
    }
    return out;
  }

  private static Map<String, Object> match(HTTPMatchRequest m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", m.name());
    out.put("uri", string(m.uri()));
    out.put("ignoreUriCase", m.ignoresUriCase());
    out.put("method", string(m.method()));
    out.put("scheme", string(m.scheme()));
    out.put("authority", string(m.authority()));
    out.put("headers", strings(m.headers()));
    out.put("withoutHeaders", strings(m.withoutHeaders()));
    out.put("queryParams", strings(m.queryParams()));
    out.put("port", m.portNumber());
    out.put("gateways", m.gateways());
    out.put("sourceLabels", m.sourceLabels());
    out.put("sourceNamespace", m.sourceNamespace());
    return out;
  }

  private static Map<String, Object> strings(Map<String, StringMatch> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, string(v)));
    return out;
  }

  /**
   * A string match for the page: {@code {kind, value}}, a regex with {@code re2: false} when RE2
   * refuses it (Envoy would not load it; the simulator never matches it).
   */
  private static Map<String, Object> string(StringMatch m) {
    if (m == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", m instanceof StringMatch.Empty ? "present" : m.kind());
    out.put("value", m.value());
    if (m instanceof StringMatch.Regex x) {
      boolean valid;
      try {
        Pattern.compile(x.value());
        valid = true;
      } catch (PatternSyntaxException e) {
        valid = false;
      }
      out.put("re2", valid);
    }
    return out;
  }

  /** JSON safe inside a {@code <script>} element: no {@code </}, no {@code <!--}. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static String template() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
      if (in == null) {
        throw new IllegalStateException("missing bundled report.html");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled report.html", e);
    }
  }
}
