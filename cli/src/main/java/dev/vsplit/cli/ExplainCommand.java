package dev.vsplit.cli;

import dev.vsplit.api.ExplainResult;
import dev.vsplit.api.Format;
import dev.vsplit.api.RequestLines;
import dev.vsplit.api.Requests;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import dev.vsplit.routing.Request;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      "  vsplit explain --input istio/ --request-file requests.txt --headers x-canary=true",
      "  vsplit explain --classpath target/classes --specs com.acme.mesh.AcmeMesh /productpage",
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
    Format shape = s.shape();
    Long port = s.number("port");
    List<Request> asked = new ArrayList<>();
    List<String> given = new ArrayList<>();
    if (s.text("request") != null) {
      given.add(s.text("request"));
    }
    if (requests != null) {
      given.addAll(requests);
    }
    try {
      for (String line : given) {
        asked.add(withDefaults(RequestLines.parse(line), s, port));
      }
      Path file = s.path("requestFile");
      if (file != null) {
        for (Request r : RequestLines.read(file)) {
          asked.add(withDefaults(r, s, port));
        }
      }
    } catch (IllegalArgumentException e) {
      throw s.usage(e.getMessage());
    }
    List<Path> yaml = s.paths("input", null);
    RouteSource source =
        yaml.isEmpty() ? RouteSource.specs(s.specs()) : RouteSource.yaml(s.yaml(yaml));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExplainResult result = Vsplit.explainAll(source, asked, Main.class.getClassLoader());
    if (!result.ok()) {
      result.findings().forEach(f -> err.println(f.toString()));
      err.println("vsplit: cannot explain " + result.source() + ": " + result.problem());
      err.flush();
      return 1;
    }
    if (shape == Format.TEXT && asked.size() == 1) {
      out.println("vsplit: effective routes of " + result.source());
    }
    out.print(shape.explain(result));
    out.flush();
    return 0;
  }

  /** What was given beside the requests (host, headers, ...) fills what a request line left out. */
  private static Request withDefaults(Request r, Settings s, Long port) {
    return Requests.withDefaults(
        r,
        s.text("host"),
        s.list("headers"),
        s.text("gateway"),
        port == null ? null : Math.toIntExact(port),
        s.text("scheme"),
        s.text("sourceNamespace"),
        s.list("sourceLabels"));
  }
}
