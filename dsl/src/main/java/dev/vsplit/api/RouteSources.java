package dev.vsplit.api;

import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.output.OutputLocations;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.RouteTable;
import dev.vsplit.routing.Simulator;
import dev.vsplit.rules.Ownership;
import dev.vsplit.yaml.EffectiveRoutesFile;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.YamlProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the effective routes of a {@link RouteSource}, with the team of every route. */
final class RouteSources {

  private RouteSources() {}

  /**
   * What a source holds.
   *
   * @param simulator for requests; {@code null} when the routes come from an effective-routes file
   *     (it has no hosts or gateways)
   * @param problem why nothing could be loaded, or {@code null}
   */
  record Loaded(
      String label,
      RouteTable table,
      Simulator simulator,
      List<Finding> findings,
      String problem,
      Map<String, List<String>> owners) {
    Loaded(
        String label,
        RouteTable table,
        Simulator simulator,
        List<Finding> findings,
        String problem) {
      this(label, table, simulator, findings, problem, Map.of());
    }

    static Loaded failed(String label, List<Finding> findings, String problem) {
      return new Loaded(label, null, null, findings, problem);
    }
  }

  /**
   * The code owners of each team the specs declare, by the owner a route table names ({@code team
   * identity}).
   */
  static Map<String, List<String>> owners(Generation generation) {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    for (GeneratedResource r : generation.resources()) {
      if (r.team() != null && !r.owners().isEmpty()) {
        out.merge(
            "team " + r.team().name(),
            r.owners(),
            (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList());
      }
    }
    return out;
  }

  /** The owning team of each resource that has the {@value Ownership#TEAM_LABEL} label. */
  static Map<ResourceRef, String> teams(Collection<? extends IstioResource> resources) {
    Map<ResourceRef, String> out = new HashMap<>();
    for (IstioResource r : resources) {
      String team = Ownership.teamOf(r);
      if (team != null) {
        out.put(r.ref(), team);
      }
    }
    return out;
  }

  static Map<ResourceRef, String> teamsOfGeneration(Generation generation) {
    return teams(generation.resources().stream().map(GeneratedResource::resource).toList());
  }

  static Map<ResourceRef, String> teamsOfAnalysis(Analysis analysis) {
    return teams(analysis.input().resources().stream().map(LoadedResource::resource).toList());
  }

  /**
   * @param preferEffectiveFile for a plan: take an effective-routes document (or a folder with
   *     {@code effective-routes.yaml}) as it is rather than merging manifests
   */
  static Loaded load(RouteSource source, ClassLoader parent, boolean preferEffectiveFile)
      throws IOException {
    if (source instanceof RouteSource.Specs specs) {
      return loadSpecs(specs, parent);
    }
    RouteSource.Yaml yaml = (RouteSource.Yaml) source;
    if (preferEffectiveFile && yaml.request().inputs().size() == 1) {
      Path file = effectiveFile(yaml.request().inputs().get(0));
      if (file != null) {
        return loadEffectiveFile(yaml, file);
      }
    }
    return loadManifests(yaml);
  }

  private static Loaded loadSpecs(RouteSource.Specs specs, ClassLoader parent) throws IOException {
    Wording wording = specs.request().wording();
    GenerateResult result = Vsplit.run(specs.request(), parent);
    String label = specs.label();
    if (result.noSpecs()) {
      return Loaded.failed(
          label,
          result.findings(),
          "no MeshSpec or TeamSpec classes in "
              + specs.request().specDirectories()
              + ": compile the project first"
              + wording.aside(Fix.compile())
              + ", or read YAML instead"
              + wording.aside(Fix.setting("input", "")));
    }
    if (result.hasErrors() || result.generation() == null) {
      return Loaded.failed(
          label,
          result.findings(),
          "the specs have " + result.errors().size() + " error(s) (listed above); fix them first");
    }
    Generation generation = result.generation();
    Map<ResourceRef, String> teams = teamsOfGeneration(generation);
    return new Loaded(
        label + " (" + String.join(", ", result.specClasses()) + ")",
        RouteTable.of(generation.effective(), teams),
        new Simulator(generation.effective(), teams, wording),
        result.findings(),
        null,
        owners(generation));
  }

  private static Loaded loadManifests(RouteSource.Yaml yaml) {
    Analysis analysis = Vsplit.analyze(yaml.request());
    String label = yaml.label();
    boolean anyVirtualService =
        analysis.input().resources().stream().anyMatch(r -> r.resource() instanceof VirtualService);
    if (!anyVirtualService) {
      boolean effectiveOnly =
          !yaml.request().inputs().isEmpty()
              && yaml.request().inputs().stream().allMatch(p -> effectiveFile(p) != null);
      return Loaded.failed(
          label,
          analysis.findings(),
          "no VirtualService in "
              + label
              + (effectiveOnly
                  ? ": an effective-routes file has no hosts or gateways to choose by; give the manifests (the"
                      + " folder they are in)"
                  : ""));
    }
    Map<ResourceRef, String> teams = teamsOfAnalysis(analysis);
    return new Loaded(
        label,
        RouteTable.of(analysis.effective(), teams),
        new Simulator(analysis.effective(), teams, yaml.request().wording()),
        analysis.findings(),
        null);
  }

  private static Loaded loadEffectiveFile(RouteSource.Yaml yaml, Path file) throws IOException {
    AnalyzeRequest options = yaml.request();
    EffectiveRoutesFile routes = EffectiveRoutesFile.read(file, options.limits());
    String label = new RouteSource.Yaml(AnalyzeRequest.of(file)).label();
    if (!routes.problems().isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (YamlProblem p : routes.problems().subList(0, Math.min(5, routes.problems().size()))) {
        shown.add(p.toString());
      }
      return Loaded.failed(
          label,
          List.of(),
          "cannot read " + label + " as effective routes: " + String.join("; ", shown));
    }
    RouteTable reference = null;
    List<VirtualService> roots = new ArrayList<>();
    Map<ResourceRef, String> teams = Map.of();
    Path manifests = manifestsOf(file);
    if (manifests != null) {
      // the manifests it was generated from: they say who owns which route
      Analysis beside =
          Vsplit.analyze(
              new AnalyzeRequest(
                  List.of(manifests),
                  options.defaultNamespace(),
                  options.mesh(),
                  options.limits()));
      teams = teamsOfAnalysis(beside);
      reference = RouteTable.of(beside.effective(), teams);
      for (EffectiveVirtualService vs : beside.effective()) {
        roots.add(vs.source());
      }
    }
    return new Loaded(
        label, RouteTable.read(routes, reference, roots, teams), null, List.of(), null);
  }

  /**
   * The folder of the manifests an {@code effective-routes.yaml} was generated from: the applied
   * folder its review folder lies beside ({@code istio/} for {@code istio-review/}), or its own
   * folder (both in one); {@code null} for a file of another name.
   */
  static Path manifestsOf(Path file) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    if (!file.getFileName().toString().equals(Generation.EFFECTIVE_ROUTES) || folder == null) {
      return null;
    }
    String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
    if (name.endsWith(OutputLocations.REVIEW_SUFFIX)
        && name.length() > OutputLocations.REVIEW_SUFFIX.length()) {
      Path applied =
          folder.resolveSibling(
              name.substring(0, name.length() - OutputLocations.REVIEW_SUFFIX.length()));
      if (Files.isDirectory(applied)) {
        return applied;
      }
    }
    return folder;
  }

  /**
   * The effective-routes document a plan input stands for, or {@code null} when it is manifests.
   */
  static Path effectiveFile(Path input) {
    if (Files.isDirectory(input)) {
      Path inside = input.resolve(Generation.EFFECTIVE_ROUTES);
      if (Files.isRegularFile(inside)) {
        return inside; // the layout before the review folder, or both in one folder
      }
      Path review =
          input.toAbsolutePath().getFileName() == null
              ? null
              : OutputLocations.beside(input).review().resolve(Generation.EFFECTIVE_ROUTES);
      return review != null && Files.isRegularFile(review) ? review : null;
    }
    return Files.isRegularFile(input) && EffectiveRoutesFile.looksLikeOne(input) ? input : null;
  }
}
