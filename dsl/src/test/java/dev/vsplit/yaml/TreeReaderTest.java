package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.Location;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML text to located trees: documents, scalars, anchors and merge keys. */
class TreeReaderTest {

  private final List<YamlProblem> problems = new ArrayList<>();

  private List<TreeReader.Document> read(String text) {
    return new TreeReader(ReadLimits.DEFAULTS).readText("t.yaml", text, problems);
  }

  private Object plain(String text) {
    List<TreeReader.Document> docs = read(text);
    assertThat(problems).isEmpty();
    assertThat(docs).hasSize(1);
    return Binder.plain(docs.get(0).root());
  }

  @Test
  void splitsDocumentsOnMarkersAndKeepsLinesOfTheFile() {
    String text =
        """
        # leading comment
        # another
        a: 1
        ---
        ---
        # only a comment
        ---
        b: 2
        ...
        # after the end marker
        --- {c: 3}
        --- # comment on the marker line
        d:
          e: 4
        ...
        """;
    List<TreeReader.Document> docs = read(text);
    assertThat(problems).isEmpty();
    assertThat(docs)
        .extracting(d -> Binder.plain(d.root()))
        .containsExactly(
            Map.of("a", 1), Map.of("b", 2), Map.of("c", 3), Map.of("d", Map.of("e", 4)));
    assertThat(docs).extracting(d -> d.start().line()).containsExactly(1, 7, 11, 12);
    assertThat(docs).extracting(TreeReader.Document::index).containsExactly(0, 3, 4, 5);
    MapNode d = (MapNode) ((MapNode) docs.get(3).root()).entries().get("d");
    assertThat(d.keyLocations().get("e")).isEqualTo(new Location("t.yaml", 14, 3));
  }

  @Test
  void aDocumentMayStartOnTheMarkerLine() {
    List<TreeReader.Document> docs = read("--- {a: 1}\n--- [x, y]\n--- plain\n--- |\n  block\n");
    assertThat(problems).isEmpty();
    assertThat(docs)
        .extracting(d -> Binder.plain(d.root()))
        .containsExactly(Map.of("a", 1), List.of("x", "y"), "plain", "block\n");
  }

  @Test
  void aMapCannotStartOnTheMarkerLine() {
    List<TreeReader.Document> docs = read("a: 1\n--- b: 2\nc: 3\n---\nd: 4\n");
    assertThat(docs)
        .extracting(d -> d.root() == null ? null : Binder.plain(d.root()))
        .containsExactly(Map.of("a", 1), null, Map.of("d", 4));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().line()).isEqualTo(2);
              assertThat(p.message())
                  .contains("after \"---\" on the same line")
                  .contains("next line");
            });
  }

  @Test
  void windowsLineEndingsReadLikeUnixOnes() {
    List<TreeReader.Document> docs = read("a: 1\r\n---\r\nb: |\r\n  x\r\n");
    assertThat(problems).isEmpty();
    assertThat(docs)
        .extracting(d -> Binder.plain(d.root()))
        .containsExactly(Map.of("a", 1), Map.of("b", "x\n"));
  }

  @Test
  void oldMacLineEndingsReadLikeUnixOnesWithTheirLines() {
    // Found by AnalyzeFuzzTest (seed 0x70b78a8e5b74c439): with lone CRs the file was one line of
    // several documents, "more than one value in one document" reported twice at a wrong line.
    List<TreeReader.Document> docs = read("a: 1\r---\rb:\r  e: 4\r---\rc: [\r");
    assertThat(docs)
        .extracting(d -> d.root() == null ? null : Binder.plain(d.root()))
        .containsExactly(Map.of("a", 1), Map.of("b", Map.of("e", 4)), null);
    assertThat(docs).extracting(d -> d.start().line()).containsExactly(1, 2, 5);
    assertThat(
            ((MapNode) ((MapNode) docs.get(1).root()).entries().get("b")).keyLocations().get("e"))
        .isEqualTo(new Location("t.yaml", 4, 3));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().line()).isEqualTo(6);
              assertThat(p.message()).startsWith("YAML syntax error");
            });
    List<YamlProblem> withCr = List.copyOf(problems);
    problems.clear();
    read("a: 1\n---\nb:\n  e: 4\n---\nc: [\n");
    assertThat(withCr).isEqualTo(problems);
  }

  @Test
  void invalidUtf8IsReportedAtItsLineWhateverTheLineEndings() {
    byte[] cr = "a: 1\rb: 2\rc: caf\u00e9\r".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    new TreeReader(ReadLimits.DEFAULTS).read("t.yaml", cr, problems);
    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.location().line()).isEqualTo(3));
  }

  @Test
  void lineBreaksAreKeptAsWritten() {
    assertThat(plain("a: |+\n  x\n\n")).isEqualTo(Map.of("a", "x\n\n"));
    assertThat(plain("a: |+\n  x\n")).isEqualTo(Map.of("a", "x\n"));
    assertThat(plain("a: |+\n  x")).isEqualTo(Map.of("a", "x"));
    assertThat(read("a: |+\n  x\n\n---\nb: 1\n"))
        .extracting(d -> Binder.plain(d.root()))
        .containsExactly(Map.of("a", "x\n\n"), Map.of("b", 1));
  }

  @Test
  void emptyInputHasNoDocuments() {
    assertThat(read("")).isEmpty();
    assertThat(read("# nothing\n\n---\n...\n")).isEmpty();
    assertThat(problems).isEmpty();
  }

  static Stream<Arguments> yaml12CoreScalars() {
    return Stream.of(
        Arguments.of("true", true),
        Arguments.of("True", true),
        Arguments.of("TRUE", true),
        Arguments.of("false", false),
        Arguments.of("FALSE", false),
        Arguments.of("null", null),
        Arguments.of("Null", null),
        Arguments.of("~", null),
        Arguments.of("", null),
        Arguments.of("12", 12),
        Arguments.of("+12", 12),
        Arguments.of("-12", -12),
        Arguments.of("0o17", 15),
        Arguments.of("0x1F", 31),
        Arguments.of("4294967296", 4294967296L),
        Arguments.of(
            "123456789012345678901234567890", new BigInteger("123456789012345678901234567890")),
        Arguments.of("1.5", 1.5),
        Arguments.of(".5", 0.5),
        Arguments.of("1e3", 1000.0),
        Arguments.of("-.inf", Double.NEGATIVE_INFINITY),
        // a leading zero is octal, as kubectl's YAML 1.1 reader takes it (the writer writes
        // decimal)
        Arguments.of("0755", 493),
        // YAML 1.1 only: strings in YAML 1.2 (the writer quotes them for YAML 1.1 readers)
        Arguments.of("yes", "yes"),
        Arguments.of("on", "on"),
        Arguments.of("y", "y"),
        Arguments.of("1_000", "1_000"),
        Arguments.of("2025-01-01", "2025-01-01"),
        Arguments.of("12:30", "12:30"),
        // quoted and tagged: always strings
        Arguments.of("\"true\"", "true"),
        Arguments.of("'~'", "~"),
        Arguments.of("\"8080\"", "8080"),
        Arguments.of("!!str 5", "5"));
  }

  @ParameterizedTest(name = "[{index}] k: {0}")
  @MethodSource("yaml12CoreScalars")
  void scalarsAreResolvedByTheYaml12CoreSchema(String text, Object expected) {
    List<TreeReader.Document> docs = read("k: " + text + "\n");
    assertThat(problems).isEmpty();
    Object value = ((ScalarNode) ((MapNode) docs.get(0).root()).entries().get("k")).value();
    assertThat(value).isEqualTo(expected);
  }

  @Test
  void aliasesShareTheAnchoredValue() {
    Object tree =
        plain(
            """
        base: &route
          destination: {host: a}
        copy: *route
        scalar: &s text
        again: *s
        """);
    assertThat(tree)
        .isEqualTo(
            Map.of(
                "base",
                Map.of("destination", Map.of("host", "a")),
                "copy",
                Map.of("destination", Map.of("host", "a")),
                "scalar",
                "text",
                "again",
                "text"));
  }

  @Test
  void mergeKeysAddFieldsTheMapDoesNotSetItself() {
    List<TreeReader.Document> docs =
        read(
            """
        defaults: &defaults
          timeout: 5s
          retries: {attempts: 3}
        other: &other
          timeout: 9s
          name: other
        route:
          name: mine
          <<: [*defaults, *other]
          weight: 1
        """);
    assertThat(problems).isEmpty();
    MapNode route = (MapNode) ((MapNode) docs.get(0).root()).entries().get("route");
    assertThat(Binder.plain(route))
        .isEqualTo(
            Map.of("name", "mine", "timeout", "5s", "retries", Map.of("attempts", 3), "weight", 1));
    assertThat(route.entries().keySet()).containsExactly("name", "timeout", "retries", "weight");
    assertThat(route.keyLocations().get("timeout").line())
        .isEqualTo(2); // where the value was written
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryKey() {
    assertThat(plain("a:\n  \"<<\": {b: 1}\n  '<<x': 2\n"))
        .isEqualTo(Map.of("a", Map.of("<<", Map.of("b", 1), "<<x", 2)));
  }

  @Test
  void aMergeKeyNeedsAMap() {
    assertThat(read("a:\n  <<: 5\n  b: 1\n"))
        .singleElement()
        .extracting(TreeReader.Document::root)
        .isNull();
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("a[\"<<\"]");
              assertThat(p.location().line()).isEqualTo(2);
              assertThat(p.message()).contains("merge key (<<) takes a map");
            });
  }

  @Test
  void aMergeKeyWithoutAValueSaysSo() {
    read("a:\n  <<:\n  b: 1\n");
    assertThat(problems)
        .singleElement()
        .extracting(YamlProblem::message)
        .asString()
        .endsWith("; got no value");
  }

  @Test
  void aMergeKeyOfAnUnknownAliasIsReportedOnceAsTheAlias() {
    // Found by AnalyzeFuzzTest: "<<: *a" with no anchor &a also gave "a merge key takes a map; got
    // null".
    read("a:\n  <<: *a\n  b: 1\nc:\n  <<: [*b]\n");
    assertThat(problems)
        .extracting(YamlProblem::toString)
        .containsExactly(
            "t.yaml:2:7: a[\"<<\"]: alias *a refers to no anchor &a",
            "t.yaml:5:8: c[\"<<\"][0]: alias *b refers to no anchor &b");
  }

  @Test
  void duplicateKeysAreAllReportedWithBothLines() {
    List<TreeReader.Document> docs =
        read(
            """
        a: 1
        b:
          c: 1
          c: 2
        a: 3
        """);
    assertThat(docs).singleElement().extracting(TreeReader.Document::root).isNull();
    assertThat(problems)
        .extracting(YamlProblem::toString)
        .containsExactly(
            "t.yaml:4:3: b.c: duplicate key \"c\" (first written at line 3); Kubernetes refuses the file; keep one of them",
            "t.yaml:5:1: a: duplicate key \"a\" (first written at line 1); Kubernetes refuses the file; keep one of them");
  }

  @Test
  void limitsAreConfigurable() {
    TreeReader tight = new TreeReader(new ReadLimits(1_000, 3, 1, 10, 5));
    List<YamlProblem> found = new ArrayList<>();
    tight.readText(
        "t.yaml", "a: {b: {c: {d: 1}}}\n---\nx: abcdef\n---\ns: &s [1]\nt: [*s, *s]\n", found);
    assertThat(found)
        .extracting(YamlProblem::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("nesting deeper than 3 levels"),
            m -> assertThat(m).contains("longer than the limit of 5"),
            m -> assertThat(m).contains("too many aliases"));
    found.clear();
    assertThat(tight.read("t.yaml", new byte[1_001], found)).isEmpty();
    assertThat(found)
        .singleElement()
        .extracting(YamlProblem::message)
        .asString()
        .contains("1001 bytes, more than the limit of 1000 bytes");
  }

  @Test
  void nodesKnowTheirKinds() {
    Node root = read("a: [1]\n").get(0).root();
    assertThat(root).isInstanceOf(MapNode.class);
    assertThat(((MapNode) root).entries().get("a")).isInstanceOf(ListNode.class);
    assertThat(Node.describe(((ListNode) ((MapNode) root).entries().get("a")).items().get(0)))
        .isEqualTo("the number 1");
  }
}
