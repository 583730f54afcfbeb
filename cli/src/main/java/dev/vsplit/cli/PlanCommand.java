package dev.vsplit.cli;

import dev.vsplit.api.Format;
import dev.vsplit.api.Generation;
import dev.vsplit.api.PlanResult;
import dev.vsplit.api.RouteSource;
import dev.vsplit.api.Vsplit;
import dev.vsplit.routing.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vsplit plan}: the plugin's {@code plan} goal. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "The blast radius of a routing change: compares two sets of effective routes (files, or"
          + " generated folders holding one), or the checked-in ones with what the specs on"
          + " --classpath produce now, and prints per primary and per team the routes added,"
          + " removed, re-ordered and re-targeted."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vsplit plan --before base/istio --after istio",
      "  vsplit plan --classpath target/classes --specs com.acme.mesh.AcmeMesh",
      "  vsplit plan --before base/istio --after istio --fail-on-multiple-teams --plan-output plan.txt",
      "",
      "Exit codes: 0 planned, 1 a --fail-on-... condition holds or the routes cannot be built, 2"
          + " usage."
    })
final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(spec);
    Format shape = s.shape();
    Path before =
        s.path("before") != null
            ? s.path("before")
            : s.locations().review().resolve(Generation.EFFECTIVE_ROUTES);
    if (s.path("after") == null && s.list("classpath").isEmpty()) {
      throw s.usage(
          "plan compares two sets of effective routes: pass --before and --after (effective-routes"
              + " files, or generated folders holding one), or --classpath to compare "
              + before
              + " with what the specs produce now");
    }
    RouteSource b = RouteSource.yaml(s.yaml(List.of(before)));
    RouteSource a =
        s.path("after") != null
            ? RouteSource.yaml(s.yaml(List.of(s.path("after"))))
            : RouteSource.specs(s.specs());
    PlanResult result = Vsplit.plan(b, a, Main.class.getClassLoader());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!result.ok()) {
      result.findings().forEach(f -> err.println(f.toString()));
      err.println("vsplit: no plan: " + result.problem());
      return 1;
    }
    Plan plan = result.plan();
    String rendered = shape.plan(result);
    out.print(rendered);
    out.flush();
    Path file = s.path("planOutput");
    if (file != null) {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
      err.println("vsplit: plan written to " + file);
    }
    if (s.flag("failOnChange") && !plan.isEmpty()) {
      err.println("vsplit: " + plan.summary() + ", and --fail-on-change is set.");
      return 1;
    }
    if (s.flag("failOnMultipleTeams") && plan.ownersAffected().size() > 1) {
      err.println(
          "vsplit: "
              + plan.summary()
              + ": this change touches "
              + String.join(", ", plan.ownersAffected())
              + ", and --fail-on-multiple-teams is set. Split it into one change per team, or get"
              + " each team's review.");
      return 1;
    }
    return 0;
  }
}
