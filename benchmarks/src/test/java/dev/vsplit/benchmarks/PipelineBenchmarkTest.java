package dev.vsplit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.Generation;
import dev.vsplit.output.GeneratedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every benchmark runs once on a small mesh in the normal build, so that the benchmarks cannot rot
 * between the runs that measure them: the setup's own checks (a clean mesh, the floor's bytes equal
 * to the files') included.
 */
class PipelineBenchmarkTest {

  static final int N = 60;
  static final int R = 6;

  @Test
  void theGeneratorIsSeededAndSized() {
    MeshGenerator.Generated a = MeshGenerator.generate(N, R, PipelineBenchmark.SEED);
    MeshGenerator.Generated b = MeshGenerator.generate(N, R, PipelineBenchmark.SEED);
    assertThat(a.delegations()).isEqualTo(N);
    assertThat(a.routes()).isEqualTo(N * R);
    assertThat(a.teams()).hasSize(N);
    Generation ga = dev.vsplit.api.Vsplit.load(a.specs());
    Generation gb = dev.vsplit.api.Vsplit.load(b.specs());
    assertThat(PipelineBenchmark.files(ga)).isEqualTo(PipelineBenchmark.files(gb));
    assertThat(ga.effective().get(0).routes()).hasSize(N * R);
  }

  @Test
  void everyBenchmarkRunsOnASmallMesh(@TempDir Path dir) throws Exception {
    PipelineBenchmark benchmark = new PipelineBenchmark();

    PipelineBenchmark.Specs specs = new PipelineBenchmark.Specs();
    size(specs);
    specs.generate();
    assertThat(benchmark.build(specs)).hasSize(N + 2); // the gateway, the primary, the secondaries
    long digest = benchmark.endToEnd(specs);
    List<GeneratedFile> files =
        PipelineBenchmark.files(
            dev.vsplit.api.Vsplit.load(specs.meshes, specs.teams, PipelineBenchmark.MESH));
    assertThat(digest).isEqualTo(digestOfContents(files));

    PipelineBenchmark.Generated generated = new PipelineBenchmark.Generated();
    size(generated);
    generated.generate();
    generated.load(); // checks the mesh is clean and the floor writes the very bytes of the files
    assertThat(benchmark.render(generated)).isEqualTo(digest);
    assertThat(benchmark.floor(generated)).hasSize(N + 3);

    PipelineBenchmark.Loaded loaded = new PipelineBenchmark.Loaded();
    size(loaded);
    loaded.generate();
    loaded.load();
    assertThat(benchmark.check(loaded).findings()).isEmpty();

    PipelineBenchmark.Admitted admitted = new PipelineBenchmark.Admitted();
    size(admitted);
    admitted.generate();
    admitted.load();
    assertThat(benchmark.merge(admitted).effective().get(0).routes()).hasSize(N * R);

    PipelineBenchmark.Raw raw = new PipelineBenchmark.Raw();
    size(raw);
    raw.generate();
    raw.prepare();
    try {
      Path written = benchmark.rawWrite(raw);
      assertThat(java.nio.file.Files.readString(written))
          .isEqualTo(files.stream().map(GeneratedFile::body).collect(Collectors.joining()));
    } finally {
      raw.delete();
    }

    PipelineBenchmark.Rendered rendered = new PipelineBenchmark.Rendered();
    size(rendered);
    rendered.generate();
    rendered.write();
    try {
      Analysis analysis = benchmark.analyze(rendered);
      assertThat(analysis.findings()).isEmpty();
      assertThat(analysis.report().effective().get(0).routes()).hasSize(N * R);
    } finally {
      rendered.delete();
    }
  }

  /** The CRC-32 and length of every file's {@link GeneratedFile#content} in order, in UTF-8. */
  private static long digestOfContents(List<GeneratedFile> files) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    long count = 0;
    for (GeneratedFile f : files) {
      byte[] bytes = f.content().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      crc.update(bytes);
      count += bytes.length;
    }
    return count << 32 ^ crc.getValue();
  }

  private static void size(PipelineBenchmark.Specs state) {
    state.n = N;
    state.r = R;
  }
}
