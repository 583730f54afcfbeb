package dev.vsplit;

import java.util.List;

/**
 * The one phase the benchmarks time that has no public entry point of its own: running the specs
 * and assembling resources ({@code Assembler}), without checking them. Lives in the DSL's package,
 * in the benchmarks module, so that vsplit's public API does not grow for benchmarks.
 */
public final class BenchmarkAccess {

  private BenchmarkAccess() {}

  /** Runs the specs through the DSL: the resources, before any rule runs. */
  public static List<GeneratedResource> assemble(List<MeshSpec> meshes, List<TeamSpec> teams) {
    return new Assembler().run(meshes, teams).resources();
  }
}
