package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Code;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.YamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Split → generate over the published manifests in {@code src/test/resources/real-world}: every
 * VirtualService there that routes HTTP itself (hosts, no delegate, no tcp or tls) is split with
 * the map split proposes for it, and each split that is proven is checked by request simulation
 * ({@link RoutingProbes}), which does not use the proof's code: the proof never claims more than
 * what routes as before.
 */
class SplitRealWorldTest {

  static final Path REAL_WORLD = Path.of("src/test/resources/real-world");

  @TempDir Path dir;

  @Test
  void publishedMonolithsSplitWholeAndRouteEveryProbeAsBefore() throws Exception {
    List<String> notWhole = new ArrayList<>();
    int monoliths = 0;
    int probes = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(REAL_WORLD)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      for (LoadedResource r : new ManifestReader().read(List.of(file)).resources()) {
        if (!(r.resource() instanceof VirtualService vs)
            || vs.spec().hosts().isEmpty()
            || vs.spec().http().isEmpty()
            || vs.isRoot()
            || !vs.spec().tcp().isEmpty()
            || !vs.spec().tls().isEmpty()) {
          continue;
        }
        monoliths++;
        String name = file.getParent().getFileName() + "/" + vs.namespace() + "-" + vs.name();
        Path case_ = Files.createDirectories(dir.resolve("case" + monoliths));
        Path in = case_.resolve("monolith.yaml");
        String yaml = YamlWriter.writeValue(vs, YamlWriter.Defaults.OMIT);
        Files.writeString(in, yaml);
        Path proposal = case_.resolve("vsplit-ownership.yaml");
        SplitResult proposed =
            Vsplit.split(
                SplitRequest.of(List.of(in), null, case_.resolve("src"))
                    .withSuggestionFile(proposal));
        assertThat(proposed.errors()).as(name + "\n" + Fixtures.all(proposed.findings())).isEmpty();
        SplitResult split =
            Vsplit.split(SplitRequest.of(List.of(in), proposal, case_.resolve("src")));
        String context =
            name + "\n" + yaml + Files.readString(proposal) + Fixtures.all(split.findings());
        assertThat(split.findings()).as(context).noneMatch(f -> f.code() == Code.VS308);
        if (!split.proven()) {
          // only what the DSL cannot write may stop a published monolith
          assertThat(split.errors())
              .as(context)
              .allMatch(f -> f.code() == Code.VS304 || f.code() == Code.VS306);
          notWhole.add(name + ": " + Fixtures.all(split.errors()));
          continue;
        }
        assertThat(split.proof().get(split.proof().size() - 1))
            .as(context)
            .startsWith("routing is unchanged");
        List<EffectiveVirtualService> before = RoutingProbes.monolith(yaml);
        List<String> differences =
            RoutingProbes.differences(before, RoutingProbes.split(split.sources()));
        assertThat(differences).as(context).isEmpty();
        probes += RoutingProbes.probes(before.get(0)).size();
      }
    }
    System.out.println(
        "split real world: "
            + monoliths
            + " monolith(s), "
            + (monoliths - notWhole.size())
            + " split whole, "
            + probes
            + " probe requests routed as before; not whole: "
            + notWhole);
    assertThat(monoliths).isGreaterThanOrEqualTo(25);
    // what the DSL cannot write (VS304): header operations on a weighted destination
    // (istio-api-vs-headers-weights) and the deprecated mirrorPercent (istio-io-task-mirroring)
    assertThat(notWhole).hasSizeLessThanOrEqualTo(2);
  }
}
