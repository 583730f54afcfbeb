package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.Location;
import dev.vsplit.fuzz.Corpus;
import dev.vsplit.model.IstioResource;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BlockSubsetReader} reads exactly what the general parser ({@link TreeBuilder} over
 * snakeyaml) reads, or declines: the same trees, values and value types, the same line and column
 * of every node and key, and the same problems once a declined document goes to the general parser.
 * On every input the tests have (the examples' generated folders, the conformance vectors, the
 * real-world and split corpora, the reader's samples), on {@value #RANDOM_WRITTEN} seeded random
 * resources as {@link YamlWriter} writes them, and on {@value #RANDOM_HAND_WRITTEN} seeded random
 * documents written as people write YAML (any indentation, quoting, comments, blank lines, CRLF,
 * YAML 1.1 look-alikes, and broken by random edits). Each construct it declines has a test of its
 * own. A failure names the input or the seed.
 */
class BlockSubsetReaderTest {

  static final int RANDOM_WRITTEN = 10_000;
  static final int RANDOM_HAND_WRITTEN = 10_000;

  private static final TreeReader SUBSET =
      new TreeReader(ReadLimits.DEFAULTS, TreeReader.KUBERNETES_REFUSES_DUPLICATES, true);
  private static final TreeReader GENERAL =
      new TreeReader(ReadLimits.DEFAULTS, TreeReader.KUBERNETES_REFUSES_DUPLICATES, false);

  static Stream<Corpus.Entry> corpus() {
    List<Corpus.Entry> entries = new ArrayList<>(Corpus.all());
    for (Path file : TestFiles.yamlFiles(TestFiles.RESOURCES.resolve("split-corpus"))) {
      entries.add(new Corpus.Entry(file.toString(), TestFiles.read(file)));
    }
    return entries.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyInputTheTestsHaveIsReadAsTheGeneralParserReadsIt(Corpus.Entry entry) {
    int read = assertSameAsGeneral(entry.origin(), entry.text());
    if (entry.origin().contains("examples")) {
      assertThat(read).as("documents of %s read by the subset", entry.origin()).isPositive();
    }
  }

  @Test
  void theExamplesGeneratedFoldersAreReadWhollyByTheSubset() {
    for (Corpus.Entry entry : Corpus.all()) {
      if (!entry.origin().contains("examples")) {
        continue;
      }
      for (DocumentSplitter.Chunk chunk : chunks(entry.text())) {
        assertThat(BlockSubsetReader.read(entry.origin(), chunk, ReadLimits.DEFAULTS))
            .as("%s, document at line %d", entry.origin(), chunk.firstLine())
            .isNotNull();
      }
    }
  }

  @Test
  void randomResourcesAsYamlWriterWritesThemAreReadAsTheGeneralParserReadsThem() {
    long seed = Long.getLong("vsplit.seed", 16_016L);
    int read = 0;
    for (int i = 0; i < RANDOM_WRITTEN; i++) {
      RandomManifests random = new RandomManifests(seed + i, i % 2 == 0);
      IstioResource resource = i % 4 == 3 ? random.gateway() : random.virtualService();
      read += assertSameAsGeneral("seed " + (seed + i), YamlWriter.write(resource));
    }
    // These resources are full of what the subset declines (byte-order marks, block scalars,
    // complex keys, .nan); about one in twenty is read by it, the rest by the general parser.
    assertThat(read).isGreaterThan(RANDOM_WRITTEN / 40);
  }

  @Test
  void randomHandWrittenDocumentsAreReadAsTheGeneralParserReadsThem() {
    long seed = Long.getLong("vsplit.seed", 16_016L);
    int read = 0;
    int broken = 0;
    for (int i = 0; i < RANDOM_HAND_WRITTEN; i++) {
      HandWritten writer = new HandWritten(new Random(seed + i));
      String text = writer.documents();
      if (i % 3 == 2) {
        text = writer.mutate(text);
        broken++;
      }
      read += assertSameAsGeneral("hand-written seed " + (seed + i), text);
    }
    assertThat(read).as("documents read by the subset").isGreaterThan(RANDOM_HAND_WRITTEN / 4);
    assertThat(broken).isPositive();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: !custom x\n",
        "a: [1, 2]\n",
        "a: {b: 1}\n",
        "a: |\n  text\n",
        "a: >-\n  text\n",
        "? a\n: b\n",
        "%YAML 1.2\na: b\n",
        "a:\n\tb: c\n",
        "a: b\tc\n",
        "a: one\n  two\n",
        "a: 'one\n  two'\n",
        "a: \"one\n  two\"\n",
        "a: \"one \\\n  two\"\n",
        "base: {}\nother:\n  <<: {a: 1}\n",
        "<<: x\n",
        "a: 1\na: 2\n",
        "a: .inf\n",
        "a: 0777\n",
        "a: 0o17\n",
        "a: 0x1F\n",
        "a: +5\n",
        "a: b: c\n",
        "a: - b\n",
        "- - a\n",
        "just a scalar\n",
        "a: \u0001\n",
        "a: 1\n\ufeffb: 2\n",
        "a: \ufeffx\n",
        "a: \"\\L\"\n",
        "a: \ud800\n",
        "a: x\u0085y\n",
        "a: x\ry\n",
        "a: \"\\q\"\n",
        "a: \"\\x4\"\n",
        "a: \"\\U00110000\"\n",
        "a: 'open\n",
        "a: b # c\n  d: e\n",
        "a:\n  b: 1\n c: 2\n",
        "- a\nb: c\n",
        "a: 1\n- b\n",
        "a: \"x\"y\n",
        "a: \"x\"#c\n",
        "@a: b\n",
        "a: `b`\n",
        "--- a: b\n",
      })
  void declinesWhatItDoesNotRead(String text) {
    DocumentSplitter.Chunk first = chunks(text).get(0);
    assertThat(BlockSubsetReader.read("f.yaml", first, ReadLimits.DEFAULTS))
        .as("%s", text)
        .isNull();
    assertSameAsGeneral(text, text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1.5\n",
        "a: 1e3\n",
        "a: -1.5E-3\n",
        "a: -5\n",
        "a: -0\n",
        "a: -2147483648\n",
        "a: 2147483648\n",
        "a: 123456789012345678\n",
        "a: 1234567890123456789\n",
        "a: 9223372036854775808\n",
        "a: -9223372036854775808\n",
        "a: -x\n",
        "-a: b\n",
        "a: x\u2028y\n",
        "x\ud83d\ude00y: \ud83d\ude00z\n  # c\nw: \ud83d\ude00 \ud83d\ude00: q\n",
        "\ud83d\ude00: 1\n\ud83d\ude00b: \"\ud83d\ude00\" # x\nc:\n- \ud83d\ude00\n",
        "- \ud83d\ude00a: 1\n  b: 2\n",
        "a: \"\\u00e9\\x41\\U0001F600\\N\\_\\e\\0\\ \\/\"\n",
        "a: 'it''s'\nb: \"\"\nc: ''\nd:\ne: ~\nf: null\ng: True\nh: FALSE\ni: yes\n",
        "a: {}\nb: []\nc:\n- {}\n- []\n",
        "a:\n-\n- b\n-   \nc: 1\n",
        "a: /api/v1\nb: $x\nc: ${HOME}\nd: =x\ne: <a\nf: (x)\ng: ^x\nh: 0\ni: .5\nj: \u00e9\n",
      })
  void readsWhatTheGeneralParserReads(String text) {
    DocumentSplitter.Chunk first = chunks(text).get(0);
    boolean read = BlockSubsetReader.read("f.yaml", first, ReadLimits.DEFAULTS) != null;
    assertSameAsGeneral(text, text);
    assertThat(read).as("%s", text).isEqualTo(!text.contains("w: \ud83d\ude00 \ud83d"));
  }

  @Test
  void declinesDocumentsNearTheReadLimits() {
    DocumentSplitter.Chunk deep = chunks("a:\n  b:\n    c:\n      d: 1\n").get(0);
    assertThat(BlockSubsetReader.read("f", deep, new ReadLimits(1 << 20, 3, 0, 0, 100))).isNull();
    assertThat(BlockSubsetReader.read("f", deep, new ReadLimits(1 << 20, 8, 0, 0, 100)))
        .isNotNull();
    DocumentSplitter.Chunk longValue = chunks("a: " + "x".repeat(20) + "\n").get(0);
    assertThat(BlockSubsetReader.read("f", longValue, new ReadLimits(1 << 20, 8, 0, 0, 19)))
        .isNull();
    assertThat(BlockSubsetReader.read("f", longValue, new ReadLimits(1 << 20, 8, 0, 0, 20)))
        .isNotNull();
    assertThat(BlockSubsetReader.read("f", longValue, new ReadLimits(10, 8, 0, 0, 100))).isNull();
    DocumentSplitter.Chunk longKey = chunks("k".repeat(1001) + ": 1\n").get(0);
    assertThat(BlockSubsetReader.read("f", longKey, ReadLimits.DEFAULTS)).isNull();
    for (ReadLimits limits :
        List.of(new ReadLimits(1 << 20, 3, 0, 0, 100), new ReadLimits(1 << 20, 8, 0, 0, 19))) {
      for (String text : List.of(deep.text(), longValue.text())) {
        List<YamlProblem> fast = new ArrayList<>();
        List<YamlProblem> general = new ArrayList<>();
        String a = dump(new TreeReader(limits, "x", true).readText("f", text, fast));
        String b = dump(new TreeReader(limits, "x", false).readText("f", text, general));
        assertThat(a).isEqualTo(b);
        assertThat(fast).isEqualTo(general);
      }
    }
  }

  @Test
  void readsWhatItReadsAtTheGeneralParsersLinesAndColumns() {
    String text =
        "# head\n---\napiVersion: v1 # trailing\nkind:   'K'\nempty:\nlist:\n- a\n-\n"
            + "- k: \"v\\tw\"\n  n: 80\n  b: True\n  z: ~\n  e: ''\nnested:\n    deep: []\n"
            + "    map: {}\nlast: 4294967296\n";
    DocumentSplitter.Chunk chunk = chunks(text).get(0);
    Node fast = BlockSubsetReader.read("f.yaml", chunk, ReadLimits.DEFAULTS);
    assertThat(fast).isNotNull();
    assertSameAsGeneral("sample", text);
    MapNode root = (MapNode) fast;
    assertThat(root.location()).isEqualTo(new Location("f.yaml", 3, 1));
    assertThat(((ScalarNode) root.entries().get("empty")).location())
        .isEqualTo(new Location("f.yaml", 5, 7));
    assertThat(((ScalarNode) root.entries().get("last")).value()).isEqualTo(4294967296L);
  }

  /**
   * Reads {@code text} both ways and asserts the same documents and problems; returns how many
   * documents the subset read.
   */
  private static int assertSameAsGeneral(String origin, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<YamlProblem> fastProblems = new ArrayList<>();
    List<YamlProblem> generalProblems = new ArrayList<>();
    String fast = dump(SUBSET.read("f.yaml", bytes, fastProblems));
    String general = dump(GENERAL.read("f.yaml", bytes, generalProblems));
    assertThat(fast).as("%s:%n%s", origin, text).isEqualTo(general);
    assertThat(fastProblems).as("%s:%n%s", origin, text).isEqualTo(generalProblems);
    int read = 0;
    for (DocumentSplitter.Chunk chunk : chunks(text)) {
      if (BlockSubsetReader.read("f.yaml", chunk, ReadLimits.DEFAULTS) != null) {
        read++;
      }
    }
    return read;
  }

  private static List<DocumentSplitter.Chunk> chunks(String text) {
    return DocumentSplitter.split(SourceText.loneCarriageReturnsAsNewlines(text)).stream()
        .filter(c -> !c.blank())
        .toList();
  }

  private static String dump(List<TreeReader.Document> documents) {
    StringBuilder out = new StringBuilder();
    for (TreeReader.Document d : documents) {
      out.append("doc ").append(d.index()).append(' ').append(d.start()).append(": ");
      dump(d.root(), out);
      out.append('\n');
    }
    return out.toString();
  }

  private static void dump(Node node, StringBuilder out) {
    if (node == null) {
      out.append("none");
      return;
    }
    out.append(node.location().line()).append(':').append(node.location().column());
    if (!"f.yaml".equals(node.location().file()) && !"f".equals(node.location().file())) {
      out.append(node.location().file());
    }
    if (node instanceof MapNode map) {
      out.append('{');
      for (Map.Entry<String, Node> e : map.entries().entrySet()) {
        Location k = map.keyLocations().get(e.getKey());
        out.append('"').append(e.getKey()).append("\"@").append(k.line()).append(':');
        out.append(k.column()).append('=');
        dump(e.getValue(), out);
        out.append(", ");
      }
      out.append('}');
    } else if (node instanceof ListNode list) {
      out.append('[');
      for (Node item : list.items()) {
        dump(item, out);
        out.append(", ");
      }
      out.append(']');
    } else {
      Object v = ((ScalarNode) node).value();
      out.append('<')
          .append(v == null ? "null" : v.getClass().getSimpleName())
          .append(' ')
          .append(v)
          .append('>');
    }
  }

  /** Random YAML as people write it, valid or nearly. */
  private static final class HandWritten {

    private static final String[] SCALARS = {
      "reviews",
      "v1",
      "/api/v1",
      "reviews.default.svc.cluster.local",
      "5s",
      "1.5s",
      "80",
      "0",
      "9080",
      "2147483647",
      "2147483648",
      "123456789012345678",
      "1234567890123456789",
      "-1",
      "+1",
      "0777",
      "0o17",
      "0x1F",
      "1e3",
      "1.5",
      ".5",
      ".inf",
      "-.inf",
      ".nan",
      "true",
      "True",
      "TRUE",
      "false",
      "FALSE",
      "tRue",
      "yes",
      "no",
      "on",
      "off",
      "Yes",
      "y",
      "n",
      "null",
      "Null",
      "NULL",
      "~",
      "nULL",
      "2001-12-14",
      "12:30:00",
      "1_000",
      "a b",
      "a  b",
      "a:b",
      "a:",
      "a #b",
      "a#b",
      "#x",
      "&a",
      "*a",
      "!t",
      "|",
      ">",
      "-",
      "- a",
      "-a",
      "?a",
      ":a",
      "[]",
      "{}",
      "[a]",
      "{a: 1}",
      "@x",
      "`x",
      "%x",
      "<<",
      "it's",
      "say \"hi\"",
      "back\\slash",
      "ünïcödé",
      "日本",
      "a\tb",
      "${HOME}",
      "=",
      "a,b",
      "a]b",
      "a}b",
      "é",
      " lead",
      "trail ",
      "",
    };

    private static final String[] KEYS = {
      "apiVersion",
      "kind",
      "metadata",
      "name",
      "namespace",
      "spec",
      "hosts",
      "http",
      "match",
      "route",
      "destination",
      "host",
      "port",
      "number",
      "weight",
      "uri",
      "prefix",
      "exact",
      "timeout",
      "x-y",
      "a.b/c",
      "80",
      "true",
      "null",
      "~",
      "<<",
      "a b",
      "",
      "k:v",
      "ü",
    };

    private final Random random;
    private final String nl;
    private final int step;
    private final boolean indentedLists;

    HandWritten(Random random) {
      this.random = random;
      this.nl = random.nextInt(8) == 0 ? "\r\n" : "\n";
      this.step = 1 + random.nextInt(4);
      this.indentedLists = random.nextBoolean();
    }

    String documents() {
      StringBuilder out = new StringBuilder();
      int count = 1 + random.nextInt(3);
      if (random.nextInt(4) == 0) {
        out.append("# a file").append(nl);
      }
      for (int d = 0; d < count; d++) {
        if (d > 0 || random.nextBoolean()) {
          out.append(random.nextInt(5) == 0 ? "--- # doc" : "---").append(nl);
        }
        if (random.nextInt(3) == 0) {
          list(out, 0, 0, true);
        } else {
          map(out, 0, 0, true);
        }
      }
      return out.toString();
    }

    /** A random edit: a character inserted, removed or swapped. */
    String mutate(String text) {
      StringBuilder out = new StringBuilder(text);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && out.length() > 1; e++) {
        int at = random.nextInt(out.length());
        String insert = pick(" ", "  ", "\n", ":", "- ", "#", "'", "\"", "\t", "&", "*", "[", "{");
        switch (random.nextInt(3)) {
          case 0 -> out.insert(at, insert);
          case 1 -> out.deleteCharAt(at);
          default -> out.setCharAt(at, insert.charAt(0));
        }
      }
      return out.toString();
    }

    private void map(StringBuilder out, int indent, int depth, boolean startOnThisLine) {
      int entries = 1 + random.nextInt(depth == 0 ? 6 : 4);
      for (int i = 0; i < entries; i++) {
        if (i > 0 || !startOnThisLine) {
          out.append(" ".repeat(indent));
        }
        out.append(scalar(pick(KEYS), true)).append(random.nextInt(10) == 0 ? ":  " : ":");
        value(out, indent, depth);
        noise(out, indent);
      }
    }

    private void list(StringBuilder out, int indent, int depth, boolean startOnThisLine) {
      int items = 1 + random.nextInt(4);
      for (int i = 0; i < items; i++) {
        if (i > 0 || !startOnThisLine) {
          out.append(" ".repeat(indent));
        }
        out.append(random.nextInt(10) == 0 ? "-   " : "- ");
        int inner = indent + (out.length() - out.lastIndexOf("-") - 1);
        int kind = depth > 4 ? 0 : random.nextInt(4);
        if (kind == 1) {
          map(out, inner + 1, depth + 1, true);
        } else if (kind == 2 && random.nextBoolean()) {
          out.setLength(out.length() - 1);
          out.append(nl);
          map(out, indent + step, depth + 1, false);
        } else {
          out.append(scalar(pick(SCALARS), false)).append(comment()).append(nl);
        }
        noise(out, indent);
      }
    }

    private void value(StringBuilder out, int indent, int depth) {
      int kind = depth > 4 ? 0 : random.nextInt(5);
      switch (kind) {
        case 1 -> {
          out.append(comment()).append(nl);
          map(out, indent + step, depth + 1, false);
        }
        case 2 -> {
          out.append(comment()).append(nl);
          list(out, indentedLists ? indent + step : indent, depth + 1, false);
        }
        case 3 -> out.append(comment()).append(nl);
        default ->
            out.append(' ').append(scalar(pick(SCALARS), false)).append(comment()).append(nl);
      }
    }

    private void noise(StringBuilder out, int indent) {
      switch (random.nextInt(12)) {
        case 0 -> out.append(nl);
        case 1 -> out.append(" ".repeat(random.nextInt(indent + 3))).append("# note").append(nl);
        case 2 -> out.append("   ").append(nl);
        default -> {}
      }
    }

    private String comment() {
      return random.nextInt(8) == 0 ? pick(" # c", "  #: x", " #") : "";
    }

    private String scalar(String value, boolean key) {
      int style = random.nextInt(key ? 10 : 6);
      if (style == 0) {
        return "'" + value.replace("'", "''") + "'";
      }
      if (style == 1) {
        return "\"" + escape(value) + "\"";
      }
      return value;
    }

    private String escape(String value) {
      StringBuilder out = new StringBuilder();
      for (char c : value.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append(random.nextBoolean() ? "\\t" : "\\u0009");
          default -> {
            if (c > 0x7f && random.nextInt(3) == 0) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      if (random.nextInt(20) == 0) {
        out.append(pick("\\n", "\\/", "\\x41", "\\U0001F600", "\\e", "\\N", "\\_", "\\ "));
      }
      return out.toString();
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
      return choices[random.nextInt(choices.length)];
    }
  }
}
