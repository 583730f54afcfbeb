package dev.vsplit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Vsplit;
import dev.vsplit.routing.Decision;
import dev.vsplit.routing.Request;
import dev.vsplit.routing.RouteTable;
import dev.vsplit.routing.Simulator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report page in a real browser: headless Chromium loads it from {@code file://}, runs 1,000
 * seeded random requests through the page's search and the first ones through its form, and the
 * answers must be the Java simulator's, request for request; the DOM holds every route, the teams
 * and the findings; a search given in the page's address is answered on load, and a screenshot of
 * it is saved under {@code target/report-browser/}. Without Chromium ({@code $CHROMIUM}, else
 * {@code /usr/bin/chromium}) it says so in one line and is skipped.
 */
class ReportBrowserTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final long SEED = Long.getLong("vsplit.report.seed", 20261204L);
  private static final int REQUESTS = 1000;
  private static final int THROUGH_THE_FORM = 40;
  private static final Path OUT = Path.of("target", "report-browser");

  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    String env = System.getenv("CHROMIUM");
    for (String candidate :
        env == null || env.isBlank()
            ? List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
            : List.of(env)) {
      Path p = Path.of(candidate);
      if (Files.isExecutable(p)) {
        chromium = p;
        return;
      }
    }
    System.out.println(
        "ReportBrowserTest SKIPPED: no Chromium found (set CHROMIUM, or install the Debian package"
            + " chromium: apt-get install -y chromium)");
  }

  @Test
  void thePageAnswersAsTheSimulatorDoes() throws Exception {
    Assumptions.assumeTrue(chromium != null, "no Chromium: the browser test is skipped");
    Files.createDirectories(OUT);
    Analysis analysis =
        Vsplit.analyze(
            AnalyzeRequest.of(
                resource("/routing/bookinfo.yaml"), resource("/report/search-mesh.yaml")));
    RouteTable table = analysis.routeTable();
    Simulator simulator = analysis.simulator();
    String page = HtmlReport.render("the test meshes", table, analysis.findings());
    assertThat(page).doesNotContain("http://", "https://", "<link", "src=");

    Random random = new Random(SEED);
    List<Map<String, Object>> requests = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      Map<String, Object> r = randomRequest(random, i < THROUGH_THE_FORM);
      requests.add(r);
      expected.add(javaAnswer(simulator, r));
    }
    // the search in the address: a canary request to the API
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("method", "GET");
    shown.put("path", "/api/v2/cart");
    shown.put("host", "shop.example.com");
    shown.put("headers", Map.of("x-canary", "true"));
    String shownAnswer = javaAnswer(simulator, shown);
    String hash = "#method=GET&path=/api/v2/cart&host=shop.example.com&headers=x-canary:%20true";

    Path pageFile = OUT.resolve("report.html").toAbsolutePath();
    Files.writeString(pageFile, page, StandardCharsets.UTF_8);
    Path harness = OUT.resolve("harness.html").toAbsolutePath();
    Files.writeString(harness, withBatch(page, requests), StandardCharsets.UTF_8);

    long start = System.nanoTime();
    String dom = run("--dump-dom", harness.toUri() + hash);
    Files.writeString(OUT.resolve("harness-dom.html"), dom, StandardCharsets.UTF_8);
    List<String> direct =
        List.of(JSON.readValue(unescape(between(dom, "vsplit-batch")), String[].class));
    List<String> viaForm =
        List.of(JSON.readValue(unescape(between(dom, "vsplit-form")), String[].class));

    List<String> differences = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      if (!direct.get(i).equals(expected.get(i))) {
        differences.add(
            i
                + ": "
                + requests.get(i)
                + " page "
                + direct.get(i)
                + ", simulator "
                + expected.get(i));
      }
      if (i < THROUGH_THE_FORM && !viaForm.get(i).equals(expected.get(i))) {
        differences.add(
            i
                + " (form): "
                + requests.get(i)
                + " page "
                + viaForm.get(i)
                + ", simulator "
                + expected.get(i));
      }
    }
    assertThat(differences)
        .as("seed %d (replay with -Dvsplit.report.seed=%d)", SEED, SEED)
        .isEmpty();
    // the answers are not all alike: the requests reach every kind of outcome
    assertThat(expected).contains("none", "ambiguous");
    assertThat(expected.stream().filter(a -> a.endsWith("#404"))).isNotEmpty();
    assertThat(expected.stream().map(a -> a.split("#")[0]).distinct().count())
        .isGreaterThanOrEqualTo(5);

    // the DOM: every route a row, every team in the legend, the findings counted, the address's
    // search answered
    int routes = table.primaries().stream().mapToInt(p -> p.rows().size()).sum();
    assertThat(count(dom, "<tr id=\"route-")).isEqualTo(routes);
    for (String team : List.of("payments", "catalog", "identity")) {
      assertThat(dom).contains("title=\"team " + team + "\">" + team + "</span>");
    }
    assertThat(dom).contains(analysis.findings().size() + " finding(s)");
    assertThat(dom)
        .containsPattern(
            "id=\"answer\" class=\"hit\" data-answer=\"" + Pattern.quote(shownAnswer) + "\"");
    assertThat(dom)
        .containsPattern(
            "<tr id=\"route-\\d+-"
                + shownAnswer.replaceAll(".*#(\\d+)/.*", "$1")
                + "\" data-position=\"\\d+\" class=\"chosen\"");
    assertThat(dom)
        .contains("subset v2 90%", "subset v1 10%", "3 attempts, 2s each, on 5xx,reset", ">3s<");
    System.out.println(
        "ReportBrowserTest: "
            + REQUESTS
            + " requests (seed "
            + SEED
            + "), "
            + THROUGH_THE_FORM
            + " through the form, answered alike by the page in "
            + chromium
            + " and the simulator; "
            + (System.nanoTime() - start) / 1_000_000
            + " ms in the browser");

    Path screenshot = OUT.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    run("--screenshot=" + screenshot, "--window-size=1280,2200", pageFile.toUri() + hash);
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  /**
   * The page with a script that answers every request through the page's own search, into the DOM.
   */
  private static String withBatch(String page, List<Map<String, Object>> requests) {
    String script =
        "<script>\n"
            + "(function () {\n"
            + "  const requests = "
            + HtmlReport.scriptSafe(JSON.writeValueAsString(requests))
            + ";\n"
            + "  const answer = r => { try { return vsplit.answerKey(vsplit.route(r)); } catch (e) { return 'error: ' + e; } };\n"
            + "  const direct = requests.map(answer);\n"
            + "  const form = document.getElementById('search');\n"
            + "  const hashAnswer = document.getElementById('answer').outerHTML;\n"
            + "  const viaForm = requests.slice(0, "
            + THROUGH_THE_FORM
            + ").map(r => {\n"
            + "    form.reset();\n"
            + "    form.elements.method.value = r.method || '';\n"
            + "    form.elements.path.value = r.path;\n"
            + "    form.elements.host.value = r.host || '';\n"
            + "    form.elements.headers.value = Object.entries(r.headers || {}).map(([k, v]) => k + ': ' + v).join('\\n');\n"
            + "    form.elements.gateway.value = r.gateway || '';\n"
            + "    form.elements.port.value = r.port === null || r.port === undefined ? '' : String(r.port);\n"
            + "    form.elements.scheme.value = r.scheme || '';\n"
            + "    form.elements.sourceNamespace.value = r.sourceNamespace || '';\n"
            + "    form.elements.sourceLabels.value = Object.entries(r.sourceLabels || {}).map(([k, v]) => k + '=' + v).join(', ');\n"
            + "    form.requestSubmit();\n"
            + "    return document.getElementById('answer').getAttribute('data-answer') || 'no answer';\n"
            + "  });\n"
            + "  // the address's search stays the one shown\n"
            + "  window.dispatchEvent(new HashChangeEvent('hashchange'));\n"
            + "  const out = (id, v) => { const pre = document.createElement('pre'); pre.id = id; pre.textContent = JSON.stringify(v); document.body.append(pre); };\n"
            + "  out('vsplit-batch', direct);\n"
            + "  out('vsplit-form', viaForm);\n"
            + "})();\n"
            + "</script>\n";
    int end = page.lastIndexOf("</body>");
    return page.substring(0, end) + script + page.substring(end);
  }

  private static String javaAnswer(Simulator simulator, Map<String, Object> r) {
    @SuppressWarnings("unchecked")
    Map<String, String> headers = (Map<String, String>) r.getOrDefault("headers", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, String> labels = (Map<String, String>) r.getOrDefault("sourceLabels", Map.of());
    Request request =
        new Request(
            (String) r.get("method"),
            (String) r.get("path"),
            (String) r.get("host"),
            (String) r.get("scheme"),
            (Integer) r.get("port"),
            (String) r.get("gateway"),
            headers,
            (String) r.get("sourceNamespace"),
            labels);
    Decision d;
    try {
      d = simulator.route(request);
    } catch (IllegalArgumentException e) {
      return "ambiguous";
    }
    if (d.virtualService() == null) {
      return "none";
    }
    String vs = d.virtualService().namespace() + "/" + d.virtualService().name();
    return vs + "#" + (d.hit() == null ? "404" : d.hit().position() + "/" + d.hit().match());
  }

  private static final List<String> PATHS =
      List.of(
          "/",
          "/api",
          "/api/v2",
          "/api/v2/cart",
          "/api/orders",
          "/api/orders/7",
          "/api/items",
          "/api/items/3",
          "/api2",
          "/en/books",
          "/DE/books",
          "/de/Books",
          "/fr/x",
          "/login",
          "/Login",
          "/LOGIN",
          "/login/x",
          "/account",
          "/account/settings",
          "/account/x",
          "/logout",
          "/productpage",
          "/static/a.css",
          "/reviews/1",
          "/caps/abc",
          "/CAPS/Abc",
          "/caps/1",
          "/item/12",
          "/item/1234",
          "/item/ab",
          "/v1",
          "/v1/orders",
          "/v2");
  private static final List<String> QUERIES =
      List.of(
          "",
          "",
          "",
          "?debug=1",
          "?debug=2",
          "?q",
          "?q=",
          "?x=1&debug=1",
          "?debug=1#f",
          "#f",
          "?q=shoes&debug=1");
  private static final List<String> HOSTS =
      List.of(
          "shop.example.com",
          "SHOP.Example.com:80",
          "shop.example.com.",
          "admin.example.com",
          "www.example.com",
          "example.com",
          "orders.api.svc.cluster.local",
          "orders",
          "orders.api",
          "orders.api:8080",
          "unknown.org",
          "bookinfo.com");

  /** One request, its parts drawn to reach every branch of the matcher. */
  private static Map<String, Object> randomRequest(Random random, boolean formable) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("method", pick(random, List.of("GET", "GET", "GET", "POST", "HEAD", "PUT")));
    r.put("path", pick(random, PATHS) + pick(random, QUERIES));
    r.put("host", random.nextInt(10) == 0 ? null : pick(random, HOSTS));
    Map<String, String> headers = new LinkedHashMap<>();
    if (random.nextInt(3) == 0) {
      headers.put(
          formable ? "x-canary" : pick(random, List.of("x-canary", "X-Canary")),
          pick(random, List.of("true", "false")));
    }
    if (random.nextInt(4) == 0) {
      headers.put("x-debug", pick(random, List.of("", "1")));
    }
    if (random.nextInt(3) == 0) {
      headers.put("x-user", pick(random, List.of("u12", "ux", "u7")));
    }
    if (random.nextInt(3) == 0) {
      headers.put("x-mode", pick(random, List.of("", "fast", "fastest", "slow")));
    }
    if (formable) {
      headers.remove("x-debug"); // an empty value cannot be told from none in the form
      headers.values().removeIf(String::isEmpty);
    }
    r.put("headers", headers);
    r.put(
        "gateway",
        random.nextInt(3) == 0
            ? pick(random, List.of("shop-gw", "edge/shop-gw", "mesh", "bookinfo-gateway", "other"))
            : null);
    r.put("scheme", random.nextInt(4) == 0 ? pick(random, List.of("https", "http")) : null);
    r.put("port", random.nextInt(4) == 0 ? pick(random, List.of(80, 8080, 443)) : null);
    r.put("sourceNamespace", random.nextInt(4) == 0 ? pick(random, List.of("web", "api")) : null);
    Map<String, String> labels = new LinkedHashMap<>();
    if (random.nextInt(3) == 0) {
      labels.put("app", pick(random, List.of("web", "api", "never")));
    }
    r.put("sourceLabels", labels);
    return r;
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static String run(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("vsplit-chromium-");
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("vsplit-chromium-", ".out");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 300 s: " + command);
    }
    String out = Files.readString(stdout, StandardCharsets.UTF_8);
    Files.deleteIfExists(stdout);
    assertThat(p.exitValue()).as("Chromium's exit code for %s", command).isZero();
    return out;
  }

  private static String between(String dom, String id) {
    Matcher m = Pattern.compile("<pre id=\"" + id + "\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(m.find()).as("the page wrote #%s (did its script fail?)", id).isTrue();
    return m.group(1);
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ReportBrowserTest.class.getResource(name).toURI());
  }
}
