package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vsplit.base.Location;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, folders and strings to resources, skipped documents and problems. */
class ManifestReaderTest {

  private static final String VS =
      """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: reviews
      spec:
      """;

  private static final ManifestReader READER = new ManifestReader();

  @TempDir Path dir;

  private static ReadResult read(String text) {
    return READER.readString("m.yaml", text);
  }

  private ReadResult readBytes(byte[] bytes) throws IOException {
    Path file = dir.resolve("m.yaml");
    Files.write(file, bytes);
    return READER.read(List.of(file));
  }

  private static VirtualService onlyVirtualService(ReadResult result) {
    assertThat(result.problems()).isEmpty();
    assertThat(result.resources()).hasSize(1);
    return (VirtualService) result.resources().get(0).resource();
  }

  @Nested
  class Documents {

    @Test
    void readsEveryDocumentOfAFile() {
      ReadResult result =
          read(
              """
          # bookinfo
          ---
          %s  hosts: [a]
          ...
          --- # the gateway
          apiVersion: networking.istio.io/v1beta1
          kind: Gateway
          metadata: {name: gw, namespace: istio-system}
          spec:
            servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
          ---
          ---
          --- {apiVersion: networking.istio.io/v1alpha3, kind: VirtualService, metadata: {name: inline}}
          """
                  .formatted(VS));
      assertThat(result.problems()).isEmpty();
      assertThat(result.resources())
          .extracting(
              r -> r.resource().kind() + " " + r.resource().ref() + " @" + r.location().line())
          .containsExactly(
              "VirtualService default/reviews @2",
              "Gateway istio-system/gw @10",
              "VirtualService default/inline @18");
      assertThat(result.resources().get(1).resource()).isInstanceOf(Gateway.class);
    }

    @Test
    void readsListWrappersAsKubectlWritesThem() {
      ReadResult result =
          read(
              """
          apiVersion: v1
          kind: List
          items:
          - apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata: {name: a, namespace: x}
            spec: {hosts: [a]}
          - apiVersion: v1
            kind: Service
            metadata: {name: svc}
          - apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata: {name: b, namespace: x}
            spec: {hosts: [b]}
          metadata: {resourceVersion: ""}
          """);
      assertThat(result.problems()).isEmpty();
      assertThat(result.resources())
          .extracting(r -> r.resource().ref().toString())
          .containsExactly("x/a", "x/b");
      assertThat(result.resources().get(1).location().line()).isEqualTo(11);
      assertThat(result.resources().get(1).source().locate("spec.hosts"))
          .isEqualTo(new Location("m.yaml", 14, 10));
      assertThat(result.skipped())
          .singleElement()
          .hasToString(
              "m.yaml:8:3: skipped Service svc: vsplit reads only VirtualService and Gateway of networking.istio.io");
    }

    @Test
    void passesOverOtherKindsWithANoteNamingKindAndName() {
      ReadResult result =
          read(
              """
          apiVersion: networking.istio.io/v1
          kind: DestinationRule
          metadata: {name: reviews}
          ---
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: web}
          ---
          apiVersion: gateway.networking.k8s.io/v1
          kind: Gateway
          metadata: {name: k8s-gateway}
          ---
          kind: Kustomization
          ---
          replicas: 3
          """);
      assertThat(result.problems()).isEmpty();
      assertThat(result.resources()).isEmpty();
      assertThat(result.skipped())
          .extracting(SkippedDocument::toString)
          .containsExactly(
              "m.yaml:1:1: skipped DestinationRule reviews: vsplit reads only VirtualService and Gateway of networking.istio.io",
              "m.yaml:5:1: skipped Deployment web: vsplit reads only VirtualService and Gateway of networking.istio.io",
              "m.yaml:9:1: skipped Gateway k8s-gateway: vsplit reads only VirtualService and Gateway of networking.istio.io",
              "m.yaml:13:1: skipped Kustomization: not a Kubernetes manifest (no apiVersion)",
              "m.yaml:15:1: skipped document: not a Kubernetes manifest (no apiVersion)");
    }

    @Test
    void passesOverUnknownVersionsOfIstio() {
      ReadResult result =
          read(
              """
          apiVersion: networking.istio.io/v2
          kind: VirtualService
          metadata: {name: future}
          ---
          apiVersion: networking.istio.io
          kind: Gateway
          metadata: {name: unversioned}
          """);
      assertThat(result.problems()).isEmpty();
      assertThat(result.skipped())
          .extracting(SkippedDocument::reason)
          .containsExactly(
              "unknown version v2 of networking.istio.io (vsplit reads v1alpha3, v1beta1 and v1)",
              "apiVersion \"networking.istio.io\" names no version; write networking.istio.io/v1");
      assertThat(read(VS.replace("/v1", "/v1alpha3")).resources()).hasSize(1);
      assertThat(read(VS.replace("/v1", "/v1beta1")).resources()).hasSize(1);
    }

    @Test
    void defaultsTheNamespaceAsKubectlApplyDoes() {
      ReadResult result =
          read(
              VS
                  + "  hosts: [a]\n---\n"
                  + VS.replace("name: reviews", "name: b\n  namespace: shop"));
      assertThat(result.resources())
          .extracting(r -> r.resource().namespace())
          .containsExactly("default", "shop");
      assertThat(result.resources())
          .extracting(LoadedResource::namespaceDefaulted)
          .containsExactly(true, false);

      ManifestReader other = new ManifestReader(ReadLimits.DEFAULTS, "team-a");
      assertThat(other.readString("m.yaml", VS).resources().get(0).resource().namespace())
          .isEqualTo("team-a");
      ManifestReader none = new ManifestReader(ReadLimits.DEFAULTS, null);
      LoadedResource kept = none.readString("m.yaml", VS).resources().get(0);
      assertThat(kept.resource().namespace()).isNull();
      assertThat(kept.namespaceDefaulted()).isFalse();
      assertThat(
              read(VS.replace("name: reviews", "name: reviews\n  namespace: \"\""))
                  .resources()
                  .get(0)
                  .resource()
                  .namespace())
          .isEqualTo("default");
    }

    @Test
    void readsWhatKubectlReads() {
      VirtualService vs =
          onlyVirtualService(
              read(
                  VS
                      + """
            hosts: [a]
            http:
            - match:
              - ignoreUriCase: True
                uri: {prefix: /a}
              timeout: ~
              route: [{destination: {host: &h reviews}}]
              mirror: {host: *h}
          """));
      HTTPRoute route = vs.spec().http().get(0);
      assertThat(route.match().get(0).ignoreUriCase()).isTrue();
      assertThat(route.timeout()).isNull();
      assertThat(route.mirror().host()).isEqualTo("reviews");
    }

    @Test
    void aWholeNumberWrittenWithAFractionIsAnInteger() {
      VirtualService vs =
          onlyVirtualService(
              read(
                  VS
                      + """
            http:
            - route:
              - destination: {host: a, port: {number: 8080.0}}
                weight: 1e2
          """));
      assertThat(vs.spec().http().get(0).route().get(0).weight()).isEqualTo(100);
      assertThat(vs.spec().http().get(0).route().get(0).destination().port().number())
          .isEqualTo(8080);
      assertThat(
              read(VS + "  http:\n  - route:\n    - destination: {host: a}\n      weight: 3e9\n")
                  .problems())
          .singleElement()
          .extracting(YamlProblem::message)
          .isEqualTo("number 3.0E9 is out of range for a 32-bit integer");
    }

    @Test
    void appliesMergeKeysAsKubectlDoes() {
      VirtualService vs =
          onlyVirtualService(
              read(
                  VS
                      + """
            hosts: [a]
            http:
            - name: first
              match: [{uri: {prefix: /a}}]
              route: &to-reviews
              - destination: {host: reviews}
              retries: &retries {attempts: 3, perTryTimeout: 2s}
            - <<: {route: *to-reviews, retries: *retries}
              name: second
              retries: {attempts: 1}
          """));
      HTTPRoute second = vs.spec().http().get(1);
      assertThat(second.name()).isEqualTo("second");
      assertThat(second.route()).isEqualTo(vs.spec().http().get(0).route());
      assertThat(second.retries().attempts()).isEqualTo(1);
      assertThat(second.extra()).isEmpty();
    }

    @Test
    void keepsAnEmptyStringMatchApartFromAnUnsetOne() {
      VirtualService vs =
          onlyVirtualService(
              read(
                  VS
                      + """
            hosts: [a]
            http:
            - match:
              - uri: {}
                headers:
                  x-present: {}
                  x-also:
              - {}
              route: [{destination: {host: a}}]
          """));
      var match = vs.spec().http().get(0).match();
      assertThat(match.get(0).uri()).isEqualTo(StringMatch.empty());
      assertThat(match.get(0).headers())
          .containsEntry("x-present", StringMatch.empty())
          .containsEntry("x-also", StringMatch.empty());
      assertThat(match.get(1).uri()).isNull();
    }
  }

  @Nested
  class Folders {

    @Test
    void readsYamlFilesRecursivelyInSortedOrderSkippingHiddenOnes() throws IOException {
      write("b.yaml", "b");
      write("a/z.yml", "az");
      write("a/a.yaml", "aa");
      write("a-b/c.yaml", "abc");
      write(".hidden/x.yaml", "hidden1");
      write("a/.secret.yaml", "hidden2");
      write("a/.git/config.yaml", "hidden3");
      write("notes.txt", "txt");
      Files.createDirectories(dir.resolve("empty.yaml"));
      ReadResult result = READER.read(List.of(dir));
      assertThat(result.problems()).isEmpty();
      assertThat(result.resources())
          .extracting(r -> r.resource().name())
          .containsExactly("abc", "aa", "az", "b");
      assertThat(ManifestReader.yamlFilesUnder(dir))
          .extracting(p -> dir.relativize(p).toString())
          .containsExactly("a-b/c.yaml", "a/a.yaml", "a/z.yml", "b.yaml");
    }

    @Test
    void readsAHiddenFolderGivenByName() throws IOException {
      write(".config/vs.yaml", "named");
      assertThat(READER.read(List.of(dir.resolve(".config"))).resources()).hasSize(1);
    }

    @Test
    void reportsInputsThatAreNeitherFileNorFolder() {
      ReadResult result = READER.read(List.of(dir.resolve("missing.yaml")));
      assertThat(result.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.location().file()).endsWith("missing.yaml");
                assertThat(p.message()).isEqualTo("no such file or folder");
              });
    }

    private void write(String name, String vsName) throws IOException {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, VS.replace("name: reviews", "name: " + vsName));
    }
  }

  /**
   * Each hostile input gives a clear problem (file, line, field, words a user understands), in
   * bounded time, and never an exception.
   */
  @Nested
  class HostileInput {

    /**
     * Generous for a loaded build machine; the slow paths these tests guard against take minutes.
     */
    private static final Duration QUICK = Duration.ofSeconds(10);

    private ReadResult quickly(Supplier<ReadResult> read) {
      return assertTimeoutPreemptively(QUICK, read::get);
    }

    private ReadResult quicklyBytes(byte[] bytes) throws IOException {
      Path file = dir.resolve("m.yaml");
      Files.write(file, bytes);
      return quickly(() -> READER.read(List.of(file)));
    }

    private YamlProblem onlyProblem(ReadResult result) {
      assertThat(result.resources()).isEmpty();
      assertThat(result.problems()).hasSize(1);
      return result.problems().get(0);
    }

    @Test
    void billionLaughs() {
      StringBuilder bomb =
          new StringBuilder(VS + "  hosts: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
      for (int i = 1; i < 10; i++) {
        String prev = "*l" + (i - 1);
        bomb.append("  l")
            .append(i)
            .append(": &l")
            .append(i)
            .append(" [")
            .append(String.join(", ", Collections.nCopies(9, prev)))
            .append("]\n");
      }
      YamlProblem p = onlyProblem(quickly(() -> read(bomb.toString())));
      assertThat(p.location().file()).isEqualTo("m.yaml");
      assertThat(p.location().line()).isBetween(7, 15);
      assertThat(p.path()).startsWith("spec.l");
      assertThat(p.message()).contains("too many aliases").contains("billion laughs");
    }

    @Test
    void aliasToAnUnknownAnchor() {
      YamlProblem p = onlyProblem(quickly(() -> read(VS + "  hosts: [a]\n  gateways: [*mesh]\n")));
      assertThat(p)
          .hasToString("m.yaml:7:14: spec.gateways[0]: alias *mesh refers to no anchor &mesh");
    }

    @Test
    void nestingAThousandLevelsDeep() {
      StringBuilder block = new StringBuilder(VS);
      for (int i = 1; i <= 1000; i++) {
        block.append("  ".repeat(i)).append("a:\n");
      }
      YamlProblem p = onlyProblem(quickly(() -> read(block.toString())));
      assertThat(p.location().line()).isEqualTo(5 + 64);
      assertThat(p.path()).startsWith("spec.a.a.a");
      assertThat(p.message())
          .isEqualTo("nesting deeper than 64 levels; no Istio resource is this deep");

      YamlProblem flow =
          onlyProblem(
              quickly(() -> read(VS + "  hosts: " + "[".repeat(1000) + "]".repeat(1000) + "\n")));
      assertThat(flow.location().line()).isEqualTo(6);
      assertThat(flow.message()).contains("nesting deeper than 64 levels");
    }

    @Test
    void aFiveMegabyteScalar() {
      String huge = "x".repeat(5_000_000);
      for (String text :
          List.of(
              VS + "  hosts: [\"" + huge + "\"]\n",
              VS + "  hosts:\n  - " + huge + "\n",
              VS + "  hosts:\n  - |\n" + ("    " + "y".repeat(99) + "\n").repeat(50_000))) {
        YamlProblem p = onlyProblem(quickly(() -> read(text)));
        assertThat(p.location().line()).isBetween(6, 7);
        assertThat(p.path()).isEqualTo("spec.hosts[0]");
        assertThat(p.message()).contains("longer than the limit of 1048576 characters");
      }
    }

    @Test
    void aLongLineIsReadInLinearTime() {
      // snakeyaml's default read buffer made an 8 MB line cost 18 s and a 30 MB one 4 minutes.
      String comment = "# " + "x".repeat(8_000_000) + "\n";
      ReadResult result = quickly(() -> read(comment + VS + "  hosts: [a]\n"));
      assertThat(result.problems()).isEmpty();
      assertThat(result.resources()).hasSize(1);
    }

    @Test
    void duplicateKeys() {
      ReadResult result = quickly(() -> read(VS + "  hosts: [a]\n  http: []\n  hosts: [b]\n"));
      YamlProblem p = onlyProblem(result);
      assertThat(p)
          .hasToString(
              "m.yaml:8:3: spec.hosts: duplicate key \"hosts\" (first written at line 6); Kubernetes refuses the file; keep one of them");
    }

    @Test
    void wrongTypesAreAllReportedAtOnce() {
      ReadResult result =
          quickly(
              () ->
                  read(
                      VS
                          + """
            hosts: 5
            http:
            - match:
              - port: "eighty"
                ignoreUriCase: yes
                headers: [a]
              route:
              - destination: {host: a}
                weight: 1.5
          """));
      assertThat(result.resources()).isEmpty();
      assertThat(result.problems())
          .extracting(YamlProblem::toString)
          .containsExactly(
              "m.yaml:6:10: spec.hosts: expected a list, got the number 5; write it as a list item: \"- ...\" on the next line",
              "m.yaml:9:13: spec.http[0].match[0].port: expected a whole number, got the string \"eighty\"",
              "m.yaml:10:22: spec.http[0].match[0].ignoreUriCase: expected true or false, got the string \"yes\";"
                  + " YAML 1.1 readers such as kubectl take yes for true, YAML 1.2 for a string: write true",
              "m.yaml:11:16: spec.http[0].match[0].headers: expected a map of names to values, got a list",
              "m.yaml:14:15: spec.http[0].route[0].weight: expected a whole number, got the number 1.5");
    }

    @Test
    void aStringMatchWithTwoKindsOrAnUnknownKey() {
      ReadResult result =
          quickly(
              () ->
                  read(
                      VS
                          + """
            http:
            - match:
              - uri: {exact: /a, prefix: /b}
              - headers:
                  x-user: {suffix: jason}
              route: [{destination: {host: a}}]
          """));
      assertThat(result.resources()).isEmpty();
      assertThat(result.problems())
          .extracting(YamlProblem::toString)
          .containsExactly(
              "m.yaml:8:24: spec.http[0].match[0].uri.prefix: a string match takes exactly one of exact, prefix or regex,"
                  + " but both exact and prefix are set; keep one",
              "m.yaml:10:18: spec.http[0].match[1].headers.x-user.suffix: unknown field \"suffix\" in a string match;"
                  + " use exactly one of exact, prefix or regex");
    }

    @Test
    void tabsUsedForIndentation() {
      YamlProblem p = onlyProblem(quickly(() -> read(VS + "  hosts:\n\t- a\n")));
      assertThat(p.location().line()).isEqualTo(7);
      assertThat(p.message()).contains("tab").contains("only spaces");
    }

    @Test
    void utf8ByteOrderMarkReadsFine() throws IOException {
      byte[] body = (VS + "  hosts: [a]\n").getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[body.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(body, 0, bytes, 3, body.length);
      ReadResult result = quicklyBytes(bytes);
      assertThat(onlyVirtualService(result).name()).isEqualTo("reviews");
      assertThat(result.resources().get(0).source().locate("spec.hosts").line()).isEqualTo(6);
      assertThat(onlyVirtualService(read("\uFEFF" + VS)).name()).isEqualTo("reviews");
    }

    @Test
    void utf16WithByteOrderMarkReadsFine() throws IOException {
      String text = "\uFEFF" + VS + "  hosts: [ünï]\n";
      assertThat(
              onlyVirtualService(quicklyBytes(text.getBytes(StandardCharsets.UTF_16LE)))
                  .spec()
                  .hosts())
          .containsExactly("ünï");
      assertThat(
              onlyVirtualService(quicklyBytes(text.getBytes(StandardCharsets.UTF_16BE)))
                  .spec()
                  .hosts())
          .containsExactly("ünï");
    }

    @Test
    void utf16WithoutByteOrderMark() throws IOException {
      YamlProblem p =
          onlyProblem(quicklyBytes((VS + "  hosts: [a]\n").getBytes(StandardCharsets.UTF_16LE)));
      assertThat(p.location().line()).isEqualTo(1);
      assertThat(p.message())
          .contains("U+0000")
          .contains("UTF-16 without a byte-order mark")
          .contains("save it as UTF-8");
    }

    @Test
    void invalidUtf8Bytes() throws IOException {
      byte[] bytes = (VS + "  hosts: [a]\n  gateways: [gw]\n").getBytes(StandardCharsets.UTF_8);
      bytes[bytes.length - 4] =
          (byte) 0xC3; // 0xC3 starts a two-byte sequence; 'w' cannot continue it
      YamlProblem p = onlyProblem(quicklyBytes(bytes));
      assertThat(p.location().file()).endsWith("m.yaml");
      assertThat(p.location().line()).isEqualTo(7);
      assertThat(p.message())
          .contains("invalid UTF-8")
          .contains("0xC3")
          .contains("save the file as UTF-8");
    }

    @Test
    void controlCharactersAreLocated() {
      YamlProblem p = onlyProblem(quickly(() -> read(VS + "  hosts: [a\u0007b]\n")));
      assertThat(p)
          .hasToString(
              "m.yaml:6:12: the character U+0007 is not allowed in YAML;"
                  + " write it as an escape in a double-quoted string (\"\\u0007\") or remove it");
    }

    @Test
    void aBrokenDocumentInTheMiddleOfThree() {
      ReadResult result =
          quickly(
              () ->
                  read(
                      VS
                          + "  hosts: [a]\n---\n"
                          + VS.replace("reviews", "broken")
                          + "  hosts: [b\n---\n"
                          + VS.replace("reviews", "third")
                          + "  hosts: [c]\n"));
      assertThat(result.resources())
          .extracting(r -> r.resource().name())
          .containsExactly("reviews", "third");
      assertThat(result.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.location().line()).isEqualTo(13);
                assertThat(p.message())
                    .startsWith("YAML syntax error: ")
                    .contains("expected ',' or ']'");
              });
    }

    @Test
    void aFileOverTheSizeLimit() throws IOException {
      ManifestReader small =
          new ManifestReader(new ReadLimits(100, 64, 100, 10_000, 1 << 20), "default");
      Path file = dir.resolve("big.yaml");
      Files.writeString(file, VS + "  hosts: [" + "a, ".repeat(100) + "a]\n");
      ReadResult result = assertTimeoutPreemptively(QUICK, () -> small.read(List.of(file)));
      YamlProblem p = onlyProblem(result);
      assertThat(p.location().file()).endsWith("big.yaml");
      assertThat(p.message())
          .matches("the file is \\d+ bytes, more than the limit of 100 bytes \\(maxFileBytes\\)");
      assertThat(
              small.readString("s.yaml", VS + "  hosts: [" + "a, ".repeat(100) + "a]\n").problems())
          .singleElement()
          .extracting(YamlProblem::message)
          .asString()
          .contains("more than the limit of 100 bytes");
    }

    @Test
    void metadataWithoutName() {
      YamlProblem p =
          onlyProblem(
              quickly(
                  () -> read(VS.replace("  name: reviews", "  namespace: x") + "  hosts: [a]\n")));
      assertThat(p)
          .hasToString(
              "m.yaml:3:1: metadata.name: VirtualService has no metadata.name; give it one");
      assertThat(onlyProblem(read("apiVersion: networking.istio.io/v1\nkind: Gateway\n")).message())
          .isEqualTo("Gateway has no metadata.name; give it one");
    }

    @Test
    void aDocumentThatIsAListOfManifests() {
      YamlProblem p =
          onlyProblem(quickly(() -> read("- " + VS.replace("\n", "\n  ") + "  hosts: [a]\n")));
      assertThat(p.location().line()).isEqualTo(1);
      assertThat(p.message()).contains("list of manifests").contains("---").contains("kind: List");
    }

    @Test
    void aDocumentThatIsAnotherListOrAScalarIsPassedOver() {
      ReadResult result = quickly(() -> read("- a\n- b\n---\njust text\n---\n42\n"));
      assertThat(result.problems()).isEmpty();
      assertThat(result.skipped())
          .extracting(SkippedDocument::reason)
          .containsExactly(
              "not a Kubernetes manifest (the document is a list, not a map)",
              "not a Kubernetes manifest (the document is the string \"just text\", not a map)",
              "not a Kubernetes manifest (the document is the number 42, not a map)");
    }

    @Test
    void aMapStartedOnTheMarkerLine() {
      YamlProblem p =
          onlyProblem(
              quickly(
                  () -> read("--- apiVersion: networking.istio.io/v1\nkind: VirtualService\n")));
      assertThat(p.location().line()).isEqualTo(1);
      assertThat(p.message()).contains("start the manifest on the next line");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
      ReadResult result =
          quickly(
              () ->
                  read(
                      VS
                          + "  hosts: 5\n---\n"
                          + VS
                          + "  hosts: [a\n---\n"
                          + VS
                          + "  hosts: [a]\n  hosts: [b]\n---\nkind: VirtualService\napiVersion: networking.istio.io/v1\nmetadata: {}\n"));
      assertThat(result.problems())
          .extracting(p -> p.location().line())
          .containsExactly(6, 13, 21, 25);
    }
  }
}
