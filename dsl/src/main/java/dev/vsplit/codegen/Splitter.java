package dev.vsplit.codegen;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.api.Generation;
import dev.vsplit.api.OwnershipMap;
import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Severity;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.Names;
import dev.vsplit.rules.Checker;
import dev.vsplit.rules.Report;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code vsplit:split}: a monolithic VirtualService becomes a {@code MeshSpec} and one
 * {@code TeamSpec} per secondary, proven to route as the monolith did before anything is written.
 * Reached through {@link Vsplit#split}.
 */
public final class Splitter {

  private final SplitRequest request;
  private final List<Finding> findings = new ArrayList<>();

  private Splitter(SplitRequest request) {
    this.request = request;
  }

  /** See {@link Vsplit#split}. */
  public static SplitResult split(SplitRequest request) throws IOException {
    return new Splitter(request).run();
  }

  private SplitResult run() throws IOException {
    if (request.inputs().isEmpty()) {
      findings.add(SplitFindings.error(SplitFindings.NOT_A_MONOLITH, "", "", null, "no input to split",
          "name the monolith's YAML files or folders" + wording().aside(Fix.setting("input", "...")), null));
      return result(Map.of(), List.of(), List.of(), false, null, null);
    }
    ReadResult input = new ManifestReader(request.limits(), request.defaultNamespace()).read(request.inputs());
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
    Planner.Plan plan = Planner.plan(monoliths, ownership, request.javaPackage(), ownershipName(), request.allowPartial(),
        wording());
    findings.addAll(plan.findings());
    if (hasErrors()) {
      return result(Map.of(), List.of(), List.of(), false, null, null);
    }
    Map<String, String> sources = SpecWriter.write(plan, request.mesh(), wording());
    for (Path existing : SourceFiles.existing(request.sourceDirectory(), sources)) {
      findings.add(SplitFindings.error(SplitFindings.FILE_EXISTS, "", "", null, shown(existing) + " exists; "
          + wording().word(Fix.operation("split")) + " never overwrites a source file, and writes nothing unless it can write"
          + " everything", "move it away, or split into another package" + wording().aside(Fix.setting("package"))
          + " or source folder" + wording().aside(Fix.setting("sourceDirectory")), null));
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
      return result(sources, List.of(), proof == null ? List.of() : proof.summary(), false, null, null);
    }
    List<Path> written = SourceFiles.writeAll(request.sourceDirectory(), sources);
    return result(sources, written, proof.summary(), true, null, null);
  }

  /** The VirtualServices to split; everything that makes the input unsplittable is a finding. */
  private List<Planner.Monolith> monoliths(ReadResult input, Report report) {
    List<Planner.Monolith> out = new ArrayList<>();
    for (LoadedResource r : input.resources()) {
      if (!(r.resource() instanceof VirtualService vs)) {
        findings.add(new Finding(SplitFindings.NOT_A_MONOLITH, Severity.INFO, r.resource().namespace() + "/" + r.resource().name(),
            "", null, r.resource().kind() + " " + r.resource().namespace() + "/" + r.resource().name() + " is not part of the"
                + " split; keep applying it as it is", "", r.location()));
        continue;
      }
      String ref = vs.namespace() + "/" + vs.name();
      String problem = null;
      if (vs.spec().hosts().isEmpty()) {
        problem = "has no hosts: it is a secondary already, not a monolith";
      } else if (vs.isRoot()) {
        problem = "delegates already; " + wording().word(Fix.operation("analyze")) + " checks a split that exists";
      } else if (!vs.spec().tcp().isEmpty() || !vs.spec().tls().isEmpty()) {
        problem = "has tcp or tls routes, which a primary written in the DSL cannot hold";
      } else if (vs.spec().http().isEmpty()) {
        problem = "has no http routes to split";
      }
      if (problem != null) {
        findings.add(SplitFindings.error(SplitFindings.NOT_A_MONOLITH, ref, "spec", null, "VirtualService " + ref + " " + problem,
            "leave it out of the input", r.location()));
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
      findings.add(SplitFindings.error(SplitFindings.NOT_A_MONOLITH, "", "", null, "the input has errors of its own (above):"
          + " Istio would not route it as written, so there is nothing exact to split", "fix them first ("
          + wording().word(Fix.operation("analyze")) + " shows them too)", null));
    } else if (out.isEmpty()) {
      findings.add(SplitFindings.error(SplitFindings.NOT_A_MONOLITH, "", "", null, "the input holds no VirtualService with hosts"
          + " and http routes", "name the monolith's YAML files or folders", null));
    }
    return out;
  }

  private OwnershipMap ownership() throws IOException {
    if (request.ownership() != null && request.ownershipFile() != null) {
      findings.add(SplitFindings.error(SplitFindings.BAD_OWNERSHIP, "", "", null, "two ownership maps: a file ("
          + shown(request.ownershipFile()) + ") and one in the configuration", "keep one of them", null));
      return null;
    }
    if (request.ownership() != null) {
      return request.ownership();
    }
    if (request.ownershipFile() == null) {
      return null;
    }
    if (!Files.isRegularFile(request.ownershipFile())) {
      findings.add(SplitFindings.error(SplitFindings.BAD_OWNERSHIP, "", "", null, "ownership map " + shown(request.ownershipFile())
          + " does not exist", "run " + wording().word(Fix.operation("split")) + " without "
          + wording().word(Fix.setting("ownership")) + " to have one proposed", null));
      return null;
    }
    OwnershipReader.Result read = OwnershipReader.read(request.ownershipFile(), shown(request.ownershipFile()), wording());
    findings.addAll(read.problems());
    return read.map();
  }

  /** No ownership map: propose one, check how it splits, write it for a human to edit. No code. */
  private SplitResult suggest(List<Planner.Monolith> monoliths) throws IOException {
    String javaPackage = request.javaPackage() != null ? request.javaPackage() : "com.example.mesh";
    OwnershipMap map = Suggester.suggest(monoliths, javaPackage);
    Planner.Plan trial = Planner.plan(monoliths, map, javaPackage, "proposal", true, wording());
    List<String> routesOf = new ArrayList<>();
    for (OwnershipMap.PathEntry e : map.delegations()) {
      String primary = e.primary() != null ? e.primary() : monoliths.get(0).ref();
      String takes = "";
      for (Planner.Secondary s : trial.secondaries()) {
        if (s.name.equals(e.secondary()) && s.primary.monolith.ref().equals(primary)) {
          List<String> parts = new ArrayList<>();
          s.pieces.forEach(p -> parts.add("spec.http[" + p.routeIndex() + "]"));
          takes = String.join(", ", new java.util.LinkedHashSet<>(parts));
        }
      }
      routesOf.add(takes);
    }
    long open = trial.findings().stream().filter(f -> f.severity() == Severity.WARNING
        && !f.code().equals(SplitFindings.EMPTY_DELEGATION)).count();
    int total = monoliths.stream().mapToInt(m -> m.resolved().spec().http().size()).sum();
    String verdict = open == 0
        ? "With this map all " + total + " route(s) split cleanly."
        : "With this map " + open + " of " + total + " route(s) still need a decision; "
            + wording().word(Fix.operation("split")) + " lists them.";
    String thisFile = request.suggestionFile() == null ? "<this file>" : request.suggestionFile().getFileName().toString();
    List<String> header = List.of(
        "vsplit ownership map, proposed by " + wording().word(Fix.operation("split")) + " from the routes' destination services:",
        "one team per service, owning the longest path prefix its routes share. Edit it (team names,",
        "namespaces, code owners, secondary names), then split with it:",
        "  " + wording().word(Fix.run("split")) + " " + wording().word(Fix.setting("input", "...")) + " "
            + wording().word(Fix.setting("ownership", thisFile)),
        verdict);
    String yaml = Suggester.render(map, routesOf, header);
    for (Finding f : trial.findings()) {
      if (!f.code().equals(SplitFindings.EMPTY_DELEGATION)) {
        findings.add(new Finding(f.code(), Severity.INFO, f.resource(), f.path(), f.team(), f.message()
            .replace("; left out of the split", "") + " (with the proposed map)", f.hint(), f.source()));
      }
    }
    Path written = null;
    if (request.suggestionFile() != null) {
      if (Files.exists(request.suggestionFile())) {
        findings.add(SplitFindings.error(SplitFindings.FILE_EXISTS, "", "", null, shown(request.suggestionFile())
            + " exists; " + wording().word(Fix.operation("split")) + " never overwrites it", "split with it"
                + wording().aside(Fix.setting("ownership", shown(request.suggestionFile())))
                + ", or move it away to have a new one proposed", null));
      } else {
        written = SourceFiles.writeNew(request.suggestionFile(), yaml);
      }
    }
    findings.add(new Finding(SplitFindings.BAD_OWNERSHIP, Severity.INFO, "", "", null, "no ownership map given, so no code"
        + " was generated; a map is proposed below. " + verdict, "review the proposal, then split with "
        + wording().word(Fix.setting("ownership", written == null ? "FILE" : shown(written))), null));
    return result(Map.of(), List.of(), List.of(), false, yaml, written);
  }

  /** Compiles the generated specs, runs them, and compares their effective routes with the monolith's. */
  private Equivalence.Proof prove(Planner.Plan plan, Map<String, String> sources, List<EffectiveVirtualService> before) {
    Map<String, Class<?>> classes;
    try {
      classes = InMemoryCompiler.compile(wording(), sources, MeshSpec.class);
    } catch (InMemoryCompiler.CompileException e) {
      findings.add(bug("the generated specs do not compile:\n" + e.getMessage()));
      return null;
    }
    List<MeshSpec> meshes = new ArrayList<>();
    List<TeamSpec> teams = new ArrayList<>();
    for (Class<?> type : classes.values()) {
      Object spec;
      try {
        spec = type.getConstructor().newInstance();
      } catch (InvocationTargetException e) {
        findings.add(bug("creating " + type.getName() + " threw " + e.getCause()));
        return null;
      } catch (ReflectiveOperationException e) {
        findings.add(bug("cannot create " + type.getName() + ": " + e));
        return null;
      }
      if (spec instanceof MeshSpec m) {
        meshes.add(m);
      } else if (spec instanceof TeamSpec t) {
        teams.add(t);
      }
    }
    Generation generation = Vsplit.load(meshes, teams, request.mesh(), wording());
    if (generation.hasErrors()) {
      StringBuilder message = new StringBuilder("the generated specs do not load cleanly:");
      generation.errors().forEach(f -> message.append("\n  ").append(f.format()));
      findings.add(bug(message.toString()));
      return null;
    }
    return Equivalence.compare(before, plan.leftOut(), generation.effective());
  }

  /** How the front end words a fix: its commands and settings. */
  private Wording wording() {
    return request.wording();
  }

  private static Finding bug(String message) {
    return SplitFindings.error(SplitFindings.NOT_EQUIVALENT, "", "", null, message,
        "this is a vsplit bug; please report it with the monolith and the ownership map", null);
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

  private SplitResult result(Map<String, String> sources, List<Path> written, List<String> proof, boolean proven, String suggestion,
      Path suggestionWritten) {
    return new SplitResult(findings, sources, written, proof, proven, suggestion, suggestionWritten);
  }
}
