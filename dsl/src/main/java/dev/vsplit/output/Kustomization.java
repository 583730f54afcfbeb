package dev.vsplit.output;

import dev.vsplit.yaml.YamlWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code kustomization.yaml} at the top of the output folder, listing every generated resource.
 */
public final class Kustomization {

  /** The file's path in the output folder. */
  public static final String PATH = "kustomization.yaml";

  private Kustomization() {}

  /**
   * The body of {@code kustomization.yaml}: {@code apiVersion}, {@code kind} and {@code resources},
   * the given paths (relative to the output folder) sorted, each once.
   */
  public static String render(List<String> paths) {
    TreeSet<String> resources = new TreeSet<>();
    for (String p : paths) {
      resources.add(RelativePaths.require("kustomization resource", p));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    doc.put("kind", "Kustomization");
    doc.put("resources", List.copyOf(resources));
    return YamlWriter.writeValue(doc, YamlWriter.Defaults.KEEP);
  }
}
