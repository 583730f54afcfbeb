package dev.vsplit.codegen;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.api.Generation;
import dev.vsplit.api.OwnershipMap;
import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
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
      findings.add(SplitFindings.noInput());
      return result(Map.of(), List.of(), List.of(), false, null, null);
    }
    ReadResult input = new ManifestReader(request.limits(), request.defaultNamespace()).read(request.inputs());
    Report report = new Checker(request.mesh()).check(input);
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
    Planner.Plan plan = Planner.plan(monoliths, ownership, request.javaPackage(), ownershipName(), request.allowPartial());
    findings.addAll(plan.findings());
    if (hasErrors()) {
      return result(Map.of(), List.of(), List.of(), false, null, null);
    }
    Map<String, String> sources = SpecWriter.write(plan, request.mesh());
    for (Path existing : SourceFiles.existing(request.sourceDirectory(), sources)) {
      findings.add(SplitFindings.sourceExists(shown(existing)));
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
        findings.add(SplitFindings.notSplit(r));
        continue;
      }
      String ref = vs.namespace() + "/" + vs.name();
      Finding problem = null;
      if (vs.spec().hosts().isEmpty()) {
        problem = SplitFindings.noHosts(ref, r.location());
      } else if (vs.isRoot()) {
        problem = SplitFindings.delegatesAlready(ref, r.location());
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
      findings.add(SplitFindings.inputHasErrors());
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
      findings.add(SplitFindings.noSuchMap(shown(request.ownershipFile())));
      return null;
    }
    OwnershipReader.Result read = OwnershipReader.read(request.ownershipFile(), shown(request.ownershipFile()));
    findings.addAll(read.problems());
    return read.map();
  }

  /** No ownership map: propose one, check how it splits, write it for a human to edit. No code. */
  private SplitResult suggest(List<Planner.Monolith> monoliths) throws IOException {
    String javaPackage = request.javaPackage() != null ? request.javaPackage() : "com.example.mesh";
    OwnershipMap map = Suggester.suggest(monoliths, javaPackage);
    Planner.Plan trial = Planner.plan(monoliths, map, javaPackage, "proposal", true);
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
        : "With this map " + open + " of " + total + " route(s) still need a decision; vsplit:split lists them.";
    List<String> header = List.of(
        "vsplit ownership map, proposed by vsplit:split from the routes' destination services:",
        "one team per service, owning the longest path prefix its routes share. Edit it (team names,",
        "namespaces, code owners, secondary names), then split with it:",
        "  mvn dev.vsplit:vsplit-maven-plugin:split -Dvsplit.input=... -Dvsplit.ownership="
            + (request.suggestionFile() == null ? "<this file>" : request.suggestionFile().getFileName()),
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
        findings.add(SplitFindings.proposalExists(shown(request.suggestionFile())));
      } else {
        written = SourceFiles.writeNew(request.suggestionFile(), yaml);
      }
    }
    findings.add(SplitFindings.mapProposed(verdict, written == null ? null : shown(written)));
    return result(Map.of(), List.of(), List.of(), false, yaml, written);
  }

  /** Compiles the generated specs, runs them, and compares their effective routes with the monolith's. */
  private Equivalence.Proof prove(Planner.Plan plan, Map<String, String> sources, List<EffectiveVirtualService> before) {
    Map<String, Class<?>> classes;
    try {
      classes = InMemoryCompiler.compile(sources, MeshSpec.class);
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
    Generation generation = Vsplit.load(meshes, teams, request.mesh());
    if (generation.hasErrors()) {
      findings.add(SplitFindings.doesNotLoad(generation.errors()));
      return null;
    }
    return Equivalence.compare(before, plan.leftOut(), generation.effective());
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
