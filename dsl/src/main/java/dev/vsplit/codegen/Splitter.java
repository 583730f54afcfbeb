package dev.vsplit.codegen;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.base.FieldPath;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Severity;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.routing.Names;
import dev.vsplit.rules.Checker;
import dev.vsplit.rules.Report;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadLimits;
import dev.vsplit.yaml.ReadResult;
import dev.vsplit.yaml.YamlWriter;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code vsplit:split}: a monolithic VirtualService becomes a {@code MeshSpec} and one {@code
 * TeamSpec} per secondary, proven to route as the monolith did before anything is written. Programs
 * reach it through {@code dev.vsplit.api.Vsplit#split}, whose request and result are the public
 * form of {@link Job} and {@link Outcome}.
 */
public final class Splitter {

  /**
   * What a split reads and where it writes.
   *
   * @param inputs the monolith: YAML files or folders with VirtualServices that route themselves
   * @param ownershipFile the ownership map as YAML; {@code null} when none
   * @param ownership the ownership map given in code or plugin configuration; {@code null} when
   *     none. With neither, split proposes one and writes it to {@code suggestionFile}
   * @param sourceDirectory the source folder the Java specs go to
   * @param javaPackage the generated classes' package; {@code null} for the ownership map's
   * @param allowPartial generate the routes that split cleanly even when others cannot be given to
   *     one owner
   * @param suggestionFile where a proposed ownership map is written; {@code null} to only return it
   * @param projectDirectory the folder file names in messages are relative to
   * @param defaultNamespace namespace of manifests that have none
   * @param mesh the mesh settings both the monolith and the split are evaluated under
   * @param limits bounds on reading one YAML file
   * @param wording how the front end words a fix in the findings, the generated sources and the
   *     proposed map
   * @param defaultPackage the generated classes' package when neither {@code javaPackage} nor the
   *     map names one (derived from the project's group); {@code null} for none
   */
  public record Job(
      List<Path> inputs,
      Path ownershipFile,
      OwnershipMap ownership,
      Path sourceDirectory,
      String javaPackage,
      boolean allowPartial,
      Path suggestionFile,
      Path projectDirectory,
      String defaultNamespace,
      MeshOptions mesh,
      ReadLimits limits,
      Wording wording,
      String defaultPackage) {}

  /**
   * What a split did.
   *
   * @param findings what stands in the way, and notes; errors mean nothing was written
   * @param sources the generated Java, by path relative to the source folder
   * @param written the files written
   * @param proof the proof summary, one line per primary plus a conclusion; empty when no proof ran
   * @param proven whether the split's effective routes were shown equal to the monolith's
   * @param suggestion a proposed ownership map (YAML), when none was given; {@code null} otherwise
   * @param suggestionWritten where the proposal was written, {@code null} when it was not
   * @param meshSpecClass the generated MeshSpec's class name; {@code null} when none was planned
   */
  public record Outcome(
      List<Finding> findings,
      Map<String, String> sources,
      List<Path> written,
      List<String> proof,
      boolean proven,
      String suggestion,
      Path suggestionWritten,
      String meshSpecClass) {}

  /**
   * Runs specs the way {@code vsplit:generate} does (the DSL's implementation, then the rules): the
   * proof runs the generated specs with it. The API supplies it, as it owns loading specs.
   */
  @FunctionalInterface
  public interface SpecRunner {
    Ran run(List<MeshSpec> meshes, List<TeamSpec> teams, MeshOptions mesh);
  }

  /**
   * What running the specs gave.
   *
   * @param errors the errors of running and checking them; none when they load cleanly
   * @param effective the effective routes of what they generate
   */
  public record Ran(List<Finding> errors, List<EffectiveVirtualService> effective) {}

  private final Job request;
  private final SpecRunner runner;
  private final List<Finding> findings = new ArrayList<>();

  /** The effective routes of the generated specs, as the proof ran them. */
  private List<EffectiveVirtualService> lastRun = List.of();

  private String meshSpecClass;

  private Splitter(Job request, SpecRunner runner) {
    this.request = request;
    this.runner = runner;
  }

  /** Splits, proves, and writes only when everything can be written and the proof holds. */
  public static Outcome split(Job job, SpecRunner runner) throws IOException {
    return new Splitter(job, runner).run();
  }

  private Outcome run() throws IOException {
    if (request.inputs().isEmpty()) {
      findings.add(SplitFindings.noInput(wording()));
      return result(Map.of(), List.of(), List.of(), false, null, null);
    }
    ReadResult input =
        new ManifestReader(request.limits(), request.defaultNamespace()).read(request.inputs());
    Report report = new Checker(request.mesh(), wording()).check(input);
    List<Planner.Monolith> monoliths = monoliths(input, report);
    if (hasErrors()) {
      return result(Map.of(), List.of(), List.of(), false, null, null);
    }
    OwnershipMap ownership = ownership();
    if (hasErrors()) {
      return result(Map.of(), List.of(), List.of(), false, null, null);
    }
    if (ownership == null) {
      return suggest(monoliths);
    }
    Planner.Plan plan =
        Planner.plan(
            monoliths,
            ownership,
            request.javaPackage(),
            request.defaultPackage(),
            ownershipName(),
            request.allowPartial(),
            wording());
    findings.addAll(plan.findings());
    if (hasErrors()) {
      return result(Map.of(), List.of(), List.of(), false, null, null);
    }
    meshSpecClass = plan.javaPackage() + "." + plan.meshClass();
    Map<String, String> sources = SpecWriter.write(plan, request.mesh(), wording());
    for (Path existing : SourceFiles.existing(request.sourceDirectory(), sources)) {
      findings.add(SplitFindings.sourceExists(shown(existing), wording()));
    }
    if (hasErrors()) {
      return result(sources, List.of(), List.of(), false, null, null);
    }
    List<EffectiveVirtualService> before = new ArrayList<>();
    Set<String> split = new java.util.HashSet<>();
    monoliths.forEach(m -> split.add(m.ref()));
    for (EffectiveVirtualService vs : report.effective()) {
      if (split.contains(vs.namespace() + "/" + vs.name())) {
        before.add(vs);
      }
    }
    Equivalence.Proof proof = prove(plan, sources, before);
    if (proof == null || !proof.holds()) {
      if (proof != null) {
        findings.add(proof.difference());
      }
      return result(
          sources, List.of(), proof == null ? List.of() : proof.summary(), false, null, null);
    }
    List<Path> written = new ArrayList<>(SourceFiles.writeAll(request.sourceDirectory(), sources));
    if (!plan.leftOut().isEmpty()) {
      leftOut(monoliths, plan, before, written);
    }
    return result(sources, written, proof.summary(), true, null, null);
  }

  /**
   * A partial split: writes the routes left out beside the ownership map, so that nothing is lost,
   * and says for each where its requests go now (VS312).
   */
  private void leftOut(
      List<Planner.Monolith> monoliths,
      Planner.Plan plan,
      List<EffectiveVirtualService> before,
      List<Path> written)
      throws IOException {
    Map<String, EffectiveVirtualService> after = new java.util.HashMap<>();
    for (EffectiveVirtualService vs : lastRun) {
      after.put(vs.namespace() + "/" + vs.name(), vs);
    }
    StringBuilder file = new StringBuilder();
    file.append(
            "# Routes vsplit split left out (a partial split): they are in no generated spec.\n")
        .append("# Move each by hand (into a TeamSpec, or the primary's own routes), then delete")
        .append(" this file.\n");
    Map<String, List<String>> lines = new java.util.LinkedHashMap<>();
    for (EffectiveVirtualService vs : before) {
      String ref = vs.namespace() + "/" + vs.name();
      Set<Integer> out = plan.leftOut().getOrDefault(ref, Set.of());
      if (out.isEmpty()) {
        continue;
      }
      List<String> where = Equivalence.whereNow(vs, out, after.get(ref));
      lines.put(ref, where);
      Planner.Monolith m =
          monoliths.stream().filter(x -> x.ref().equals(ref)).findFirst().orElseThrow();
      file.append("---\n# ").append(ref).append(", ").append(m.at("")).append('\n');
      file.append("primary: ").append(ref).append("\nhttp:\n");
      int i = 0;
      for (int r : out) {
        for (Finding f : findings) {
          if (f.resource().equals(ref)
              && f.path().startsWith(FieldPath.httpRoute(r))
              && f.severity() == Severity.WARNING) {
            file.append("  # ")
                .append(f.code().id())
                .append(' ')
                .append(f.path())
                .append(": ")
                .append(f.message().replace("\n", " "))
                .append('\n');
          }
        }
        file.append("  # requests now: ").append(where.get(i++)).append('\n');
        String yaml = YamlWriter.writeValue(vs.http().get(r), YamlWriter.Defaults.OMIT);
        String[] rows = yaml.strip().split("\n", -1);
        for (int k = 0; k < rows.length; k++) {
          file.append(k == 0 ? "  - " : "    ").append(rows[k]).append('\n');
        }
      }
    }
    Path target = leftOutFile();
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, file.toString());
    written.add(target);
    lines.forEach((ref, where) -> findings.add(SplitFindings.leftOut(ref, where, shown(target))));
  }

  /**
   * Where a partial split writes the routes it leaves out: beside the ownership map ({@code
   * vsplit-ownership.left-out.yaml}), or in the project folder for a map given in code.
   */
  private Path leftOutFile() {
    Path map = request.ownershipFile();
    if (map == null) {
      return request.projectDirectory().resolve("vsplit-left-out.yaml");
    }
    String name = map.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return map.resolveSibling(base + ".left-out.yaml");
  }

  /** The VirtualServices to split; everything that makes the input unsplittable is a finding. */
  private List<Planner.Monolith> monoliths(ReadResult input, Report report) {
    List<Planner.Monolith> out = new ArrayList<>();
    for (LoadedResource r : input.resources()) {
      if (!(r.resource() instanceof VirtualService vs)) {
        findings.add(SplitFindings.notSplit(r));
        continue;
      }
      String ref = vs.namespace() + "/" + vs.name();
      Finding problem = null;
      if (vs.spec().hosts().isEmpty()) {
        problem = SplitFindings.noHosts(ref, r.location());
      } else if (vs.isRoot()) {
        problem = SplitFindings.delegatesAlready(ref, r.location(), wording());
      } else if (!vs.spec().tcp().isEmpty() || !vs.spec().tls().isEmpty()) {
        problem = SplitFindings.tcpOrTls(ref, r.location());
      } else if (vs.spec().http().isEmpty()) {
        problem = SplitFindings.noHttpRoutes(ref, r.location());
      }
      if (problem != null) {
        findings.add(problem);
        continue;
      }
      out.add(new Planner.Monolith(r, Names.resolve(vs, request.mesh())));
    }
    if (hasErrors()) {
      return out;
    }
    for (Finding f : report.findings()) {
      if (f.severity() == Severity.ERROR) {
        findings.add(f);
      }
    }
    if (hasErrors()) {
      findings.add(SplitFindings.inputHasErrors(wording()));
    } else if (out.isEmpty()) {
      findings.add(SplitFindings.noMonolith());
    }
    return out;
  }

  private OwnershipMap ownership() throws IOException {
    if (request.ownership() != null && request.ownershipFile() != null) {
      findings.add(SplitFindings.twoMaps(shown(request.ownershipFile())));
      return null;
    }
    if (request.ownership() != null) {
      return request.ownership();
    }
    if (request.ownershipFile() == null) {
      return null;
    }
    if (!Files.isRegularFile(request.ownershipFile())) {
      findings.add(SplitFindings.noSuchMap(shown(request.ownershipFile()), wording()));
      return null;
    }
    OwnershipReader.Result read =
        OwnershipReader.read(request.ownershipFile(), shown(request.ownershipFile()), wording());
    findings.addAll(read.problems());
    return read.map();
  }

  /** No ownership map: propose one, check how it splits, write it for a human to edit. No code. */
  private Outcome suggest(List<Planner.Monolith> monoliths) throws IOException {
    String javaPackage =
        request.javaPackage() != null
            ? request.javaPackage()
            : request.defaultPackage() != null ? request.defaultPackage() : "mesh";
    OwnershipMap map = Suggester.suggest(monoliths, javaPackage);
    Planner.Plan trial =
        Planner.plan(monoliths, map, javaPackage, null, "proposal", true, wording());
    List<String> routesOf = new ArrayList<>();
    for (OwnershipMap.PathEntry e : map.delegations()) {
      String primary = e.primary() != null ? e.primary() : monoliths.get(0).ref();
      List<HTTPMatchRequest> mine = e.matches();
      java.util.Set<String> parts = new java.util.LinkedHashSet<>();
      for (Planner.Secondary s : trial.secondaries()) {
        if (!s.name.equals(e.secondary()) || !s.primary.monolith.ref().equals(primary)) {
          continue;
        }
        for (Planner.Piece p : s.pieces) {
          List<HTTPMatchRequest> ms =
              p.route().match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : p.route().match();
          boolean held =
              ms.stream()
                  .anyMatch(
                      x ->
                          mine.stream()
                              .anyMatch(
                                  d ->
                                      dev.vsplit.routing.Coverage.covers(
                                          Equivalence.normalize(d), Equivalence.normalize(x))));
          if (held) {
            parts.add(FieldPath.httpRoute(p.routeIndex()));
          }
        }
      }
      routesOf.add(String.join(", ", parts));
    }
    long open =
        trial.findings().stream()
            .filter(
                f ->
                    f.severity() == Severity.WARNING
                        && !f.code().equals(SplitFindings.EMPTY_DELEGATION))
            .count();
    int total = monoliths.stream().mapToInt(m -> m.resolved().spec().http().size()).sum();
    String verdict =
        open == 0
            ? "With this map all " + total + " route(s) split cleanly."
            : "With this map "
                + open
                + " of "
                + total
                + " route(s) still need a decision; "
                + wording().word(Fix.operation("split"))
                + " lists them.";
    String thisFile =
        request.suggestionFile() == null
            ? "<this file>"
            : request.suggestionFile().getFileName().toString();
    List<String> header =
        List.of(
            "vsplit ownership map, proposed by "
                + wording().word(Fix.operation("split"))
                + " from the routes' destination services:",
            "one team per service, owning the longest path prefix its routes share. Edit it (team names,",
            "namespaces, code owners, secondary names), then split with it:",
            "  "
                + wording().word(Fix.run("split"))
                + " "
                + wording().word(Fix.setting("input", "..."))
                + " "
                + wording().word(Fix.setting("ownership", thisFile)),
            verdict);
    String yaml = Suggester.render(map, routesOf, header);
    for (Finding f : trial.findings()) {
      if (!f.code().equals(SplitFindings.EMPTY_DELEGATION)) {
        findings.add(SplitFindings.withProposedMap(f));
      }
    }
    Path written = null;
    if (request.suggestionFile() != null) {
      if (Files.exists(request.suggestionFile())) {
        findings.add(SplitFindings.proposalExists(shown(request.suggestionFile()), wording()));
      } else {
        written = SourceFiles.writeNew(request.suggestionFile(), yaml);
      }
    }
    findings.add(
        SplitFindings.mapProposed(verdict, written == null ? null : shown(written), wording()));
    return result(Map.of(), List.of(), List.of(), false, yaml, written);
  }

  /**
   * Compiles the generated specs, runs them, and compares their effective routes with the
   * monolith's.
   */
  private Equivalence.Proof prove(
      Planner.Plan plan, Map<String, String> sources, List<EffectiveVirtualService> before) {
    Map<String, Class<?>> classes;
    try {
      classes = InMemoryCompiler.compile(wording(), sources, MeshSpec.class);
    } catch (InMemoryCompiler.CompileException e) {
      findings.add(SplitFindings.doesNotCompile(e.getMessage()));
      return null;
    }
    List<MeshSpec> meshes = new ArrayList<>();
    List<TeamSpec> teams = new ArrayList<>();
    for (Class<?> type : classes.values()) {
      Object spec;
      try {
        spec = type.getConstructor().newInstance();
      } catch (InvocationTargetException e) {
        findings.add(SplitFindings.constructorThrew(type, e.getCause()));
        return null;
      } catch (ReflectiveOperationException e) {
        findings.add(SplitFindings.cannotCreate(type, e));
        return null;
      }
      if (spec instanceof MeshSpec m) {
        meshes.add(m);
      } else if (spec instanceof TeamSpec t) {
        teams.add(t);
      }
    }
    Ran ran = runner.run(meshes, teams, request.mesh());
    lastRun = ran.effective();
    if (!ran.errors().isEmpty()) {
      findings.add(SplitFindings.doesNotLoad(ran.errors()));
      return null;
    }
    return Equivalence.compare(before, plan.excluded(), ran.effective());
  }

  /** How the front end words a fix: its commands and settings. */
  private Wording wording() {
    return request.wording();
  }

  private boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  private String ownershipName() {
    return request.ownershipFile() != null ? shown(request.ownershipFile()) : "ownership map";
  }

  private String shown(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path base = request.projectDirectory().toAbsolutePath().normalize();
    return abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
  }

  private Outcome result(
      Map<String, String> sources,
      List<Path> written,
      List<String> proof,
      boolean proven,
      String suggestion,
      Path suggestionWritten) {
    return new Outcome(
        findings, sources, written, proof, proven, suggestion, suggestionWritten, meshSpecClass);
  }
}
