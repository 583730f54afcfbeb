package dev.vsplit.api;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.assembly.Assembler;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import dev.vsplit.codegen.Scaffolder;
import dev.vsplit.codegen.Splitter;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.findings.Wording;
import dev.vsplit.fork.ForkClasspath;
import dev.vsplit.fork.SpecRuns;
import dev.vsplit.output.Drift;
import dev.vsplit.output.WriteResult;
import dev.vsplit.report.HtmlReport;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.rules.Checker;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
   *
   * @param request what to read and how
   * @return what was read, the findings and the effective routes
   */
  public static Analysis analyze(AnalyzeRequest request) {
    ReadResult input =
        new ManifestReader(request.limits(), request.defaultNamespace()).read(request.inputs());
    return new Analysis(input, new Checker(request.mesh(), request.wording()).check(input));
  }

  /**
   * Runs mesh and team specs (instances of {@link MeshSpec} and {@link TeamSpec}, in any order) and
   * checks the result with every rule, under the default mesh settings.
   *
   * @param specs {@link MeshSpec} and {@link TeamSpec} instances
   * @return the resources, findings, scopes and effective routes
   * @throws IllegalArgumentException when an argument is neither
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
        throw new IllegalArgumentException(
            "not a MeshSpec or TeamSpec: " + (spec == null ? "null" : spec.getClass().getName()));
      }
    }
    return load(meshes, teams, MeshOptions.DEFAULTS);
  }

  /**
   * Runs the specs and checks the result under the given mesh settings.
   *
   * @param meshes the mesh specs
   * @param teams the team specs
   * @param mesh the mesh settings (domain suffix, default exportTo)
   * @return the resources, findings, scopes and effective routes
   */
  public static Generation load(List<MeshSpec> meshes, List<TeamSpec> teams, MeshOptions mesh) {
    return load(meshes, teams, mesh, Wording.NEUTRAL);
  }

  /**
   * Runs the specs and checks the result under the given mesh settings, the fixes worded by {@code
   * wording}. The specs run once without their lines ({@link CallSite#withoutLines}); when that run
   * has a finding they run again with them, and the second run is the result. So a result without
   * findings has no lines: its resources' source maps answer {@link CallSite#NOT_CAPTURED}.
   *
   * @param meshes the mesh specs
   * @param teams the team specs
   * @param mesh the mesh settings (domain suffix, default exportTo)
   * @param wording how the front end words a fix in the findings' hints
   * @return the resources, findings, scopes and effective routes
   */
  public static Generation load(
      List<MeshSpec> meshes, List<TeamSpec> teams, MeshOptions mesh, Wording wording) {
    String meshSources =
        String.join(", ", meshes.stream().map(m -> m.getClass().getName()).sorted().toList());
    // Without lines first (most runs find nothing, and then no line is shown); a run with a
    // finding is run again whole, with lines, and that run is the result.
    Supplier<Generation> run =
        () -> generation(new Assembler(wording).run(meshes, teams), mesh, meshSources, Map.of());
    Generation quick = CallSite.withoutLines(run);
    return quick.findings().isEmpty() ? quick : run.get();
  }

  private static Generation generation(
      Assembler.Result assembled,
      MeshOptions mesh,
      String meshSources,
      Map<String, List<String>> sourceOwners) {
    List<LoadedResource> loaded = new ArrayList<>();
    for (GeneratedResource r : assembled.resources()) {
      Location at = r.sourceMap().locate("");
      loaded.add(new LoadedResource(r.resource(), at, r.sourceMap(), false));
    }
    return new Generation(
        assembled.resources(),
        assembled.findings(),
        new Checker(mesh).check(loaded, List.of()),
        assembled.scopes(),
        assembled.adminOwners(),
        meshSources.isEmpty() ? "no mesh spec" : meshSources,
        sourceOwners);
  }

  /**
   * Loads the project's specs from its compiled classes, runs them, checks the result, and, when
   * there is no error, writes the output folder and the review folder beside it atomically.
   * Findings are never thrown: the caller decides whether they fail the build. With {@link
   * GenerateRequest#upToDateFile}, skips all of it when nothing that decides the output changed
   * since the last generation ({@link GenerateResult#upToDate}). In CI ({@link GenerateRequest#ci})
   * it writes nothing and compares instead, like {@link #check}: the result has a {@link
   * GenerateResult#drift} and no {@link GenerateResult#written}.
   *
   * @param request where the specs are and where the output goes
   * @param parent the class loader that holds vsplit itself; the specs' loader delegates to it
   * @return the findings, the generation and what was written (or, in CI, the drift)
   * @throws IOException when the folder cannot be read or written
   * @throws dev.vsplit.output.OutputRefusedException when the folder holds a hand edit or a foreign
   *     file where vsplit must write, or another generation holds it
   * @throws StaleClassesException when the compiled classes are older than their sources
   */
  public static GenerateResult generate(GenerateRequest request, ClassLoader parent)
      throws IOException {
    if (request.ci()) {
      return compare(request, parent, "generate");
    }
    Optional<UpToDate> upToDate = UpToDate.of(request);
    Optional<List<String>> unchanged =
        upToDate.isPresent() ? upToDate.get().unchanged() : Optional.empty();
    if (unchanged.isPresent()) {
      return GenerateResult.skipped(unchanged.get());
    }
    GenerateResult result =
        withSpecs(
            request,
            parent,
            "generate",
            (specs, generation, findings) -> {
              WriteResult written =
                  generation == null || hasErrors(findings)
                      ? null
                      : generation.writeTo(
                          request.locations(), request.wording(), request.projectDirectory());
              return new GenerateResult(specs, findings, generation, written, null);
            });
    upToDate.ifPresent(u -> u.record(result));
    return result;
  }

  /**
   * Like {@link #generate}, but only compares the output folder and the review folder with what the
   * specs produce.
   *
   * @param request where the specs are and where the output is
   * @param parent the class loader that holds vsplit itself; the specs' loader delegates to it
   * @return the findings, the generation and the drift, its paths relative to the project
   * @throws IOException when the folder cannot be read
   * @throws StaleClassesException when the compiled classes are older than their sources
   */
  public static GenerateResult check(GenerateRequest request, ClassLoader parent)
      throws IOException {
    return compare(request, parent, "check");
  }

  private static GenerateResult compare(
      GenerateRequest request, ClassLoader parent, String operation) throws IOException {
    return withSpecs(
        request,
        parent,
        operation,
        (specs, generation, findings) -> {
          Drift drift =
              generation == null || hasErrors(findings)
                  ? null
                  : generation.check(
                      request.locations(), request.wording(), request.projectDirectory());
          return new GenerateResult(specs, findings, generation, null, drift);
        });
  }

  /**
   * Splits monolithic VirtualServices (hosts and real routes) into DSL code by an ownership map:
   * one {@link MeshSpec} with each primary's delegations and one {@link TeamSpec} per secondary,
   * with every route of the monolith in the team that owns its path. Before writing, the code is
   * compiled and run in memory and its effective routes are compared with the monolith's, route by
   * route; a route that cannot go to one owner, a bad ownership map, an existing file or any
   * difference is an error finding, and then nothing is written. Without an ownership map it
   * proposes one (and writes it to {@link SplitRequest#suggestionFile}), generating no code.
   *
   * @param request the monolith, the ownership map and where the code goes
   * @return the findings, the code, the proof, or a proposed ownership map
   * @throws IOException when the input, the ownership map or the source folder cannot be read or
   *     written
   */
  public static SplitResult split(SplitRequest request) throws IOException {
    Splitter.Outcome split =
        Splitter.split(
            request.toJob(),
            (meshes, teams, mesh) -> {
              Generation generation = load(meshes, teams, mesh, request.wording());
              return new Splitter.Ran(generation.errors(), generation.effective());
            });
    return new SplitResult(
        split.findings(),
        split.sources(),
        split.written(),
        split.proof(),
        split.proven(),
        split.suggestion(),
        split.suggestionWritten(),
        split.meshSpecClass());
  }

  /**
   * Writes a compilable {@link TeamSpec} skeleton for every secondary the project's mesh specs
   * delegate to that has no TeamSpec yet: its scope in a comment and as the example route's match,
   * the route going where the skeleton secondary sends it (the default backend, or the fail-closed
   * status). Loads the specs as {@link #generate} does; never overwrites a file, and writes nothing
   * when any file cannot be written.
   *
   * @param request where the specs are and where the new TeamSpecs go
   * @param parent the class loader that holds vsplit itself; the specs' loader delegates to it
   * @return the findings, the TeamSpecs written and the secondaries scaffolded
   * @throws IOException when the source folder cannot be written
   */
  public static ScaffoldResult scaffold(ScaffoldRequest request, ClassLoader parent)
      throws IOException {
    return withLoadedSpecs(
        request.toGenerateRequest(),
        parent,
        "scaffold",
        (specs, generation, findings) -> {
          if (generation == null) {
            return new ScaffoldResult(findings, Map.of(), List.of(), List.of(), specs.classNames());
          }
          Scaffolder.Outcome scaffold =
              Scaffolder.scaffold(request.toJob(specs, generation, findings));
          return new ScaffoldResult(
              scaffold.findings(),
              scaffold.sources(),
              scaffold.written(),
              scaffold.scaffolded(),
              specs.classNames());
        });
  }

  /**
   * Loads the project's specs from its compiled classes, runs them and checks the result, writing
   * nothing: what {@link #explain} and {@link #plan} start from.
   *
   * @param request where the specs are
   * @param parent the class loader that holds vsplit itself; the specs' loader delegates to it
   * @return the findings and the generation; nothing written, no drift
   * @throws IOException when the classes cannot be read
   * @throws StaleClassesException when the compiled classes are older than their sources
   */
  public static GenerateResult run(GenerateRequest request, ClassLoader parent) throws IOException {
    return withSpecs(
        request,
        parent,
        null,
        (specs, generation, findings) ->
            new GenerateResult(specs, findings, generation, null, null));
  }

  /**
   * Which route a request takes through the effective routes of {@code source}, and why; with no
   * request, the effective route table of each primary. Problems (no specs, errors in them, no
   * VirtualService read) are in the result, not thrown.
   *
   * @param source the specs or YAML files to take the effective routes from
   * @param request the request, or {@code null} for the route table
   * @param parent the class loader that holds vsplit itself, for specs
   * @return the route table and the request's way, or the problem
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when the request names no host and several VirtualServices
   *     could take it
   */
  public static ExplainResult explain(
      RouteSource source, dev.vsplit.routing.Request request, ClassLoader parent)
      throws IOException {
    return explainAll(source, request == null ? List.of() : List.of(request), parent);
  }

  /**
   * Which route each of several requests takes, from one load of the routes: one run answers them
   * all. With no request, the effective route table of each primary.
   *
   * @param source the specs or YAML files to take the effective routes from
   * @param requests the requests, in the order to answer them; empty for the route table
   * @param parent the class loader that holds vsplit itself, for specs
   * @return the route table and each request's way, or the problem
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when a request names no host and several VirtualServices could
   *     take it
   */
  public static ExplainResult explainAll(
      RouteSource source, List<dev.vsplit.routing.Request> requests, ClassLoader parent)
      throws IOException {
    RouteSources.Loaded loaded = RouteSources.load(source, parent, false);
    if (loaded.problem() != null) {
      return new ExplainResult(loaded.label(), null, null, loaded.findings(), loaded.problem());
    }
    List<dev.vsplit.routing.Decision> decisions = new ArrayList<>();
    for (dev.vsplit.routing.Request r : requests) {
      decisions.add(loaded.simulator().route(r));
    }
    return new ExplainResult(
        loaded.label(),
        loaded.table(),
        decisions.size() == 1 ? decisions.get(0) : null,
        loaded.findings(),
        null,
        decisions);
  }

  /**
   * The route map of {@code source} as one self-contained HTML page (inline CSS and script, no
   * network): per host the delegation tree coloured by team, every route with its matches,
   * destinations, weights, timeout, retries, owner and findings, and a search that answers which
   * route takes a request as {@link #explain} does. Problems are in the result, not thrown.
   *
   * @param source the specs or YAML files to take the effective routes from
   * @param parent the class loader that holds vsplit itself, for specs
   * @return the page, or the problem
   * @throws IOException when a file cannot be read
   */
  public static ReportResult report(RouteSource source, ClassLoader parent) throws IOException {
    RouteSources.Loaded loaded = RouteSources.load(source, parent, false);
    if (loaded.problem() != null) {
      return new ReportResult(loaded.label(), null, loaded.findings(), loaded.problem());
    }
    return new ReportResult(
        loaded.label(),
        HtmlReport.render(loaded.label(), loaded.table(), loaded.findings()),
        loaded.findings(),
        null);
  }

  /**
   * What changes between the effective routes of {@code before} and {@code after}, per primary and
   * team. Problems are in the result, not thrown.
   *
   * @param before the routes as they are
   * @param after the routes as they will be
   * @param parent the class loader that holds vsplit itself, for specs
   * @return the changes, or the problem
   * @throws IOException when a file cannot be read
   */
  public static PlanResult plan(RouteSource before, RouteSource after, ClassLoader parent)
      throws IOException {
    RouteSources.Loaded b = RouteSources.load(before, parent, true);
    RouteSources.Loaded a = RouteSources.load(after, parent, true);
    List<Finding> findings = new ArrayList<>(b.findings());
    findings.addAll(a.findings());
    if (b.problem() != null || a.problem() != null) {
      String problem =
          b.problem() != null
              ? "before (" + b.label() + "): " + b.problem()
              : "after (" + a.label() + "): " + a.problem();
      return new PlanResult(null, findings, problem);
    }
    Map<String, List<String>> owners = new java.util.TreeMap<>(b.owners());
    owners.putAll(a.owners());
    return new PlanResult(
        dev.vsplit.routing.Plan.between(b.table(), a.table(), b.label(), a.label()),
        findings,
        null,
        owners);
  }

  /**
   * Findings as a front end prints or writes them: SARIF 2.1.0 ({@code sarif}), YAML ({@code yaml})
   * or JSON ({@code json}); the same text {@link Analysis#writeFindings(Path, Path)} writes for a
   * file with that extension.
   *
   * @param findings the findings, in order
   * @param format {@code sarif}, {@code yaml} or {@code json}
   * @param base a folder in the repository: SARIF names files relative to the repository's root
   * @return the text
   */
  public static String findingsText(List<Finding> findings, String format, Path base) {
    return FindingsReport.render(findings, "findings." + format, base);
  }

  private interface SpecWork<T> {
    T apply(List<String> specClasses, Generation generation, List<Finding> findings)
        throws IOException;
  }

  private interface LoadedSpecWork<T> {
    T apply(SpecLoader.Specs specs, Generation generation, List<Finding> findings)
        throws IOException;
  }

  /**
   * Finds the specs without running any, runs them in forked JVMs ({@link SpecRuns}) and builds the
   * generation from the data they hand back: no spec code runs in this JVM. First makes sure the
   * spec classes are not older than their sources, for {@code operation} (e.g. {@code check};
   * {@code null} when the caller's own operation is not one of vsplit's).
   */
  private static <T> T withSpecs(
      GenerateRequest request, ClassLoader parent, String operation, SpecWork<T> work)
      throws IOException {
    StaleClasses.requireFresh(request, operation);
    URL[] urls = urls(request);
    SpecLoader.Found found;
    try (URLClassLoader loader = new URLClassLoader(urls, parent)) {
      found =
          SpecLoader.find(
              request.specDirectories(), loader, request.specClasses(), request.wording());
    }
    List<Finding> findings = new ArrayList<>(found.problems());
    Generation generation = null;
    if (!found.meshSpecs().isEmpty() && !hasErrors(findings)) {
      SpecRuns.Options options =
          new SpecRuns.Options(
              ForkClasspath.of(parent), request.classpath(), request.forkTimeout(), null, false);
      // Without lines first, as load does; a run whose result has a finding runs again whole,
      // with lines, and that run is the result.
      SpecRuns.Outcome outcome = runSpecs(found, request, options);
      generation = generationOf(outcome, found, request);
      if (generation != null && !generation.findings().isEmpty()) {
        outcome = runSpecs(found, request, options.withLines(true));
        generation = generationOf(outcome, found, request);
      }
      findings.addAll(outcome.findings());
      if (generation != null) {
        findings.addAll(generation.findings());
      }
    }
    return work.apply(found.classNames(), generation, relocate(findings, request));
  }

  private static SpecRuns.Outcome runSpecs(
      SpecLoader.Found found, GenerateRequest request, SpecRuns.Options options)
      throws IOException {
    return SpecRuns.run(
        found.meshSpecs(),
        found.teamSpecs(),
        request.projectDirectory(),
        request.sourceRoots(),
        options,
        request.wording());
  }

  private static Generation generationOf(
      SpecRuns.Outcome outcome, SpecLoader.Found found, GenerateRequest request) {
    if (outcome.result() == null) {
      return null;
    }
    return generation(
        outcome.result(),
        request.mesh(),
        String.join(", ", found.meshSpecs().stream().sorted().toList()),
        SourceOwners.of(request, found.meshSpecs(), outcome.result()));
  }

  /** Loads and runs the specs in this JVM: for scaffolding, which writes code, not the gate. */
  private static <T> T withLoadedSpecs(
      GenerateRequest request, ClassLoader parent, String operation, LoadedSpecWork<T> work)
      throws IOException {
    StaleClasses.requireFresh(request, operation);
    URL[] urls = urls(request);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls, parent)) {
      thread.setContextClassLoader(loader);
      SpecLoader.Specs specs =
          SpecLoader.load(
              request.specDirectories(), loader, request.specClasses(), request.wording());
      List<Finding> findings = new ArrayList<>(specs.problems());
      Generation generation = null;
      if (!specs.isEmpty() && specs.problems().isEmpty()) {
        generation = load(specs.meshes(), specs.teams(), request.mesh(), request.wording());
        findings.addAll(generation.findings());
      }
      return work.apply(specs, generation, relocate(findings, request));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static URL[] urls(GenerateRequest request) throws IOException {
    URL[] urls = new URL[request.classpath().size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = request.classpath().get(i).toUri().toURL();
    }
    return urls;
  }

  private static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * {@code com/example/Foo.java:12} becomes {@code src/main/java/com/example/Foo.java:12} when the
   * source is found.
   */
  private static List<Finding> relocate(List<Finding> findings, GenerateRequest request) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Location at = f.source();
      if (at != null && at.file().endsWith(".java")) {
        for (Path root : request.sourceRoots()) {
          Path candidate = root.resolve(at.file());
          if (Files.isRegularFile(candidate)) {
            Path shown =
                candidate.toAbsolutePath().startsWith(request.projectDirectory().toAbsolutePath())
                    ? request
                        .projectDirectory()
                        .toAbsolutePath()
                        .relativize(candidate.toAbsolutePath())
                    : candidate;
            f = f.withSource(new Location(shown.toString(), at.line(), at.column()));
            break;
          }
        }
      }
      out.add(f);
    }
    return out;
  }
}
