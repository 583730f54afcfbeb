package dev.vsplit.api;

import dev.vsplit.codegen.OwnershipMap;
import dev.vsplit.codegen.Splitter;
import dev.vsplit.findings.Wording;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.yaml.ReadLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link Vsplit#split} reads and where it writes.
 *
 * @param inputs the monolith: YAML files or folders with VirtualServices that route themselves
 * @param ownershipFile the ownership map as YAML; {@code null} when none
 * @param delegations the ownership map given in code or plugin configuration instead, one entry per
 *     path; empty when none. With neither, split proposes a map and writes it to {@code
 *     suggestionFile}, generating no code
 * @param sourceDirectory the source folder the Java specs go to (e.g. {@code src/main/java})
 * @param javaPackage the generated classes' package; {@code null} for the ownership map's
 * @param allowPartial generate the routes that split cleanly even when others cannot be given to
 *     one owner (those are listed, left out, and the proof covers the rest)
 * @param suggestionFile where a proposed ownership map is written; {@code null} to only return it
 * @param projectDirectory the folder file names in messages are relative to
 * @param defaultNamespace namespace of manifests that have none
 * @param mesh the mesh settings both the monolith and the split are evaluated under
 * @param limits bounds on reading one YAML file
 * @param wording how the front end words a fix in the findings, the generated sources and the
 *     proposed ownership map ({@link Wording#NEUTRAL} when {@code null})
 * @param defaultPackage the generated classes' package when neither {@code javaPackage} nor the
 *     ownership map names one, e.g. from the project's group ({@code com.acme.shop.mesh}); {@code
 *     null} for {@code mesh}
 */
public record SplitRequest(
    List<Path> inputs,
    Path ownershipFile,
    List<OwnedPath> delegations,
    Path sourceDirectory,
    String javaPackage,
    boolean allowPartial,
    Path suggestionFile,
    Path projectDirectory,
    String defaultNamespace,
    MeshOptions mesh,
    ReadLimits limits,
    Wording wording,
    String defaultPackage) {

  /**
   * One path of an ownership map given in code or in the plugin configuration: the fields of an
   * entry of the YAML map's {@code delegations}, and the team's code owners.
   *
   * @param prefix a URI prefix, or {@code null} when {@code exact} is set
   * @param exact an exact URI path, or {@code null}
   * @param team the owning team's name
   * @param secondary the secondary's name; {@code null} for {@code <primary>-<team>}
   * @param namespace the secondary's namespace, and its team's the first time the team is given
   *     owners
   * @param primary {@code namespace/name} of the monolith it splits; {@code null} when there is one
   * @param className the TeamSpec's simple name; {@code null} for a name from the team or secondary
   * @param owners the team's code owners ({@code @org/team}); the first path of a team that names
   *     any sets them
   */
  public record OwnedPath(
      String prefix,
      String exact,
      String team,
      String secondary,
      String namespace,
      String primary,
      String className,
      List<String> owners) {
    /**
     * Copies the owners.
     *
     * @param prefix a URI prefix, or {@code null}
     * @param exact an exact URI path, or {@code null}
     * @param team the owning team's name
     * @param secondary the secondary's name, or {@code null}
     * @param namespace the secondary's namespace
     * @param primary {@code namespace/name} of the monolith, or {@code null}
     * @param className the TeamSpec's simple name, or {@code null}
     * @param owners the team's code owners; {@code null} for none
     */
    public OwnedPath {
      owners = owners == null ? List.of() : List.copyOf(owners);
    }
  }

  /**
   * Fills the defaults and copies the lists.
   *
   * @param inputs the monolith's YAML files or folders
   * @param ownershipFile the ownership map, or {@code null}
   * @param delegations the ownership map as entries; {@code null} for none
   * @param sourceDirectory the source folder the Java specs go to
   * @param javaPackage the generated classes' package, or {@code null}
   * @param allowPartial generate the routes that split cleanly even when others cannot
   * @param suggestionFile where a proposed map is written, or {@code null}
   * @param projectDirectory the folder messages are relative to; {@code null} for the working
   *     directory
   * @param defaultNamespace namespace of manifests that have none; {@code null} or empty for {@code
   *     default}
   * @param mesh the mesh settings; {@code null} for the defaults
   * @param limits bounds on reading one YAML file; {@code null} for the defaults
   * @param wording how the front end words a fix in the findings, the generated sources and the
   *     proposed ownership map; {@code null} for {@link Wording#NEUTRAL}
   * @param defaultPackage the generated classes' package when neither {@code javaPackage} nor the
   *     ownership map names one; {@code null} for {@code mesh}
   */
  public SplitRequest {
    inputs = List.copyOf(inputs);
    delegations = delegations == null ? List.of() : List.copyOf(delegations);
    Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    projectDirectory = Objects.requireNonNullElse(projectDirectory, Path.of("."));
    defaultNamespace =
        defaultNamespace == null || defaultNamespace.isEmpty() ? "default" : defaultNamespace;
    mesh = Objects.requireNonNullElse(mesh, MeshOptions.DEFAULTS);
    limits = Objects.requireNonNullElse(limits, ReadLimits.DEFAULTS);
    wording = Objects.requireNonNullElse(wording, Wording.NEUTRAL);
  }

  /**
   * Splits {@code inputs} by the ownership file into {@code sourceDirectory}, with the defaults.
   *
   * @param inputs the monolith's YAML files or folders
   * @param ownershipFile the ownership map; {@code null} to have one proposed
   * @param sourceDirectory the source folder the Java specs go to
   * @return the request
   */
  public static SplitRequest of(List<Path> inputs, Path ownershipFile, Path sourceDirectory) {
    return new SplitRequest(
        inputs,
        ownershipFile,
        List.of(),
        sourceDirectory,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * The same request, generating the routes that split cleanly even when others cannot.
   *
   * @param allowPartial true to allow a partial split
   * @return a new request
   */
  public SplitRequest withAllowPartial(boolean allowPartial) {
    return edit(d -> d.allowPartial = allowPartial);
  }

  /**
   * The same request, with the ownership map given as entries.
   *
   * @param delegations one entry per path
   * @return a new request
   */
  public SplitRequest withDelegations(List<OwnedPath> delegations) {
    return edit(d -> d.delegations = delegations);
  }

  /**
   * The same request, generating into another package.
   *
   * @param javaPackage the package; {@code null} for the ownership map's
   * @return a new request
   */
  public SplitRequest withJavaPackage(String javaPackage) {
    return edit(d -> d.javaPackage = javaPackage);
  }

  /**
   * The same request, its fixes worded by {@code wording}: the front end's commands and settings.
   *
   * @param wording how the front end words a fix in the findings, the generated sources and the
   *     proposed ownership map; {@code null} for {@link Wording#NEUTRAL}
   * @return a new request
   */
  public SplitRequest withWording(Wording wording) {
    return edit(d -> d.wording = wording);
  }

  /**
   * The same request with a default package for the generated classes.
   *
   * @param defaultPackage the package when neither the request nor the ownership map names one
   * @return the new request
   */
  public SplitRequest withDefaultPackage(String defaultPackage) {
    return edit(d -> d.defaultPackage = defaultPackage);
  }

  /**
   * The same request, writing a proposed ownership map to this file.
   *
   * @param suggestionFile the file; {@code null} to only return the proposal
   * @return a new request
   */
  public SplitRequest withSuggestionFile(Path suggestionFile) {
    return edit(d -> d.suggestionFile = suggestionFile);
  }

  Splitter.Job toJob() {
    return new Splitter.Job(
        inputs,
        ownershipFile,
        ownershipMap(),
        sourceDirectory,
        javaPackage,
        allowPartial,
        suggestionFile,
        projectDirectory,
        defaultNamespace,
        mesh,
        limits,
        wording,
        defaultPackage);
  }

  /**
   * The map {@link #delegations} make, in the request's package; {@code null} when there are none.
   */
  private OwnershipMap ownershipMap() {
    if (delegations.isEmpty()) {
      return null;
    }
    List<OwnershipMap.PathEntry> paths = new ArrayList<>();
    List<OwnershipMap.TeamEntry> teams = new ArrayList<>();
    for (OwnedPath e : delegations) {
      paths.add(
          new OwnershipMap.PathEntry(
              e.prefix(),
              e.exact(),
              e.team(),
              e.secondary(),
              e.namespace(),
              e.primary(),
              e.className(),
              null,
              null,
              null));
      if (e.team() != null
          && !e.owners().isEmpty()
          && teams.stream().noneMatch(t -> t.name().equals(e.team()))) {
        teams.add(new OwnershipMap.TeamEntry(e.team(), e.namespace(), e.owners()));
      }
    }
    return new OwnershipMap(javaPackage, null, List.of(), teams, paths);
  }

  private SplitRequest edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new SplitRequest(
        d.inputs,
        d.ownershipFile,
        d.delegations,
        d.sourceDirectory,
        d.javaPackage,
        d.allowPartial,
        d.suggestionFile,
        d.projectDirectory,
        d.defaultNamespace,
        d.mesh,
        d.limits,
        d.wording,
        d.defaultPackage);
  }

  /** This record's components while a wither changes some of them. */
  private static final class Draft {
    List<Path> inputs;
    Path ownershipFile;
    List<OwnedPath> delegations;
    Path sourceDirectory;
    String javaPackage;
    boolean allowPartial;
    Path suggestionFile;
    Path projectDirectory;
    String defaultNamespace;
    MeshOptions mesh;
    ReadLimits limits;
    Wording wording;
    String defaultPackage;

    Draft(SplitRequest r) {
      inputs = r.inputs;
      ownershipFile = r.ownershipFile;
      delegations = r.delegations;
      sourceDirectory = r.sourceDirectory;
      javaPackage = r.javaPackage;
      allowPartial = r.allowPartial;
      suggestionFile = r.suggestionFile;
      projectDirectory = r.projectDirectory;
      defaultNamespace = r.defaultNamespace;
      mesh = r.mesh;
      limits = r.limits;
      wording = r.wording;
      defaultPackage = r.defaultPackage;
    }
  }
}
