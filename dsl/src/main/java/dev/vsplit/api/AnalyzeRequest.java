package dev.vsplit.api;

import dev.vsplit.findings.Wording;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.yaml.ReadLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Vsplit#analyze} reads and how.
 *
 * @param inputs YAML files or folders (read recursively)
 * @param defaultNamespace namespace of manifests that have none, as {@code kubectl apply} would
 *     place them
 * @param mesh the mesh settings that change delegation (domain suffix, default exportTo)
 * @param limits bounds on what reading one file may cost
 * @param wording how the front end words a fix in the findings ({@link Wording#NEUTRAL} when {@code
 *     null})
 */
public record AnalyzeRequest(
    List<Path> inputs,
    String defaultNamespace,
    MeshOptions mesh,
    ReadLimits limits,
    Wording wording) {

  /**
   * Fills the defaults: namespace {@code default}, the default mesh settings and limits.
   *
   * @param inputs YAML files or folders (read recursively)
   * @param defaultNamespace namespace of manifests that have none; {@code null} or empty for {@code
   *     default}
   * @param mesh the mesh settings; {@code null} for the defaults
   * @param limits bounds on reading one file; {@code null} for the defaults
   * @param wording how the front end words a fix in the findings; {@code null} for {@link
   *     Wording#NEUTRAL}
   */
  public AnalyzeRequest {
    inputs = List.copyOf(inputs);
    defaultNamespace =
        defaultNamespace == null || defaultNamespace.isEmpty() ? "default" : defaultNamespace;
    mesh = Objects.requireNonNullElse(mesh, MeshOptions.DEFAULTS);
    limits = Objects.requireNonNullElse(limits, ReadLimits.DEFAULTS);
    wording = Objects.requireNonNullElse(wording, Wording.NEUTRAL);
  }

  /**
   * A request in the engine's own words ({@link Wording#NEUTRAL}).
   *
   * @param inputs YAML files or folders (read recursively)
   * @param defaultNamespace namespace of manifests that have none; {@code null} or empty for {@code
   *     default}
   * @param mesh the mesh settings; {@code null} for the defaults
   * @param limits bounds on reading one file; {@code null} for the defaults
   */
  public AnalyzeRequest(
      List<Path> inputs, String defaultNamespace, MeshOptions mesh, ReadLimits limits) {
    this(inputs, defaultNamespace, mesh, limits, null);
  }

  /**
   * The same request, its fixes worded by {@code wording}: the front end's commands and settings.
   *
   * @param wording how the front end words a fix in the findings; {@code null} for {@link
   *     Wording#NEUTRAL}
   * @return a new request
   */
  public AnalyzeRequest withWording(Wording wording) {
    return new AnalyzeRequest(inputs, defaultNamespace, mesh, limits, wording);
  }

  /**
   * A request with the defaults: namespace {@code default}, domain suffix {@code cluster.local},
   * default limits.
   *
   * @param inputs YAML files or folders
   * @return the request
   */
  public static AnalyzeRequest of(List<Path> inputs) {
    return new AnalyzeRequest(inputs, "default", MeshOptions.DEFAULTS, ReadLimits.DEFAULTS);
  }

  /**
   * A request with the defaults, like {@link #of(List)}.
   *
   * @param inputs YAML files or folders
   * @return the request
   */
  public static AnalyzeRequest of(Path... inputs) {
    return of(List.of(inputs));
  }
}
