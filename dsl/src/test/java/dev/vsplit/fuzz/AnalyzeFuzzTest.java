package dev.vsplit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Vsplit;
import dev.vsplit.faults.Folders;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Mutated copies of valid YAML (the examples' generated files, the conformance vectors' manifests,
 * the real-world corpus) through {@link Vsplit#analyze}, the entry point of {@code vsplit:analyze}
 * and of {@code vsplit:split}'s reading. Invariants, for every case:
 *
 * <ul>
 *   <li>no exception escapes, and no case takes longer than the case timeout (no hang);
 *   <li>the result is a clean analysis or findings: every problem reading the file is a VS001
 *       finding that names the file, a line and what is wrong;
 *   <li>a valid file analyzed beside the mutated one is always read (one bad file hides nothing);
 *   <li>the effective routes and the findings report render, and writing them leaves exactly the
 *       rendered bytes and no partial or temporary file.
 * </ul>
 *
 * <p>{@code -Dvsplit.fuzz.cases=N} runs more cases (see {@link FuzzRun}); failing seeds go to
 * {@value FuzzRun#REGRESSIONS}, replayed by every run.
 */
class AnalyzeFuzzTest {

  static final String NAME = "analyze";

  private static final String SENTINEL =
      """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: sentinel
        namespace: fuzz-sentinel
      spec:
        hosts: [sentinel.example.com]
        http:
        - route:
          - destination: {host: sentinel.fuzz-sentinel.svc.cluster.local}
      """;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  @TempDir Path dir;

  @Test
  void mutatedYamlGivesACleanResultOrFindingsNeverAnExceptionOrAHang() throws IOException {
    List<Corpus.Entry> corpus = Corpus.all();
    assertThat(Corpus.fromExamples())
        .as("the examples' generated files are part of the corpus")
        .isGreaterThanOrEqualTo(10);
    Path sentinel = Files.writeString(dir.resolve("sentinel.yaml"), SENTINEL);

    FuzzRun.Stats stats =
        FuzzRun.run(
            NAME,
            FuzzRun.cases(5_000),
            (seed, s) -> {
              Random random = new Random(seed);
              Corpus.Entry origin = corpus.get(random.nextInt(corpus.size()));
              List<String> applied = new ArrayList<>();
              byte[] input = Mutations.mutate(Mutations.bytes(origin.text()), random, applied::add);
              applied.forEach(s::count);
              // One case in four reads under tight limits, so that every limit is hit now and then;
              // the
              // sentinel file still fits them.
              ReadLimits limits =
                  random.nextInt(4) > 0
                      ? ReadLimits.DEFAULTS
                      : new ReadLimits(
                          400 + random.nextInt(Math.max(1, input.length * 2)),
                          8 + random.nextInt(20),
                          random.nextInt(6),
                          random.nextInt(60),
                          45 + random.nextInt(200));
              if (limits != ReadLimits.DEFAULTS) {
                s.count("tight-limits");
              }
              try {
                check(seed, input, sentinel, limits, random.nextInt(10) == 0, s);
              } catch (Throwable e) {
                Path saved = saveFailure(seed, input);
                throw new AssertionError(
                    "from " + origin + " by " + applied + "; input saved in " + saved, e);
              }
            });
    assertThat(stats.cases() + stats.regressions()).isPositive();
  }

  /**
   * Inputs that once failed, kept as files in {@code src/test/resources/fuzz/inputs}: unlike a
   * seed, a file replays its case whatever later changes to the corpus or the mutations do.
   */
  @Test
  void savedFailingInputsStayFixed() throws IOException {
    Path sentinel = Files.writeString(dir.resolve("sentinel.yaml"), SENTINEL);
    List<Path> saved = Corpus.yamlFiles(Path.of("src/test/resources/fuzz/inputs"));
    assertThat(saved).isNotEmpty();
    for (Path input : saved) {
      FuzzRun.Stats stats = new FuzzRun.Stats();
      check(
          input.getFileName().toString().hashCode(),
          Files.readAllBytes(input),
          sentinel,
          ReadLimits.DEFAULTS,
          true,
          stats);
    }
  }

  private void check(
      long seed,
      byte[] input,
      Path sentinel,
      ReadLimits limits,
      boolean writeOutputs,
      FuzzRun.Stats stats)
      throws IOException {
    Path caseDir = Files.createDirectories(dir.resolve(Long.toHexString(seed)));
    Path file = Files.write(caseDir.resolve("fuzz.yaml"), input);

    Analysis analysis =
        Vsplit.analyze(new AnalyzeRequest(List.of(file, sentinel), "default", null, limits));

    // One bad file hides nothing: the valid one beside it is read.
    assertThat(analysis.input().resources())
        .extracting(LoadedResource::resource)
        .anySatisfy(
            r -> assertThat(r.name() + "/" + r.namespace()).isEqualTo("sentinel/fuzz-sentinel"));
    // Every reading problem is a VS001 naming the file, a line, and what is wrong.
    List<Finding> unreadable =
        analysis.findings().stream().filter(f -> f.code() == Code.VS001).toList();
    assertThat(unreadable).hasSameSizeAs(analysis.input().problems());
    for (Finding f : unreadable) {
      assertThat(f.source()).as(f.format()).isNotNull();
      assertThat(f.source().file()).as(f.format()).endsWith("fuzz.yaml");
      // A line, except for what concerns the whole file (its size): then none.
      assertThat(f.source().line())
          .as(f.format())
          .isGreaterThanOrEqualTo(f.message().startsWith("the file is ") ? 0 : 1);
      assertThat(f.message())
          .as(f.format())
          .isNotBlank()
          .doesNotContain("Exception")
          .doesNotContain("java.");
    }
    // One mistake, one finding: no reading problem reported twice for the same field on the same
    // line (an alias to no anchor used as a merge key was once reported twice, the second time as
    // "got null"). Two different mistakes on one key (a duplicate key whose value is also over the
    // scalar limit: seed 0x66e1ace4ef83bac2) are two findings.
    // A syntax error ends the document's parse; what was found before it on its line stays.
    assertThat(unreadable)
        .filteredOn(f -> !f.message().startsWith("YAML syntax error"))
        .extracting(f -> f.source().line() + " " + f.path() + " " + f.message())
        .doesNotHaveDuplicates();
    for (Finding f : analysis.findings()) {
      assertThat(f.code().id()).matches("VS\\d{3}");
      assertThat(f.message()).as(f.format()).isNotBlank();
      assertThat(f.format()).isNotBlank();
      // Fields are named as spec.http[0].route, never as a JSON pointer (/spec/http/0/route).
      assertThat(f.path()).as(f.format()).doesNotStartWith("/").doesNotStartWith("$");
      stats.count("code:" + f.code());
    }
    stats.count(
        unreadable.isEmpty()
            ? (analysis.hasErrors() ? "outcome:findings" : "outcome:clean")
            : "outcome:VS001");

    // What is written is whole: exactly the rendered bytes, and nothing else in the folder. (One
    // case in ten: the writes are flushed to the disk, which costs more than the analysis.)
    if (!writeOutputs) {
      Folders.delete(caseDir);
      return;
    }
    Path out = Files.createDirectories(caseDir.resolve("out"));
    String effective = analysis.effectiveYaml();
    assertThat(YAML.readTree(effective).isArray()).isTrue();
    analysis.writeEffective(out.resolve("effective-routes.yaml"));
    analysis.writeFindings(out.resolve("findings.json"));
    analysis.writeFindings(out.resolve("findings.yaml"));
    assertThat(out.resolve("effective-routes.yaml")).hasContent(effective);
    assertThat(JSON.readTree(Files.readString(out.resolve("findings.json"))).size())
        .isEqualTo(analysis.findings().size());
    assertThat(YAML.readTree(Files.readString(out.resolve("findings.yaml"))).size())
        .isEqualTo(analysis.findings().size());
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("effective-routes.yaml", "findings.json", "findings.yaml");
    }
    Folders.delete(caseDir);
  }

  private static Path saveFailure(long seed, byte[] input) {
    try {
      Path failures = Files.createDirectories(Path.of("target", "fuzz-failures"));
      return Files.write(failures.resolve(NAME + "-0x" + Long.toHexString(seed) + ".yaml"), input);
    } catch (IOException e) {
      return Path.of("(not saved: " + e + ")");
    }
  }
}
