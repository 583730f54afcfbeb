package dev.vsplit.api;

import dev.vsplit.Scope;
import dev.vsplit.Secondary;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.HasFindings;
import dev.vsplit.findings.Severity;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.IstioResource;
import dev.vsplit.output.CodeOwners;
import dev.vsplit.output.Drift;
import dev.vsplit.output.GeneratedFile;
import dev.vsplit.output.Kustomization;
import dev.vsplit.output.OutputDirectory;
import dev.vsplit.output.OutputLayout;
import dev.vsplit.output.OutputLocations;
import dev.vsplit.output.WriteResult;
import dev.vsplit.routing.EffectiveRoutes;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.RouteTable;
import dev.vsplit.routing.Simulator;
import dev.vsplit.rules.Report;
import dev.vsplit.yaml.YamlWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the specs produce: the resources, every finding (about the specs, and the engine's about the
 * result), the teams' scopes and the effective routes. Returned by {@link Vsplit#load}.
 */
public final class Generation implements HasFindings {

  private final List<GeneratedResource> resources;
  private final List<Finding> findings;
  private final Report report;
  private final Map<Secondary, Scope> scopes;
  private final List<String> adminOwners;
  private final String meshSources;
  private final Map<String, List<String>> sourceOwners;

  Generation(
      List<GeneratedResource> resources,
      List<Finding> dslFindings,
      Report report,
      Map<Secondary, Scope> scopes,
      List<String> adminOwners,
      String meshSources,
      Map<String, List<String>> sourceOwners) {
    this.resources = List.copyOf(resources);
    List<Finding> all = new ArrayList<>(dslFindings);
    // With errors in the specs, the result is incomplete (the offending routes are left out) and
    // the engine's findings about it would only echo them: fix the specs first.
    if (dslFindings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
      all.addAll(report.findings());
    }
    this.findings = List.copyOf(all);
    this.report = report;
    this.scopes = Map.copyOf(scopes);
    this.adminOwners = List.copyOf(adminOwners);
    this.meshSources = meshSources;
    this.sourceOwners =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sourceOwners));
  }

  /**
   * The resources the specs declared, each with the spec that produced it and its code owners.
   *
   * @return primaries, gateways and secondaries, in the order generated
   */
  public List<GeneratedResource> resources() {
    return resources;
  }

  /**
   * The resource with this kind, namespace and name.
   *
   * @param kind {@code VirtualService} or {@code Gateway}
   * @param namespace its namespace
   * @param name its name
   * @return the resource, or {@code null} when none was generated
   */
  public IstioResource resource(String kind, String namespace, String name) {
    for (GeneratedResource r : resources) {
      IstioResource res = r.resource();
      if (res.kind().equals(kind) && res.namespace().equals(namespace) && res.name().equals(name)) {
        return res;
      }
    }
    return null;
  }

  /**
   * Findings about the specs (VS2xx, located at the Java line) followed by the engine's findings
   * about the result; the engine's are left out while the specs themselves have errors.
   *
   * @return the findings, in that order
   */
  @Override
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The engine's report on the generated resources.
   *
   * @return every rule's findings and the effective routes
   */
  public Report report() {
    return report;
  }

  /**
   * The effective routes: each primary with its delegations merged in, as Istio merges them.
   *
   * @return one entry per primary
   */
  public List<EffectiveVirtualService> effective() {
    return report.effective();
  }

  /**
   * The effective routes as {@code effective-routes.yaml} holds them.
   *
   * @return YAML: {@code [{name, namespace, http}]}
   */
  public String effectiveYaml() {
    return EffectiveRoutes.toYaml(report.effective());
  }

  /**
   * Which route a request takes through these effective routes.
   *
   * @return a simulator over {@link #effective}, with each route's team
   */
  public Simulator simulator() {
    return new Simulator(report.effective(), RouteSources.teamsOfGeneration(this));
  }

  /**
   * The effective route table of each primary, each route with its team.
   *
   * @return the table {@code vsplit:explain} prints without a request
   */
  public RouteTable routeTable() {
    return RouteTable.of(report.effective(), RouteSources.teamsOfGeneration(this));
  }

  /**
   * Each secondary's scope: what its team may match.
   *
   * @return the scopes, by secondary
   */
  public Map<Secondary, Scope> scopes() {
    return scopes;
  }

  /** The file vsplit writes for the effective routes, in the review folder. */
  public static final String EFFECTIVE_ROUTES = "effective-routes.yaml";

  /**
   * What vsplit writes into each folder: the applied folder gets one file per resource ({@code
   * <namespace>/<kind>-<name>.yaml}) and {@code kustomization.yaml}; the review folder gets {@code
   * effective-routes.yaml} and a {@code CODEOWNERS} fragment whose lines name the files by their
   * path in the git repository holding them.
   *
   * @param locations the applied and the review folder (one folder when {@linkplain
   *     OutputLocations#together() together})
   * @param wording how the front end words the command that regenerates the files
   * @return the applied folder's files, then the review folder's (none when together: all are in
   *     the first), each sorted by path; the resources' files and the effective routes are
   *     {@linkplain GeneratedFile#rendered rendered} each time they are read, so that the folders
   *     are written, compared or measured one file at a time
   * @throws IllegalStateException when the generation has errors: nothing must be written then
   */
  public List<OutputDirectory.Folder> folders(OutputLocations locations, Wording wording) {
    String regenerate = wording.word(Fix.regenerate());
    if (hasErrors()) {
      throw new IllegalStateException(
          "the specs have " + errors().size() + " error(s); nothing can be written");
    }
    String appliedPrefix = CodeOwners.repositoryRelativePrefix(locations.applied());
    String reviewPrefix = CodeOwners.repositoryRelativePrefix(locations.review());
    List<GeneratedFile> applied = new ArrayList<>();
    List<GeneratedFile> review = new ArrayList<>();
    Map<String, List<String>> owners = new TreeMap<>();
    List<String> paths = new ArrayList<>();
    for (GeneratedResource r : resources) {
      String path = OutputLayout.pathOf(r.resource());
      IstioResource resource = r.resource();
      applied.add(
          GeneratedFile.rendered(path, () -> YamlWriter.write(resource), r.source(), regenerate));
      paths.add(path);
      if (!r.owners().isEmpty()) {
        owners.put(inRepository(appliedPrefix, path), r.owners());
      }
    }
    applied.add(
        new GeneratedFile(
            Kustomization.PATH, Kustomization.render(paths), meshSources, regenerate));
    review.add(
        GeneratedFile.renderedInPieces(
            EFFECTIVE_ROUTES,
            () -> EffectiveRoutes.toYamlInPieces(report.effective()),
            meshSources,
            regenerate));
    if (!adminOwners.isEmpty()) {
      owners.put(inRepository(appliedPrefix, Kustomization.PATH), adminOwners);
      owners.put(inRepository(reviewPrefix, EFFECTIVE_ROUTES), adminOwners);
    }
    if (!owners.isEmpty() || !sourceOwners.isEmpty()) {
      review.add(
          new GeneratedFile(
              CodeOwners.PATH,
              CodeOwners.render("", owners, sourceOwners),
              meshSources,
              regenerate));
    }
    if (locations.together()) {
      applied.addAll(review);
      review.clear();
    }
    applied.sort(Comparator.comparing(GeneratedFile::path));
    review.sort(Comparator.comparing(GeneratedFile::path));
    List<OutputDirectory.Folder> out = new ArrayList<>();
    out.add(new OutputDirectory.Folder(locations.applied(), applied));
    if (!locations.together()) {
      out.add(new OutputDirectory.Folder(locations.review(), review));
    }
    return out;
  }

  private static String inRepository(String prefix, String path) {
    return prefix.isEmpty() ? path : prefix + "/" + path;
  }

  /**
   * Writes the output folders (see {@link OutputDirectory#write(List, Path)}): atomic across both,
   * only changed files, never a hand edit. Files vsplit generated earlier and no longer produces
   * there are removed: an {@code effective-routes.yaml} or {@code CODEOWNERS} left in the applied
   * folder by an earlier layout moves to the review folder.
   *
   * @param directory the applied folder; the review folder is beside it ({@link
   *     OutputLocations#beside})
   * @return the files written, unchanged and deleted, relative to the applied folder's parent
   * @throws IOException when the folder cannot be written, is locked, or holds a hand edit (nothing
   *     is written then)
   * @throws IllegalStateException when the generation has errors
   */
  public WriteResult writeTo(Path directory) throws IOException {
    return writeTo(directory, Wording.NEUTRAL);
  }

  /**
   * Writes the output folders like {@link #writeTo(Path)}, the files' headers saying how to
   * regenerate in the words of {@code wording}.
   *
   * @param directory the applied folder; the review folder is beside it
   * @param wording how the front end words the command that regenerates the files
   * @return the files written, unchanged and deleted, relative to the applied folder's parent
   * @throws IOException when the folder cannot be written, is locked, or holds a hand edit (nothing
   *     is written then)
   * @throws IllegalStateException when the generation has errors
   */
  public WriteResult writeTo(Path directory, Wording wording) throws IOException {
    OutputLocations locations = OutputLocations.beside(directory);
    return writeTo(locations, wording, locations.applied().getParent());
  }

  /**
   * Writes the applied and the review folder, all or nothing across both.
   *
   * @param locations the folders
   * @param wording how the front end words the command that regenerates the files
   * @param base what the result's paths, and messages, are relative to: the project's folder
   * @return the files written, unchanged and deleted, relative to {@code base}
   * @throws IOException when a folder cannot be written, is locked, or holds a hand edit (nothing
   *     is written then)
   * @throws IllegalStateException when the generation has errors
   */
  public WriteResult writeTo(OutputLocations locations, Wording wording, Path base)
      throws IOException {
    return OutputDirectory.write(folders(locations, wording), base);
  }

  /**
   * Compares the output folders with what the specs produce, writing nothing.
   *
   * @param directory the applied folder; the review folder is beside it
   * @return the files that are stale, missing, extra or hand-edited, relative to the applied
   *     folder's parent; empty when up to date
   * @throws IOException when the folder cannot be read
   * @throws IllegalStateException when the generation has errors
   */
  public Drift check(Path directory) throws IOException {
    return check(directory, Wording.NEUTRAL);
  }

  /**
   * Compares the output folders with what the specs produce, writing nothing; the files it compares
   * against carry headers in the words of {@code wording}, as {@link #writeTo(Path, Wording)}
   * writes them.
   *
   * @param directory the applied folder; the review folder is beside it
   * @param wording how the front end words the command that regenerates the files
   * @return the files that are stale, missing, extra or hand-edited, relative to the applied
   *     folder's parent; empty when up to date
   * @throws IOException when the folder cannot be read
   * @throws IllegalStateException when the generation has errors
   */
  public Drift check(Path directory, Wording wording) throws IOException {
    OutputLocations locations = OutputLocations.beside(directory);
    return check(locations, wording, locations.applied().getParent());
  }

  /**
   * Compares the applied and the review folder with what the specs produce, writing nothing.
   *
   * @param locations the folders
   * @param wording how the front end words the command that regenerates the files
   * @param base what the drift's paths are relative to: the project's folder
   * @return the files that differ, relative to {@code base}; empty when up to date
   * @throws IOException when a folder cannot be read
   * @throws IllegalStateException when the generation has errors
   */
  public Drift check(OutputLocations locations, Wording wording, Path base) throws IOException {
    Drift drift = null;
    for (OutputDirectory.Folder folder : folders(locations, wording)) {
      Drift one = OutputDirectory.check(folder.dir(), folder.files()).relativeTo(base);
      drift = drift == null ? one : drift.and(one);
    }
    return drift;
  }
}
