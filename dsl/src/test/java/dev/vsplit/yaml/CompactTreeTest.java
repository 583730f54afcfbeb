package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.FieldPath;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compact form a read document's locations are kept in ({@link CompactTree}) answers every path
 * as walking the node tree does ({@link SourceMap#locateInTree}): every field's path, and paths
 * that lead nowhere (an unknown key, an index past the end, a key on a list, an index on a map, a
 * quoted key, a broken bracket), on every manifest of the test corpora.
 */
class CompactTreeTest {

  static Stream<Path> manifests() {
    return TestFiles.yamlFiles(TestFiles.ISTIO_SAMPLES, TestFiles.REAL_WORLD, TestFiles.ROUND_TRIP)
        .stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void answersAsTheTreeDoes(Path file) {
    List<YamlProblem> problems = new ArrayList<>();
    byte[] bytes = TestFiles.read(file).getBytes(StandardCharsets.UTF_8);
    for (TreeReader.Document doc :
        new TreeReader(ReadLimits.DEFAULTS).read(file.toString(), bytes, problems)) {
      if (doc.root() == null) {
        continue;
      }
      CompactTree compact = CompactTree.of(doc.root());
      assertThat(compact).as("one file: always compact").isNotNull();
      List<String> paths =
          new ArrayList<>(
              List.of(
                  "",
                  ".",
                  "[",
                  "[]",
                  "[x]",
                  "[\"",
                  "nope",
                  "spec[0]",
                  "spec.http[-1]",
                  "spec.http[99]",
                  "spec.http[0",
                  "spec.http[0].nope.deeper",
                  "[\"spec\"].http",
                  "spec[\"http\"][0]"));
      collect(doc.root(), "", paths);
      for (String path : paths) {
        assertThat(compact.locate(path))
            .as("%s: %s", file, path)
            .isEqualTo(SourceMap.locateInTree(doc.root(), path));
      }
    }
  }

  /**
   * Both forms of the layout, numbers as {@code char}s and as {@code int}s, answer as the tree
   * does: a document past 65 533 lines, or a column that far, keeps {@code int}s.
   */
  @ParameterizedTest(name = "{0} items, column {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "3, 1", // chars
    "2000, 1", // chars: 54 000 numbers
    "3000, 1", // ints: offsets past 65 533
    "70000, 1", // ints: lines past 65 533
    "2, 70000" // ints: columns past 65 533
  })
  void answersAsTheTreeDoesInEitherForm(int items, int column) {
    StringBuilder text = new StringBuilder("spec:\n  http:\n");
    String indent = " ".repeat(column - 1);
    for (int i = 0; i < items; i++) {
      text.append("  - name: r").append(i).append('\n');
      text.append("    match:\n    - uri:\n").append(indent).append("        exact: /p").append(i);
      text.append('\n');
    }
    List<YamlProblem> problems = new ArrayList<>();
    List<TreeReader.Document> docs =
        new TreeReader(ReadLimits.DEFAULTS)
            .read("f.yaml", text.toString().getBytes(StandardCharsets.UTF_8), problems);
    assertThat(problems).isEmpty();
    Node root = docs.get(0).root();
    CompactTree compact = CompactTree.of(root);
    boolean fits = items <= 2000 && column < 65_000;
    assertThat(compact.isNarrow()).isEqualTo(fits);
    List<String> paths = new ArrayList<>(List.of("", "spec", "spec.http[" + items + "]"));
    for (int i : new int[] {0, 1, items / 2, items - 1}) {
      String route = "spec.http[" + i + "]";
      paths.addAll(
          List.of(
              route,
              route + ".name",
              route + ".match[0].uri",
              route + ".match[0].uri.exact",
              route + ".match[1]",
              route + ".nope"));
    }
    for (String path : paths) {
      assertThat(compact.locate(path)).as(path).isEqualTo(SourceMap.locateInTree(root, path));
    }
  }

  /** Every field's path, and for each a few that go one step too far. */
  private static void collect(Node node, String path, List<String> out) {
    if (node instanceof MapNode map) {
      map.entries()
          .forEach(
              (key, child) -> {
                String childPath = FieldPath.key(path, key);
                out.add(childPath);
                out.add(childPath + ".missing");
                out.add(childPath + "[0]");
                out.add(path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]");
                collect(child, childPath, out);
              });
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        String childPath = path + "[" + i + "]";
        out.add(childPath);
        out.add(childPath + ".x");
        collect(list.items().get(i), childPath, out);
      }
      out.add(path + "[" + list.items().size() + "]");
    }
  }
}
