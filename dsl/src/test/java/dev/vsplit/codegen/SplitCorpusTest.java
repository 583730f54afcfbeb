package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Generation;
import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Code;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Split → compile → generate over the published monoliths in {@code
 * src/test/resources/split-corpus} (sources and licences in its {@code INDEX.md}): each one is
 * split whole, without {@code allowPartial}, by the ownership map split proposes for it, the proof
 * must say routing is unchanged, and request simulation ({@link RoutingProbes}, which does not use
 * the proof's code) must route every probe request derived from the monolith's literals to an equal
 * route in the generated mesh as in the monolith.
 *
 * <p>A member that does not split whole is a gap in the splitter or the proposer to fix, not a
 * monolith to drop.
 */
class SplitCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/split-corpus");

  @TempDir Path dir;

  /** The corpus members: one folder each, holding the published VirtualService. */
  static Stream<String> members() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS)) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theCorpusHoldsAtLeastFifteenValidMonolithsOfFourRoutesOrMore() throws IOException {
    List<String> members = members().toList();
    assertThat(members).hasSizeGreaterThanOrEqualTo(15);
    for (String member : members) {
      VirtualService vs = monolith(member);
      assertThat(vs.spec().http()).as(member).hasSizeGreaterThanOrEqualTo(4);
      assertThat(vs.spec().hosts()).as(member).isNotEmpty();
      assertThat(vs.isRoot()).as(member).isFalse();
      // what Istio would refuse is no valid member: the rules (admission included) find no error
      Analysis analysis = Vsplit.analyze(AnalyzeRequest.of(file(member)));
      assertThat(analysis.hasErrors()).as(member + "\n" + analysis.summary()).isFalse();
      assertThat(CORPUS.resolve(member).resolve("SOURCE.txt")).as(member).exists();
    }
    assertThat(Files.readString(CORPUS.resolve("INDEX.md"))).contains(members);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("members")
  void splitsWholeAndRoutesEveryProbeAsBefore(String member) throws Exception {
    Path file = file(member);
    Path proposal = dir.resolve("vsplit-ownership.yaml");
    SplitResult proposed =
        Vsplit.split(
            SplitRequest.of(List.of(file), null, dir.resolve("src")).withSuggestionFile(proposal));
    assertThat(proposed.errors()).as(member + "\n" + Fixtures.all(proposed.findings())).isEmpty();
    assertThat(proposal).as(member).exists();

    SplitResult split = Vsplit.split(SplitRequest.of(List.of(file), proposal, dir.resolve("src")));
    String context =
        member
            + "\n"
            + Files.readString(file)
            + "\n"
            + Files.readString(proposal)
            + Fixtures.all(split.findings())
            + String.join("\n", split.proof());
    assertThat(split.errors()).as(context).isEmpty();
    assertThat(split.proven()).as(context).isTrue();
    assertThat(split.proof().get(split.proof().size() - 1))
        .as(context)
        .startsWith("routing is unchanged");
    assertThat(split.findings()).as(context).noneMatch(f -> f.code() == Code.VS312);

    Generation generation = RoutingProbes.generate(split.sources());
    assertThat(generation.errors()).as(context + Fixtures.all(generation.findings())).isEmpty();
    List<EffectiveVirtualService> before = RoutingProbes.monolith(Files.readString(file));
    assertThat(before).as(context).hasSize(1);
    int probes = RoutingProbes.probes(before.get(0)).size();
    assertThat(probes).as(context).isPositive();
    assertThat(RoutingProbes.differences(before, generation.effective())).as(context).isEmpty();
    System.out.println(
        "split corpus: "
            + member
            + ": "
            + split.sources().size()
            + " source file(s), "
            + probes
            + " probe requests routed as before; "
            + String.join(" / ", split.proof()));
  }

  /** The one VirtualService of a member, read from its file. */
  private static VirtualService monolith(String member) {
    List<VirtualService> found =
        new ManifestReader()
            .read(List.of(file(member))).resources().stream()
                .map(LoadedResource::resource)
                .filter(VirtualService.class::isInstance)
                .map(VirtualService.class::cast)
                .toList();
    assertThat(found).as(member).hasSize(1);
    return found.get(0);
  }

  /** The member's YAML file (its only {@code .yaml} or {@code .yml}). */
  private static Path file(String member) {
    try (Stream<Path> list = Files.list(CORPUS.resolve(member))) {
      List<Path> yaml =
          list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .toList();
      assertThat(yaml).as(member).hasSize(1);
      return yaml.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
