package dev.vsplit;

import dev.vsplit.routing.MeshOptions;
import dev.vsplit.rules.Checker;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.Location;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * vsplit's entry points, usable without Maven.
 *
 * <pre>{@code
 * Analysis analysis = Vsplit.analyze(AnalyzeRequest.of(Path.of("istio/")));
 * analysis.findings().forEach(f -> System.out.println(f.format()));
 * analysis.writeEffective(Path.of("target/effective-routes.yaml"));
 *
 * Generation generation = Vsplit.load(new BookinfoMesh(), new IdentityRoutes(), new StorefrontRoutes());
 * generation.findings().forEach(f -> System.out.println(f.format()));
 * }</pre>
 */
public final class Vsplit {

  private Vsplit() {}

  /**
   * Reads VirtualServices and Gateways from YAML files and folders and runs every rule: what Istio
   * refuses, drops or misroutes, and the effective routes it builds. Never throws for bad input:
   * unreadable files are findings ({@code VS001}).
   */
  public static Analysis analyze(AnalyzeRequest request) {
    ReadResult input = new ManifestReader(request.limits(), request.defaultNamespace()).read(request.inputs());
    return new Analysis(input, new Checker(request.mesh()).check(input));
  }

  /**
   * Runs mesh and team specs (instances of {@link MeshSpec} and {@link TeamSpec}, in any order)
   * and checks the result with every rule.
   */
  public static Generation load(Object... specs) {
    List<MeshSpec> meshes = new ArrayList<>();
    List<TeamSpec> teams = new ArrayList<>();
    for (Object spec : specs) {
      if (spec instanceof MeshSpec m) {
        meshes.add(m);
      } else if (spec instanceof TeamSpec t) {
        teams.add(t);
      } else {
        throw new IllegalArgumentException("not a MeshSpec or TeamSpec: " + (spec == null ? "null" : spec.getClass().getName()));
      }
    }
    return load(meshes, teams, MeshOptions.DEFAULTS);
  }

  /** Runs the specs and checks the result under the given mesh settings. */
  public static Generation load(List<MeshSpec> meshes, List<TeamSpec> teams, MeshOptions mesh) {
    Assembler.Result assembled = new Assembler().run(meshes, teams);
    List<LoadedResource> loaded = new ArrayList<>();
    for (GeneratedResource r : assembled.resources()) {
      Location at = r.sourceMap().locate("");
      loaded.add(new LoadedResource(r.resource(), at, r.sourceMap(), false));
    }
    return new Generation(assembled.resources(), assembled.findings(), new Checker(mesh).check(loaded, List.of()), assembled.scopes());
  }
}
