package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.base.Location;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files that are not manifests, read by the reader and binder of manifests. */
class DocumentReaderTest {

  /**
   * A file whose keys are not all Java names: package-private, as such a record sits beside its
   * reader.
   */
  record Club(
      @YamlKey("package") String pkg,
      @KeyedBy("name") List<Member> members,
      @OneOrMore List<String> tags,
      Location at) {}

  record Member(String name, @YamlKey("class") String kind, Location at) {}

  private final DocumentReader reader = new DocumentReader(ReadLimits.DEFAULTS);

  private DocumentReader.Bound<Club> read(String text) {
    return reader.read("c.yaml", text.getBytes(StandardCharsets.UTF_8), Club.class);
  }

  private List<String> problems(String text) {
    DocumentReader.Bound<Club> bound = read(text);
    assertThat(bound.value()).isNull();
    return bound.problems().stream().map(YamlProblem::toString).toList();
  }

  @Test
  void keysThatAreJavaKeywordsAndLocationsAreBound() {
    Club club =
        read("""
        package: chess
        members:
        - name: ann
          class: senior
        """)
            .value();

    assertThat(club)
        .isEqualTo(
            new Club(
                "chess",
                List.of(new Member("ann", "senior", new Location("c.yaml", 3, 3))),
                null,
                new Location("c.yaml", 1, 1)));
  }

  @Test
  void aKeyedListMayBeWrittenAsAMapFromTheKey() {
    Club club =
        read("""
        members:
          ann: {class: senior}
          bob:
        """)
            .value();

    assertThat(club.members())
        .containsExactly(
            new Member("ann", "senior", new Location("c.yaml", 2, 8)),
            new Member("bob", null, new Location("c.yaml", 3, 3)));
    assertThat(problems("members:\n  ann: {name: bob}\n"))
        .containsExactly(
            "c.yaml:2:9: members.ann.name: \"name\" is the key above (\"ann\") here; remove it");
    assertThat(problems("members: ann\n"))
        .containsExactly(
            "c.yaml:1:10: members: expected a map from each item's name"
                + " to its other fields, or a list of items, got the string \"ann\"");
    assertThat(problems("members:\n  ann: [x]\n"))
        .containsExactly(
            "c.yaml:2:8: members.ann: expected a map (the fields of Member), got a list");
  }

  @Test
  void aOneOrMoreListMayBeWrittenAsItsItem() {
    assertThat(read("tags: red\n").value().tags()).containsExactly("red");
    assertThat(read("tags: [red, blue]\n").value().tags()).containsExactly("red", "blue");
    assertThat(read("tags:\n").value().tags()).isNull();
    assertThat(problems("tags: 5\n"))
        .containsExactly("c.yaml:1:7: tags: expected a string, got the number 5; quote it: \"5\"");
  }

  @Test
  void unknownFieldsNameTheKnownOnes() {
    assertThat(problems("pkg: chess\nat: here\n"))
        .containsExactly(
            "c.yaml:1:1: pkg: unknown field \"pkg\"; known fields here: package, members, tags",
            "c.yaml:2:1: at: unknown field \"at\"; known fields here: package, members, tags");
  }

  @Test
  void yamlProblemsAreTheManifestReadersWithoutKubernetes() {
    DocumentReader.Bound<Club> duplicate = read("package: a\npackage: b\n");
    assertThat(duplicate.readable()).isFalse();
    assertThat(duplicate.problems())
        .extracting(YamlProblem::toString)
        .containsExactly(
            "c.yaml:2:1: package: duplicate key"
                + " \"package\" (first written at line 1); YAML readers disagree on which one counts; keep one of them");
    assertThat(read("package: [\n").readable()).isFalse();
    assertThat(read("package: a\n---\npackage: b\n").problems())
        .extracting(YamlProblem::toString)
        .containsExactly(
            "c.yaml:2:1: a second YAML document starts here, and the file holds one; remove the \"---\" line,"
                + " or move what follows to a file of its own");
    DocumentReader.Bound<Club> empty = read("# nothing\n");
    assertThat(empty.value()).isNull();
    assertThat(empty.problems()).isEmpty();
    assertThat(empty.readable()).isTrue();
  }

  @Test
  void theWriterWritesWhatTheReaderReads() {
    Club club = new Club("chess", List.of(new Member("ann", "senior", null)), List.of("red"), null);

    String yaml = YamlWriter.writeValue(club, YamlWriter.Defaults.KEEP);

    assertThat(yaml)
        .isEqualTo(
            """
        package: chess
        members:
        - name: ann
          class: senior
        tags:
        - red
        """);
    assertThat(reader.read("c.yaml", yaml.getBytes(StandardCharsets.UTF_8), Club.class).value())
        .isEqualTo(
            new Club(
                "chess",
                List.of(new Member("ann", "senior", new Location("c.yaml", 3, 3))),
                List.of("red"),
                new Location("c.yaml", 1, 1)));
  }

  @Test
  void writtenTextReadsBackAsPlainValues() {
    DocumentReader written = DocumentReader.forWrittenText();

    assertThat(written.readValue("w", "a: 1\nb: [x, 2.5, null, true]\n"))
        .isEqualTo(Map.of("a", 1, "b", java.util.Arrays.asList("x", 2.5, null, true)));
    assertThat(written.readValue("w", "")).isNull();
    assertThatThrownBy(() -> written.readValue("w", "a: [\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot read w as one YAML document: [w:1:5: YAML syntax error");
  }
}
