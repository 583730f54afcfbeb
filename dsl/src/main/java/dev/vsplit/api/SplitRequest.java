package dev.vsplit.api;

import dev.vsplit.findings.Wording;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.yaml.ReadLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Vsplit#split} reads and where it writes.
 *
 * @param inputs the monolith: YAML files or folders with VirtualServices that route themselves
 * @param ownershipFile the ownership map as YAML (see {@link OwnershipMap}); {@code null} when none
 * @param ownership the ownership map given in code or plugin configuration; {@code null} when none.
 *     With neither, split proposes one and writes it to {@code suggestionFile}, generating no code
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
 */
public record SplitRequest(
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
    Wording wording) {

  public SplitRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    projectDirectory = Objects.requireNonNullElse(projectDirectory, Path.of("."));
    defaultNamespace = defaultNamespace == null || defaultNamespace.isEmpty() ? "default" : defaultNamespace;
    mesh = Objects.requireNonNullElse(mesh, MeshOptions.DEFAULTS);
    limits = Objects.requireNonNullElse(limits, ReadLimits.DEFAULTS);
    wording = Objects.requireNonNullElse(wording, Wording.NEUTRAL);
  }

  /** A request in the engine's own words ({@link Wording#NEUTRAL}). */
  public SplitRequest(List<Path> inputs, Path ownershipFile, OwnershipMap ownership, Path sourceDirectory, String javaPackage,
      boolean allowPartial, Path suggestionFile, Path projectDirectory, String defaultNamespace, MeshOptions mesh,
      ReadLimits limits) {
    this(inputs, ownershipFile, ownership, sourceDirectory, javaPackage, allowPartial, suggestionFile, projectDirectory,
        defaultNamespace, mesh, limits, null);
  }

  /** Splits {@code inputs} by the ownership file into {@code sourceDirectory}, with the defaults. */
  public static SplitRequest of(List<Path> inputs, Path ownershipFile, Path sourceDirectory) {
    return new SplitRequest(inputs, ownershipFile, null, sourceDirectory, null, false, null, null, null, null, null);
  }

  public SplitRequest withAllowPartial(boolean allowPartial) {
    return new SplitRequest(inputs, ownershipFile, ownership, sourceDirectory, javaPackage, allowPartial, suggestionFile,
        projectDirectory, defaultNamespace, mesh, limits, wording);
  }

  public SplitRequest withOwnership(OwnershipMap ownership) {
    return new SplitRequest(inputs, ownershipFile, ownership, sourceDirectory, javaPackage, allowPartial, suggestionFile,
        projectDirectory, defaultNamespace, mesh, limits, wording);
  }

  public SplitRequest withJavaPackage(String javaPackage) {
    return new SplitRequest(inputs, ownershipFile, ownership, sourceDirectory, javaPackage, allowPartial, suggestionFile,
        projectDirectory, defaultNamespace, mesh, limits, wording);
  }

  /** The same request, its fixes worded by {@code wording}: the front end's commands and settings. */
  public SplitRequest withWording(Wording wording) {
    return new SplitRequest(inputs, ownershipFile, ownership, sourceDirectory, javaPackage, allowPartial, suggestionFile,
        projectDirectory, defaultNamespace, mesh, limits, wording);
  }

  public SplitRequest withSuggestionFile(Path suggestionFile) {
    return new SplitRequest(inputs, ownershipFile, ownership, sourceDirectory, javaPackage, allowPartial, suggestionFile,
        projectDirectory, defaultNamespace, mesh, limits, wording);
  }
}
