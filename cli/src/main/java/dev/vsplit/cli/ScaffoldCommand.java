package dev.vsplit.cli;

import dev.vsplit.api.ScaffoldRequest;
import dev.vsplit.api.ScaffoldResult;
import dev.vsplit.api.Vsplit;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vsplit scaffold}: the plugin's {@code scaffold} goal, on compiled specs. */
@Command(
    name = "scaffold",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a compilable TeamSpec for every secondary of the mesh specs on --classpath that has"
          + " none yet: its scope in a comment and in the example route. Never overwrites a file."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vsplit scaffold --classpath target/classes --specs com.acme.mesh.AcmeMesh",
      "  vsplit scaffold --classpath target/classes --specs com.acme.mesh.AcmeMesh --source-directory src/main/java --package com.example.teams",
      "",
      "Exit codes: 0 written (or nothing to do), 1 errors, 2 usage."
    })
final class ScaffoldCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(spec);
    ScaffoldResult result =
        Vsplit.scaffold(
            ScaffoldRequest.of(s.specs(), s.path("sourceDirectory"), s.text("package")),
            Main.class.getClassLoader());
    PrintWriter out = spec.commandLine().getOut();
    if (result.noSpecs()) {
      out.println("vsplit: no compiled MeshSpec on the classpath " + s.list("classpath") + ".");
      return 1;
    }
    result.findings().forEach(f -> out.println(f.toString()));
    if (result.hasErrors()) {
      out.println(
          "vsplit: " + result.errors().size() + " error(s) (listed above); nothing was written.");
      return 1;
    }
    if (result.scaffolded().isEmpty()) {
      out.println("vsplit: every secondary has a TeamSpec; nothing to scaffold.");
      return 0;
    }
    out.println(
        "vsplit: "
            + result.written().size()
            + " TeamSpec(s) written for "
            + String.join(", ", result.scaffolded())
            + ":");
    result.written().forEach(f -> out.println("  " + f));
    return 0;
  }
}
