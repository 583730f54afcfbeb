package dev.vsplit.cli;

import dev.vsplit.api.ExplainResult;
import dev.vsplit.api.Requests;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import dev.vsplit.routing.Decision;
import dev.vsplit.routing.Request;
import dev.vsplit.routing.WeightedDestination;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vsplit explain}: the plugin's {@code explain} goal, for many requests in one table. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Which route each request takes through the effective routes (what Envoy gets): the"
          + " VirtualService, the route, its team and where it goes, or Envoy's 404. One request"
          + " is explained in full (every route passed over and why); several are answered in one"
          + " table. Without a request, the effective route table of each primary."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vsplit explain --input istio/",
      "  vsplit explain --input istio/ 'GET /login' --host bookinfo.com",
      "  vsplit explain --input istio/ /login /logout 'POST /reviews/1' --format markdown",
      "  vsplit explain --input istio/ --requests-file requests.txt --headers x-canary=true",
      "  vsplit explain --classpath target/classes /productpage",
      "",
      "Exit codes: 0 answered, 1 the routes could not be built (errors in the specs or YAML), 2"
          + " usage."
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "<request>",
      arity = "0..*",
      description = "Requests: \"GET /login?next=/\", or just a path for a GET (also --request).")
  List<String> requests;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(spec);
    String format = Output.format(s, Output.TABLE_FORMATS);
    List<String> lines = new ArrayList<>();
    if (s.text("request") != null) {
      lines.add(s.text("request"));
    }
    if (requests != null) {
      lines.addAll(requests);
    }
    Path file = s.path("requestsFile");
    if (file != null) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          lines.add(line.strip());
        }
      }
    }
    Long port = s.number("port");
    List<Request> asked = new ArrayList<>();
    for (String line : lines) {
      asked.add(
          Requests.of(
              line,
              s.text("host"),
              s.list("headers"),
              s.text("gateway"),
              port == null ? null : Math.toIntExact(port),
              s.text("scheme"),
              s.text("sourceNamespace"),
              s.list("sourceLabels")));
    }
    List<Path> yaml = s.paths("input", null);
    RouteSource source =
        yaml.isEmpty() ? RouteSource.specs(s.specs()) : RouteSource.yaml(s.yaml(yaml));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (asked.isEmpty()) {
      ExplainResult table = Vsplit.explain(source, null, Main.class.getClassLoader());
      if (!table.ok()) {
        return problem(err, table);
      }
      out.print(table.table().render());
      out.flush();
      return 0;
    }
    List<ExplainResult> results = Vsplit.explainAll(source, asked, Main.class.getClassLoader());
    if (!results.get(0).ok()) {
      return problem(err, results.get(0));
    }
    if (asked.size() == 1 && format.equals("text")) {
      out.println("vsplit: effective routes of " + results.get(0).source());
      out.print(results.get(0).decision().explain());
      out.flush();
      return 0;
    }
    List<Map<String, Object>> answers = new ArrayList<>();
    for (ExplainResult r : results) {
      answers.add(answer(r.decision()));
    }
    switch (format) {
      case "json" -> out.print(Output.json(answers));
      case "yaml" -> out.print(Output.yaml(answers));
      default -> {
        List<String> header = List.of("request", "virtual service", "route", "team", "goes to");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> a : answers) {
          rows.add(
              List.of(
                  String.valueOf(a.get("request")),
                  a.get("virtualService") == null ? "-" : String.valueOf(a.get("virtualService")),
                  a.get("route") == null ? "-" : "#" + a.get("route"),
                  a.get("team") == null ? "-" : String.valueOf(a.get("team")),
                  String.valueOf(a.get("action"))));
        }
        out.print(
            format.equals("markdown") ? Output.markdown(header, rows) : Output.text(header, rows));
      }
    }
    out.flush();
    return 0;
  }

  private static int problem(PrintWriter err, ExplainResult result) {
    result.findings().forEach(f -> err.println(f.toString()));
    err.println("vsplit: cannot explain " + result.source() + ": " + result.problem());
    return 1;
  }

  /** One answer as a row: the request, the VirtualService, the route and where it goes. */
  static Map<String, Object> answer(Decision d) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("request", d.request().toString());
    a.put("virtualService", d.virtualService() == null ? null : d.virtualService().toString());
    a.put("gateway", d.gateway());
    Decision.Hit hit = d.hit();
    a.put("route", hit == null ? null : hit.position());
    a.put("match", hit == null ? null : hit.match());
    a.put("team", hit == null ? null : hit.team());
    a.put("secondary", hit == null || hit.secondary() == null ? null : hit.secondary().toString());
    a.put(
        "action",
        d.virtualService() == null
            ? "no VirtualService takes it (404)"
            : hit == null ? "404: no route matches" : hit.action());
    List<String> destinations = new ArrayList<>();
    if (hit != null) {
      for (WeightedDestination w : hit.destinations()) {
        destinations.add(w.toString());
      }
    }
    a.put("destinations", destinations);
    return a;
  }
}
