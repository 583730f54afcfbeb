package dev.vsplit.benchmarks;

import dev.vsplit.GeneratedResource;
import dev.vsplit.Generation;
import dev.vsplit.yaml.GeneratedFile;
import dev.vsplit.yaml.OutputLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a benchmark's setup makes sure of, so that it measures what it claims to. */
final class Checks {

  private Checks() {}

  /** The mesh is valid: vsplit reports nothing, so no phase stops early or takes an error path. */
  static void requireClean(Generation generation) {
    if (!generation.findings().isEmpty()) {
      throw new IllegalStateException("the generated mesh is expected to be clean, but vsplit reports "
          + generation.findings().size() + " finding(s), e.g. " + generation.findings().get(0).format());
    }
  }

  /**
   * The floor writes the very bytes vsplit writes: each resource's document is the body of its
   * file, and the last item the body of {@code effective-routes.yaml}.
   */
  static void requireFloorBytes(Generation generation, List<String> floor) {
    Map<String, String> bodies = new HashMap<>();
    for (GeneratedFile f : generation.files(PipelineBenchmark.PREFIX)) {
      bodies.put(f.path(), f.body());
    }
    List<GeneratedResource> resources = generation.resources();
    if (floor.size() != resources.size() + 1) {
      throw new IllegalStateException("the floor has " + floor.size() + " documents for " + resources.size() + " resources");
    }
    for (int i = 0; i < resources.size(); i++) {
      String path = OutputLayout.pathOf(resources.get(i).resource());
      if (!floor.get(i).equals(bodies.get(path))) {
        throw new IllegalStateException("the floor's bytes for " + path + " differ from the file vsplit renders");
      }
    }
    if (!floor.get(resources.size()).equals(bodies.get(Generation.EFFECTIVE_ROUTES))) {
      throw new IllegalStateException("the floor's effective routes differ from " + Generation.EFFECTIVE_ROUTES);
    }
  }
}
