package dev.vsplit.cli;

import dev.vsplit.api.GenerateResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.output.Drift;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vsplit check}: the plugin's {@code check} goal, on compiled specs. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Regenerates in memory from the specs on --classpath and fails when --output-directory"
          + " differs: a stale, missing, extra or hand-edited file. CI runs this; it writes nothing."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vsplit check --classpath target/classes --specs com.acme.mesh.AcmeMesh",
      "  vsplit check --classpath target/classes --specs com.acme.mesh.AcmeMesh --output-directory deploy/istio --max-diff-lines 50",
      "",
      "Exit codes: 0 the folder matches, 1 drift or errors in the specs, 2 usage."
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(spec);
    String format = Output.format(s, Output.FINDING_FORMATS);
    GenerateResult result = Vsplit.check(s.specs(), Main.class.getClassLoader());
    if (s.stopped(result, format, "nothing to check", " in the specs (listed above).")) {
      return 1;
    }
    Drift drift = result.drift();
    String folder = s.text("outputDirectory");
    String summary =
        drift.isClean()
            ? folder + " matches the specs (" + String.join(", ", result.specClasses()) + ")"
            : folder
                + " does not match the specs.\n"
                + drift.describe(Math.toIntExact(s.number("maxDiffLines")), CliWording.INSTANCE);
    Output.findings(spec.commandLine().getOut(), result.findings(), format, "vsplit: " + summary);
    return drift.isClean() ? 0 : 1;
  }
}
