package dev.vsplit.yaml;

import java.util.List;

/**
 * Everything read from a set of inputs: the Istio resources, the documents passed over, and the
 * problems (each naming file, line and field). A document with a problem yields no resource: the
 * Kubernetes API server would refuse it too.
 */
public record ReadResult(
    List<LoadedResource> resources, List<SkippedDocument> skipped, List<YamlProblem> problems) {
  public ReadResult {
    resources = List.copyOf(resources);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
  }
}
