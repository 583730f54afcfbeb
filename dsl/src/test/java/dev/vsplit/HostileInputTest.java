package dev.vsplit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ReadLimits;
import dev.vsplit.yaml.SkippedDocument;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile input the hardening issue names, through {@link Vsplit#analyze} as {@code
 * vsplit:analyze} (and {@code vsplit:split}) read it: a folder holding the hostile file and a valid
 * one. For each: the finding names file, line and field; reading takes bounded time and memory
 * (measured as the bytes the analyzing thread allocates); every error of the file is reported at
 * once; and the valid file beside it is still analyzed. The messages asserted here are the ones the
 * README's Reliability table shows.
 */
class HostileInputTest {

  /**
   * Generous for a loaded build machine; the paths these tests guard against take minutes or never
   * end.
   */
  private static final Duration QUICK = Duration.ofSeconds(20);

  private static final String HEAD =
      """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: reviews
        namespace: shop
      spec:
      """;
  private static final String GOOD =
      HEAD.replace("reviews", "good")
          + """
        hosts: [good.example.com]
        http:
        - route:
          - destination: {host: good.shop.svc.cluster.local}
      """;

  @TempDir Path tmp;
  private Path folder;

  @BeforeEach
  void folderWithAGoodFile() throws IOException {
    folder = Files.createDirectories(tmp.resolve("manifests"));
    Files.writeString(folder.resolve("good.yaml"), GOOD);
  }

  private record Outcome(Analysis analysis, long allocated) {
    List<Finding> unreadable() {
      return analysis.findings().stream().filter(f -> f.code() == Code.VS001).toList();
    }

    Finding onlyUnreadable() {
      assertThat(unreadable()).as("%s", analysis.findings()).hasSize(1);
      return unreadable().get(0);
    }
  }

  private Outcome analyze(String name, byte[] content) throws IOException {
    return analyze(name, content, ReadLimits.DEFAULTS);
  }

  private Outcome analyze(String name, byte[] content, ReadLimits limits) throws IOException {
    Files.write(folder.resolve(name), content);
    Outcome outcome =
        assertTimeoutPreemptively(
            QUICK,
            () -> {
              long before = allocated();
              long start = System.nanoTime();
              Analysis a =
                  Vsplit.analyze(new AnalyzeRequest(List.of(folder), "default", null, limits));
              System.out.printf(
                  "hostile %s: %d bytes read in %d ms, %d MB allocated%n",
                  name,
                  content.length,
                  (System.nanoTime() - start) / 1_000_000,
                  (allocated() - before) >> 20);
              return new Outcome(a, allocated() - before);
            });
    // One bad file hides nothing: the valid one beside it is read and checked.
    assertThat(outcome.analysis().input().resources())
        .extracting(LoadedResource::resource)
        .anySatisfy(r -> assertThat(r.name()).isEqualTo("good"));
    assertThat(outcome.analysis().findings())
        .noneMatch(f -> f.source() != null && f.source().file().endsWith("good.yaml"));
    return outcome;
  }

  private Outcome analyze(String name, String content) throws IOException {
    return analyze(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private static final long MB = 1 << 20;

  private static void assertAt(Finding f, String file, int line, String path) {
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.source().file()).as(f.format()).endsWith("manifests/" + file);
    assertThat(f.source().line()).as(f.format()).isEqualTo(line);
    assertThat(f.path()).as(f.format()).isEqualTo(path);
  }

  @Test
  void billionLaughs() throws IOException {
    StringBuilder bomb =
        new StringBuilder(
            HEAD + "  hosts: [a]\n  x0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("  x")
          .append(i)
          .append(": &l")
          .append(i)
          .append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*l" + (i - 1))))
          .append("]\n");
    }
    Outcome o = analyze("bomb.yaml", bomb.toString());

    Finding f = o.onlyUnreadable();
    assertAt(f, "bomb.yaml", 12, "spec.x4[0]");
    assertThat(f.message())
        .isEqualTo(
            "too many aliases: 28 aliases expanding to 15670 nodes exceed the limits (100 aliases,"
                + " 10000 nodes); this looks like a \"billion laughs\" document");
    assertThat(o.allocated()).isLessThan(64 * MB); // a billion strings would be gigabytes
  }

  @Test
  void manySmallAliases() throws IOException {
    Outcome o =
        analyze("aliases.yaml", HEAD + "  hosts: &h [a]\n  x: [" + "*h, ".repeat(150) + "*h]\n");

    Finding f = o.onlyUnreadable();
    assertAt(f, "aliases.yaml", 8, "spec.x[100]");
    assertThat(f.message())
        .startsWith(
            "too many aliases: 101 aliases expanding to 202 nodes exceed the limits (100 aliases,");
  }

  @Test
  void nestingAThousandLevelsDeep() throws IOException {
    StringBuilder deep = new StringBuilder(HEAD);
    for (int i = 1; i <= 1000; i++) {
      deep.append("  ".repeat(i)).append("a:\n");
    }
    Outcome o = analyze("deep.yaml", deep.toString());

    Finding f = o.onlyUnreadable();
    assertAt(f, "deep.yaml", 70, "spec" + ".a".repeat(63));
    assertThat(f.message())
        .isEqualTo("nesting deeper than 64 levels; no Istio resource is this deep");

    Outcome flow =
        analyze("deep.yaml", HEAD + "  hosts: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
    assertThat(flow.onlyUnreadable().message())
        .isEqualTo("nesting deeper than 64 levels; no Istio resource is this deep");
  }

  @Test
  void aHugeScalar() throws IOException {
    Outcome o = analyze("huge.yaml", HEAD + "  hosts:\n  - " + "x".repeat(5_000_000) + "\n");

    Finding f = o.onlyUnreadable();
    assertAt(f, "huge.yaml", 8, "spec.hosts[0]");
    assertThat(f.message())
        .isEqualTo(
            "a string longer than the limit of 1048576 characters; no Istio field needs one this long"
                + " (maxScalarLength)");
    assertThat(o.allocated()).isLessThan(400 * MB);
  }

  @Test
  void aHugeKey() throws IOException {
    Outcome o = analyze("key.yaml", HEAD + "  hosts: [a]\n  \"" + "k".repeat(60_000) + "\": 1\n");

    Finding f = o.onlyUnreadable();
    assertAt(f, "key.yaml", 8, "");
    assertThat(f.message())
        .isEqualTo(
            "YAML syntax error: while scanning a simple key; could not find expected ':';"
                + " a key written without \"? \" may be at most 1024 characters long");
  }

  @Test
  void aFileOverTheSizeLimitIsNotEvenRead() throws IOException {
    byte[] big = new byte[(32 << 20) + 1];
    java.util.Arrays.fill(big, (byte) '#');
    Outcome o = analyze("big.yaml", big);

    Finding f = o.onlyUnreadable();
    assertThat(f.source().file()).endsWith("manifests/big.yaml");
    assertThat(f.source().line()).isZero(); // the whole file
    assertThat(f.message())
        .isEqualTo(
            "the file is 33554433 bytes, more than the limit of 33554432 bytes (maxFileBytes)");
    assertThat(f.hint()).contains("a limit of vsplit's", "raise the read limit maxFileBytes");
    assertThat(o.allocated()).isLessThan(16 * MB);
  }

  @Test
  void thirtyThousandDocumentsInOneFile() throws IOException {
    Outcome o =
        analyze(
            "many.yaml", "a: 1\n---\n".repeat(30_000) + GOOD.replace("name: good", "name: last"));

    assertThat(o.unreadable()).isEmpty();
    assertThat(o.analysis().skipped()).hasSize(30_000);
    assertThat(o.allocated()).isLessThan(1024 * MB); // linear: about 13 KB a document
    assertThat(o.analysis().input().resources())
        .extracting(r -> r.resource().name())
        .contains("last");
  }

  @Test
  void duplicateKeys() throws IOException {
    Outcome o = analyze("dup.yaml", HEAD + "  hosts: [a]\n  http: []\n  hosts: [b]\n");

    Finding f = o.onlyUnreadable();
    assertAt(f, "dup.yaml", 9, "spec.hosts");
    assertThat(f.message())
        .isEqualTo(
            "duplicate key \"hosts\" (first written at line 7); Kubernetes refuses the file; keep one of them");
  }

  @Test
  void wrongTypesAreAllReportedAtOnce() throws IOException {
    Outcome o =
        analyze(
            "types.yaml",
            HEAD
                + """
          hosts: 5
          http:
          - match:
            - port: "eighty"
              ignoreUriCase: yes
            route:
            - destination: {host: a}
              weight: 1.5
        """);

    assertThat(o.unreadable())
        .extracting(f -> f.source().line() + " " + f.path() + ": " + f.message())
        .containsExactly(
            "7 spec.hosts: expected a list, got the number 5; write it as a list item: \"- ...\" on the next line",
            "10 spec.http[0].match[0].port: expected a whole number, got the string \"eighty\"",
            "11 spec.http[0].match[0].ignoreUriCase: expected true or false, got the string \"yes\"; YAML 1.1 readers such"
                + " as kubectl take yes for true, YAML 1.2 for a string: write true",
            "14 spec.http[0].route[0].weight: expected a whole number, got the number 1.5");
  }

  @Test
  void unknownKindsAreSkippedWithANoteAndUnknownFieldsAreWarnings() throws IOException {
    Outcome o =
        analyze(
            "other.yaml",
            """
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: reviews}
        spec: {host: reviews}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualServce
        metadata: {name: typo}
        ---
        """
                + HEAD
                + """
          hosts: [a]
          http:
          - route:
            - destination: {host: a}
            timout: 5s
        """);

    assertThat(o.unreadable()).isEmpty();
    assertThat(o.analysis().skipped())
        .extracting(SkippedDocument::reason)
        .containsExactly(
            "vsplit reads only VirtualService and Gateway of networking.istio.io",
            "vsplit reads only VirtualService and Gateway of networking.istio.io");
    Finding f =
        o.analysis().findings().stream()
            .filter(x -> x.code() == Code.VS005)
            .findFirst()
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.source().line()).isEqualTo(20);
    assertThat(f.path()).isEqualTo("spec.http[0].timout");
    assertThat(f.message())
        .isEqualTo(
            "unknown field \"timout\": Istio's schema does not declare it, so the Kubernetes API"
                + " server drops it without a word");
  }

  @Test
  void tabsUsedForIndentation() throws IOException {
    Finding f = analyze("tabs.yaml", HEAD + "  hosts:\n\t- a\n").onlyUnreadable();

    assertAt(f, "tabs.yaml", 8, "");
    assertThat(f.message())
        .isEqualTo(
            "YAML syntax error: a tab is used for indentation; YAML allows only spaces there");
  }

  @Test
  void byteOrderMarksAreRead() throws IOException {
    String text =
        HEAD + "  hosts: [ünï.example.com]\n  http: [{route: [{destination: {host: a}}]}]\n";
    byte[] utf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

    for (byte[] bytes : List.of(utf8, utf16)) {
      Outcome o = analyze("bom.yaml", bytes);
      assertThat(o.unreadable()).isEmpty();
      assertThat(o.analysis().input().resources())
          .anySatisfy(
              r -> {
                assertThat(r.resource().name()).isEqualTo("reviews");
                assertThat(r.source().locate("spec.hosts").line()).isEqualTo(7);
              });
    }
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] bytes = (HEAD + "  hosts: [a]\n  gateways: [gw]\n").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xC3;

    Finding f = analyze("latin1.yaml", bytes).onlyUnreadable();

    assertAt(f, "latin1.yaml", 8, "");
    assertThat(f.message())
        .isEqualTo(
            "invalid UTF-8: byte 0xC3 at offset "
                + (bytes.length - 4)
                + " is not valid text; save the file as UTF-8");
  }

  @Test
  void utf16WithoutAByteOrderMark() throws IOException {
    Finding f =
        analyze("utf16.yaml", (HEAD + "  hosts: [a]\n").getBytes(StandardCharsets.UTF_16LE))
            .onlyUnreadable();

    assertAt(f, "utf16.yaml", 1, "");
    assertThat(f.message())
        .isEqualTo(
            "the character U+0000 is not allowed in YAML; a file with NUL characters is not"
                + " text, or is UTF-16 without a byte-order mark: save it as UTF-8");
  }

  @Test
  void aBrokenDocumentInTheMiddleOfAFile() throws IOException {
    Outcome o =
        analyze(
            "three.yaml",
            HEAD
                + "  hosts: [a]\n  http: [{route: [{destination: {host: a}}]}]\n---\n"
                + HEAD.replace("reviews", "broken")
                + "  hosts: [b\n---\n"
                + HEAD.replace("reviews", "third")
                + "  hosts: [c]\n  http: [{route: [{destination: {host: c}}]}]\n");

    Finding f = o.onlyUnreadable();
    assertAt(f, "three.yaml", 16, "");
    assertThat(f.message()).startsWith("YAML syntax error: while parsing a flow sequence");
    assertThat(o.analysis().input().resources())
        .extracting(r -> r.resource().name())
        .contains("reviews", "third");
  }

  @Test
  void everyErrorOfAFileAtOnce() throws IOException {
    Outcome o =
        analyze(
            "all.yaml",
            HEAD
                + "  hosts: 5\n---\n"
                + HEAD
                + "  hosts: [a\n---\n"
                + HEAD
                + "  hosts: [a]\n  hosts: [b]\n---\n"
                + HEAD.replace("  name: reviews\n", "")
                + "  hosts: [a]\n");

    assertThat(o.unreadable()).extracting(f -> f.source().line()).containsExactly(7, 15, 24, 28);
    assertThat(o.unreadable())
        .extracting(Finding::message)
        .containsExactly(
            "expected a list, got the number 5; write it as a list item: \"- ...\" on the next line",
            o.unreadable().get(1).message(),
            "duplicate key \"hosts\" (first written at line 23); Kubernetes refuses the file; keep one of them",
            "VirtualService has no metadata.name; give it one");
  }

  @Test
  void limitsAreTheCallersToSet() throws IOException {
    ReadLimits tight = new ReadLimits(1 << 20, 8, 0, 0, 30);
    Outcome o =
        analyze(
            "tight.yaml",
            (HEAD + "  hosts: [a-very-long-host-name.example.com]\n")
                .getBytes(StandardCharsets.UTF_8),
            tight);

    assertThat(o.onlyUnreadable().message())
        .isEqualTo(
            "a string longer than the limit of 30 characters; no Istio field needs one this long (maxScalarLength)");
  }
}
