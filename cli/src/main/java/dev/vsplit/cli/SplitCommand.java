package dev.vsplit.cli;

import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vsplit split}: the plugin's {@code split} goal. */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description = {
      "Splits monolithic VirtualServices into DSL code by an ownership map (which team owns which"
          + " path): one MeshSpec and one TeamSpec per team, proven to route exactly as the"
          + " monolith before anything is written. Without --ownership it proposes a map."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vsplit split bookinfo.yaml",
      "  vsplit split bookinfo.yaml --ownership vsplit-ownership.yaml --package com.example.mesh",
      "",
      "Exit codes: 0 written (or a map proposed), 1 a route cannot go to one owner, 2 usage."
    })
final class SplitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "<file or folder>",
      arity = "0..*",
      description = "The monolith's YAML files or folders (also --input).")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(spec);
    List<Path> paths = s.paths("input", inputs);
    if (paths.isEmpty()) {
      throw s.usage("split needs the monolith to split: vsplit split <file or folder>...");
    }
    SplitResult result =
        Vsplit.split(
            new SplitRequest(
                paths,
                s.path("ownership"),
                List.of(),
                s.path("sourceDirectory"),
                s.text("package"),
                s.flag("allowPartial"),
                s.path("suggestionOutput"),
                Path.of("").toAbsolutePath(),
                s.text("namespace"),
                s.mesh(),
                s.limits(),
                CliWording.INSTANCE,
                null));
    PrintWriter out = spec.commandLine().getOut();
    result.findings().forEach(f -> out.println(f.toString()));
    result.proof().forEach(line -> out.println("vsplit: proof: " + line));
    if (result.hasErrors()) {
      out.println(
          "vsplit: "
              + result.errors().size()
              + " error(s) (listed above); nothing was written."
              + (s.flag("allowPartial")
                  ? ""
                  : " Fix them, or pass --allow-partial to split the rest and keep those routes"
                      + " out."));
      return 1;
    }
    if (result.suggestion() != null) {
      out.println(
          "vsplit: proposed ownership map"
              + (result.suggestionWritten() == null
                  ? ""
                  : " written to " + result.suggestionWritten())
              + ":\n"
              + result.suggestion());
      return 0;
    }
    out.println(
        "vsplit: "
            + result.written().size()
            + " source file(s) written to "
            + s.text("sourceDirectory")
            + ":");
    result.written().forEach(f -> out.println("  " + f));
    return 0;
  }
}
