package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.faults.Folders;
import dev.vsplit.findings.Finding;
import dev.vsplit.fuzz.FuzzRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random names, namespaces, hosts and prefixes through the DSL, which turns names into file names.
 * Invariants: loading the specs never throws (a builder may refuse a value with an
 * IllegalArgumentException naming it, the typed input error of the DSL); a generation with an error
 * writes nothing; one without writes every file inside the output folder, by canonical path,
 * touches nothing outside it, and what it wrote reads back through {@link Vsplit#analyze} with no
 * error at all, in particular none from Istio's schema (VS004).
 */
class DslNamesFuzzTest {

  static final String NAME = "dsl-names";

  @TempDir Path tmp;

  private static final String[] VALID = {
    "shop",
    "api",
    "web",
    "vs-1",
    "reviews.v2",
    "a",
    "0",
    "a-b-c",
    "istio-system",
    "default",
    "kustomization",
    "con",
    "a.yaml",
    "effective-routes",
    "codeowners"
  };
  private static final String[] HOSTILE = {
    "../x",
    "a/b",
    "/abs",
    "a\\b",
    "",
    ".",
    "..",
    "UPPER",
    "a_b",
    "a b",
    "ünï",
    "x\u0000y",
    "-a",
    "a-",
    "a..b",
    ".vsplit.lock",
    ".git",
    "a/../../x"
  };

  /** A name: valid nine times in ten (to get to the write), anything at all otherwise. */
  private static String name(Random random) {
    if (random.nextInt(10) > 0) {
      return random.nextInt(8) == 0
          ? "n".repeat(1 + random.nextInt(63))
          : VALID[random.nextInt(VALID.length)];
    }
    return switch (random.nextInt(3)) {
      case 0 -> "n".repeat(1 + random.nextInt(260));
      case 1 -> "a" + "-b".repeat(random.nextInt(130));
      default -> HOSTILE[random.nextInt(HOSTILE.length)];
    };
  }

  private static String host(Random random) {
    String[] valid = {
      "shop.example.com", "*.example.com", "api.api.svc.cluster.local", "web.example.com"
    };
    String[] hostile = {
      "*",
      "api",
      "",
      "UPPER.example.com",
      "a..b",
      "*.*.com",
      "x".repeat(300),
      "ünï.example.com",
      "10.0.0.1"
    };
    return random.nextInt(5) > 0
        ? valid[random.nextInt(valid.length)]
        : hostile[random.nextInt(hostile.length)];
  }

  private static String path(Random random) {
    String[] valid = {"/", "/api", "/api/v1", "/web", "/web/", "/a.b"};
    String[] hostile = {
      "", "api", "/a b", "/ünï", "//", "/" + "p".repeat(random.nextInt(2000)), "/?x", "/%2e%2e/"
    };
    return random.nextInt(5) > 0
        ? valid[random.nextInt(valid.length)]
        : hostile[random.nextInt(hostile.length)];
  }

  @Test
  void randomNamesNeverEscapeTheOutputFolderNorWriteAnInvalidFile() {
    FuzzRun.Stats stats =
        FuzzRun.run(
            NAME,
            FuzzRun.cases(300),
            (seed, s) -> {
              Path root = Files.createDirectories(tmp.resolve(Long.toHexString(seed)));
              try {
                runCase(new Random(seed), root, s);
              } finally {
                Folders.delete(root);
              }
            });
    assertThat(stats.cases() + stats.regressions()).isPositive();
  }

  private void runCase(Random random, Path root, FuzzRun.Stats stats) throws IOException {
    Path out = root.resolve("a/istio");
    Path beside = Files.createDirectories(root.resolve("a/beside"));
    Files.writeString(beside.resolve("x.yaml"), "precious: 1\n");
    Map<String, String> rootBefore = Folders.snapshot(root);

    List<Object> specs = new ArrayList<>();
    try {
      Team owner = Team.named(name(random)).namespace(name(random));
      Secondary first =
          random.nextBoolean()
              ? owner.secondary(name(random)).failClosed()
              : owner.secondary(name(random)).defaultBackend(destination(host(random)));
      Secondary second =
          Team.named(name(random))
              .namespace(random.nextBoolean() ? "web" : name(random))
              .secondary(name(random))
              .failClosed();
      String gateway = name(random);
      String gatewayNamespace = name(random);
      boolean withGateway = random.nextBoolean();
      String primaryName = name(random);
      String primaryNamespace = random.nextBoolean() ? "istio-system" : name(random);
      String host = host(random);
      String firstPrefix = path(random);
      String secondPrefix = path(random);
      specs.add(
          mesh(
              m -> {
                if (withGateway) {
                  m.gateway(gateway, gatewayNamespace)
                      .selector("istio", "ingressgateway")
                      .server(80, "http", "HTTP", host);
                }
                var primary = m.primary(primaryName, primaryNamespace).hosts(host);
                if (withGateway) {
                  primary.gateways(gatewayNamespace + "/" + gateway);
                }
                primary.delegate(prefix(firstPrefix), first).delegate(prefix(secondPrefix), second);
              }));
      if (random.nextBoolean()) {
        String route = path(random);
        String backend = host(random);
        specs.add(
            team(
                first,
                http -> http.route().match(exact(firstPrefix + route)).to(destination(backend))));
      }
    } catch (IllegalArgumentException refusedByABuilder) {
      assertThat(refusedByABuilder.getMessage()).isNotBlank();
      stats.count("refused-by-builder");
      return;
    }

    Generation g = Vsplit.load(specs.toArray());
    for (Finding f : g.findings()) {
      assertThat(f.code().id()).matches("VS\\d{3}");
      assertThat(f.message()).isNotBlank();
    }
    if (g.hasErrors()) {
      stats.count("errors:" + g.errors().get(0).code());
      assertThatThrownBy(() -> g.writeTo(out)).isInstanceOf(IllegalStateException.class);
      assertThat(Folders.snapshot(root)).isEqualTo(rootBefore);
      return;
    }
    stats.count("written");
    g.writeTo(out);

    Path real = out.toRealPath();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        assertThat(p.toRealPath()).startsWith(real);
      }
    }
    assertThat(Folders.snapshot(beside)).containsOnlyKeys("x.yaml");
    assertThat(Folders.snapshot(root).keySet())
        .allMatch(k -> k.equals("a") || k.startsWith("a/istio") || k.startsWith("a/beside"));
    // What was written reads back as written, and Istio's schema and webhook take it.
    Analysis back = Vsplit.analyze(AnalyzeRequest.of(out));
    assertThat(back.findings())
        .as("analyzing what generate wrote")
        .noneMatch(f -> f.severity() == dev.vsplit.findings.Severity.ERROR);
    assertThat(back.input().resources()).hasSize(g.resources().size());
  }
}
