package dev.vsplit.benchmarks;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.api.Analysis;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.assembly.Assembler;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.base.CallSite;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.VirtualService;
import dev.vsplit.output.GeneratedFile;
import dev.vsplit.output.OutputDirectory;
import dev.vsplit.output.OutputLocations;
import dev.vsplit.routing.EffectiveRoutes;
import dev.vsplit.routing.MergeResult;
import dev.vsplit.routing.Merger;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.rules.Checker;
import dev.vsplit.rules.Report;
import dev.vsplit.yaml.JacksonYamlWriter;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.YamlWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * vsplit's pipeline at mesh scale, phase by phase, on meshes from {@link MeshGenerator}: {@code n}
 * delegations of {@code r} routes each (up to 250 000 effective routes), every fork with {@code
 * -Xmx1g}.
 *
 * <ul>
 *   <li>{@link #build}: running the specs through the DSL (scopes, ordering, resources), without
 *       their lines, as {@link Vsplit#load} first runs them;
 *   <li>{@link #check}: every rule, shadowing included, with the merge it needs;
 *   <li>{@link #merge}: merging into effective routes alone;
 *   <li>{@link #render}: the output folder's files (YAML, headers with their hashes, kustomization,
 *       effective routes), each rendered and written, a slice at a time, as {@code vsplit:generate}
 *       stages it, into a CRC-32 of all the bytes instead of a file ({@link #digest}): one file's
 *       text alive at a time, as in generate;
 *   <li>{@link #endToEnd}: specs to those bytes: {@link Vsplit#load} (build and check) and {@link
 *       #render}, what {@code vsplit:generate} does but for the disk;
 *   <li>{@link #floor}: Jackson YAML serialization of the same resulting records to the same bytes
 *       ({@link JacksonYamlWriter}, the writer vsplit used until issue 16, configured as it was):
 *       what a general-purpose serializer costs; the documents as strings, all kept (no headers, no
 *       hashes, no CRC), so it does less than {@link #render} beyond the YAML;
 *   <li>{@link #analyze}: {@code vsplit:analyze} of the rendered YAML (read, check, merge);
 *   <li>{@link #rawWrite}: the bodies of all the files (without headers), prepared as one string,
 *       written to one file: this machine's physical floor.
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class PipelineBenchmark {

  /** The seed of every benchmark mesh: the same mesh in every run and fork. */
  public static final long SEED = 20250601L;

  static final MeshOptions MESH = MeshOptions.DEFAULTS;
  static final String PREFIX = "istio/";

  /** The specs, not yet run. */
  @State(Scope.Benchmark)
  public static class Specs {
    @Param({"100", "1000", "3000", "10000", "30000"})
    public int n;

    @Param({"25"})
    public int r;

    List<MeshSpec> meshes;
    List<TeamSpec> teams;

    /**
     * Generates the specs, once: JMH may call it, and so does each subclass's setup, in either
     * order.
     */
    @Setup(Level.Trial)
    public void generate() {
      if (teams == null) {
        MeshGenerator.Generated g = MeshGenerator.generate(n, r, SEED);
        meshes = List.of(g.mesh());
        teams = g.teams();
      }
    }
  }

  /** What the specs produced, checked: the input of rendering and of the floor. */
  @State(Scope.Benchmark)
  public static class Generated extends Specs {
    Generation generation;

    @Setup(Level.Trial)
    public void load() {
      generate();
      generation = Vsplit.load(meshes, teams, MESH);
      Checks.requireClean(generation);
      Checks.requireFloorBytes(generation);
    }
  }

  /** The resources as the checker receives them. */
  @State(Scope.Benchmark)
  public static class Loaded extends Specs {
    List<LoadedResource> resources;

    @Setup(Level.Trial)
    public void load() {
      generate();
      resources = new ArrayList<>();
      for (GeneratedResource r : new Assembler().run(meshes, teams).resources()) {
        resources.add(
            new LoadedResource(r.resource(), r.sourceMap().locate(""), r.sourceMap(), false));
      }
    }
  }

  /** The VirtualServices as the merge receives them. */
  @State(Scope.Benchmark)
  public static class Admitted extends Specs {
    List<VirtualService> virtualServices;

    @Setup(Level.Trial)
    public void load() {
      generate();
      virtualServices = new ArrayList<>();
      for (GeneratedResource r : new Assembler().run(meshes, teams).resources()) {
        if (r.resource() instanceof VirtualService vs) {
          virtualServices.add(vs);
        }
      }
    }
  }

  /** All the bytes {@code vsplit:generate} writes, as one string, and a file to write it to. */
  @State(Scope.Benchmark)
  public static class Raw extends Specs {
    String text;
    Path file;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
      generate();
      // Each body rendered once and kept, the generation dropped, then one string of the exact
      // size: a growing buffer's copies of 200 M characters would not fit where the output does.
      List<String> bodies = new ArrayList<>();
      long length = 0;
      for (GeneratedFile f : files(Vsplit.load(meshes, teams, MESH))) {
        String body = f.body();
        bodies.add(body);
        length += body.length();
      }
      StringBuilder all = new StringBuilder(Math.toIntExact(length));
      bodies.forEach(all::append);
      bodies = null;
      text = all.toString();
      file = Files.createTempFile("vsplit-bench-", ".yaml");
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** The output folder as {@code vsplit:generate} writes it, on disk, for {@code analyze}. */
  @State(Scope.Benchmark)
  public static class Rendered extends Specs {
    Path directory;

    @Setup(Level.Trial)
    public void write() throws IOException {
      generate();
      directory = Files.createTempDirectory("vsplit-bench-");
      Generation generation = Vsplit.load(meshes, teams, MESH);
      Checks.requireClean(generation);
      generation.writeTo(directory);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * The build as {@link Vsplit#load} runs it on a clean mesh: without the specs' lines ({@link
   * CallSite#withoutLines}; a finding would make it run again with them).
   */
  @Benchmark
  public List<GeneratedResource> build(Specs specs) {
    return CallSite.withoutLines(() -> new Assembler().run(specs.meshes, specs.teams).resources());
  }

  @Benchmark
  public Report check(Loaded loaded) {
    return new Checker(MESH).check(loaded.resources, List.of());
  }

  @Benchmark
  public MergeResult merge(Admitted admitted) {
    return new Merger(MESH).merge(admitted.virtualServices);
  }

  @Benchmark
  public long render(Generated generated) throws IOException {
    return digest(generated.generation);
  }

  @Benchmark
  public long endToEnd(Specs specs) throws IOException {
    return digest(Vsplit.load(specs.meshes, specs.teams, MESH));
  }

  @Benchmark
  public List<String> floor(Generated generated) {
    return floorOf(generated.generation);
  }

  @Benchmark
  public Analysis analyze(Rendered rendered) {
    return Vsplit.analyze(AnalyzeRequest.of(rendered.directory));
  }

  @Benchmark
  public Path rawWrite(Raw raw) throws IOException {
    return Files.writeString(raw.file, raw.text);
  }

  /**
   * The floor: every resulting record serialized by Jackson's YAML mapper as vsplit configured it
   * until issue 16 ({@link JacksonYamlWriter}), one document per resource and the effective routes,
   * nothing else (no rules, no headers, no hashes).
   */
  static List<String> floorOf(Generation generation) {
    List<String> out = new ArrayList<>(generation.resources().size() + 1);
    for (int i = 0; i <= generation.resources().size(); i++) {
      out.add(floorDocument(generation, i));
    }
    return out;
  }

  /**
   * The floor's {@code i}-th document: a resource's, or after the last resource the effective
   * routes, as {@link EffectiveRoutes#toYaml} writes them.
   */
  static String floorDocument(Generation generation, int i) {
    List<GeneratedResource> resources = generation.resources();
    if (i < resources.size()) {
      return JacksonYamlWriter.write(resources.get(i).resource());
    }
    if (generation.effective().isEmpty()) {
      return "[]\n"; // as EffectiveRoutes.toYaml
    }
    List<EffectiveRoutes.Item> items = new ArrayList<>();
    generation
        .effective()
        .forEach(vs -> items.add(new EffectiveRoutes.Item(vs.name(), vs.namespace(), vs.http())));
    return JacksonYamlWriter.writeValue(items, YamlWriter.Defaults.OMIT);
  }

  /**
   * Every file generate writes, applied folder then review folder, as the plugin writes them: each
   * rendered when it is read ({@link GeneratedFile#rendered}), none held.
   */
  static List<GeneratedFile> files(Generation generation) {
    List<GeneratedFile> all = new ArrayList<>();
    for (OutputDirectory.Folder folder :
        generation.folders(OutputLocations.beside(Path.of(PREFIX)), Wording.NEUTRAL)) {
      all.addAll(folder.files());
    }
    return all;
  }

  /**
   * Every file generate writes, in order, rendered and written one at a time ({@link
   * GeneratedFile#writeTo}, as generate stages them) into a CRC-32 of all their bytes, each file's
   * text dropped before the next is rendered: the result depends on every byte, so nothing can be
   * left out, and the output is never held whole.
   *
   * @return the CRC-32 of the bytes, in the low 32 bits, and their number, in the high 32
   */
  static long digest(Generation generation) throws IOException {
    Crc out = new Crc();
    for (GeneratedFile f : files(generation)) {
      f.writeTo(out);
    }
    return out.count << 32 ^ out.crc.getValue();
  }

  /** A stream that keeps only the CRC-32 and the number of the bytes written to it. */
  static final class Crc extends OutputStream {
    final CRC32 crc = new CRC32();
    long count;

    @Override
    public void write(int b) {
      crc.update(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      crc.update(b, off, len);
      count += len;
    }
  }
}
