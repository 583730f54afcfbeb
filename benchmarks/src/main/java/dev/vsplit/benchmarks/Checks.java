package dev.vsplit.benchmarks;

import dev.vsplit.api.Generation;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.output.GeneratedFile;
import dev.vsplit.output.OutputLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a benchmark's setup makes sure of, so that it measures what it claims to. */
final class Checks {

  private Checks() {}

  /** The mesh is valid: vsplit reports nothing, so no phase stops early or takes an error path. */
  static void requireClean(Generation generation) {
    if (!generation.findings().isEmpty()) {
      throw new IllegalStateException(
          "the generated mesh is expected to be clean, but vsplit reports "
              + generation.findings().size()
              + " finding(s), e.g. "
              + generation.findings().get(0).format());
    }
  }

  /**
   * The floor writes the very bytes vsplit writes: each resource's document is the body of its
   * file, and the last item the body of {@code effective-routes.yaml}. Compared document by
   * document ({@link PipelineBenchmark#floorDocument}), so that the setup never holds the floor and
   * the files at once: at N = 10 000 both together do not fit the benchmark's 1 GiB heap.
   */
  static void requireFloorBytes(Generation generation) {
    Map<String, String> bodies = new HashMap<>();
    for (GeneratedFile f : PipelineBenchmark.files(generation)) {
      bodies.put(f.path(), f.body());
    }
    List<GeneratedResource> resources = generation.resources();
    for (int i = 0; i <= resources.size(); i++) {
      String path =
          i < resources.size()
              ? OutputLayout.pathOf(resources.get(i).resource())
              : Generation.EFFECTIVE_ROUTES;
      if (!PipelineBenchmark.floorDocument(generation, i).equals(bodies.remove(path))) {
        throw new IllegalStateException(
            "the floor's bytes for " + path + " differ from the file vsplit renders");
      }
    }
  }
}
