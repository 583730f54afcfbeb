package dev.vsplit.cli;

import dev.vsplit.api.GenerateResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.output.OutputRefusedException;
import dev.vsplit.output.WriteResult;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vsplit generate}: the plugin's {@code generate} goal, on compiled specs. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the MeshSpec and TeamSpec classes on --classpath and writes the primaries,"
          + " secondaries, skeletons, gateways, kustomization.yaml, effective-routes.yaml and a"
          + " CODEOWNERS fragment to --output-directory, when the result has no error. Writes"
          + " atomically, only files whose bytes change; refuses to overwrite a hand edit."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vsplit generate --classpath target/classes --specs com.acme.mesh.AcmeMesh",
      "  vsplit generate --classpath target/classes:lib/shared-specs.jar --specs com.acme.mesh.AcmeMesh --output-directory deploy/istio",
      "",
      "Exit codes: 0 written, 1 errors in the specs (nothing written), 2 usage."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(spec);
    String format = Output.format(s, Output.FINDING_FORMATS);
    GenerateResult result;
    try {
      result = Vsplit.generate(s.specs(), Main.class.getClassLoader());
    } catch (OutputRefusedException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
    if (s.stopped(
        result,
        format,
        "nothing generated",
        " in the specs; nothing was written to " + s.text("outputDirectory"))) {
      return 1;
    }
    WriteResult written = result.written();
    Output.findings(
        spec.commandLine().getOut(),
        result.findings(),
        format,
        "vsplit: "
            + s.text("outputDirectory")
            + " "
            + written.summary()
            + ", from "
            + String.join(", ", result.specClasses()));
    return 0;
  }
}
