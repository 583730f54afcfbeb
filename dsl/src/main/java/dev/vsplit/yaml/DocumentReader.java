package dev.vsplit.yaml;

import dev.vsplit.yaml.Node.ScalarNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads YAML that is not a manifest (an ownership map, text vsplit wrote itself) with the reader
 * and the binder manifests go through: the same YAML (the 1.2 core schema, merge keys, no duplicate
 * keys), within {@link ReadLimits}, every problem at its file, line and field path. A record
 * describes the file by its components' names and types, as the model's records describe manifests;
 * {@link YamlKey}, {@link KeyedBy} and {@link OneOrMore} say where the YAML differs, and a
 * component of type {@link dev.vsplit.base.Location} receives where its map was written.
 */
public final class DocumentReader {

  /**
   * What a file held.
   *
   * @param value the record; {@code null} when there are problems, or when the file holds no
   *     document
   * @param problems every problem, in file order
   * @param readable whether the text could be read as YAML: when not, the problems are the YAML's
   *     (syntax, a duplicate key, a limit), and nothing was bound
   */
  public record Bound<T>(T value, List<YamlProblem> problems, boolean readable) {
    public Bound {
      problems = List.copyOf(problems);
    }
  }

  /**
   * For text vsplit wrote: its strings and nesting were read within limits before it was written.
   */
  private static final ReadLimits WRITTEN =
      new ReadLimits(Integer.MAX_VALUE - 8, ReadLimits.MAX_DEPTH, 0, 0, Integer.MAX_VALUE - 8);

  private final TreeReader reader;

  /** A reader of files within {@code limits}. */
  public DocumentReader(ReadLimits limits) {
    this.reader = new TreeReader(limits, TreeReader.READERS_DISAGREE_ON_DUPLICATES);
  }

  /** A reader of YAML that vsplit wrote itself, to compare values as written. */
  public static DocumentReader forWrittenText() {
    return new DocumentReader(WRITTEN);
  }

  /**
   * Reads a file of one document into a record of {@code type}; {@code file} names it in problems.
   * No input makes it throw.
   */
  public <T extends Record> Bound<T> read(String file, byte[] bytes, Class<T> type) {
    List<YamlProblem> problems = new ArrayList<>();
    List<TreeReader.Document> documents = reader.read(file, bytes, problems);
    if (!problems.isEmpty()) {
      return new Bound<>(null, problems, false);
    }
    if (documents.size() > 1) {
      problems.add(
          new YamlProblem(
              documents.get(1).start(),
              "",
              "a second YAML document starts here, and the file"
                  + " holds one; remove the \"---\" line, or move what follows to a file of its own"));
      return new Bound<>(null, problems, true);
    }
    Node root = documents.isEmpty() ? null : documents.get(0).root();
    if (root == null || (root instanceof ScalarNode s && s.value() == null)) {
      return new Bound<>(null, problems, true);
    }
    T value = new Binder(problems).bindRecord(root, type, "");
    problems.sort(
        Comparator.comparingInt((YamlProblem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column()));
    return new Bound<>(problems.isEmpty() ? value : null, problems, true);
  }

  /**
   * YAML text of one document as plain values: maps (in the order written), lists, strings,
   * numbers, booleans and nulls; {@code null} for no document.
   *
   * @throws IllegalArgumentException listing the problems, when the text is not one document of
   *     YAML
   */
  public Object readValue(String file, String text) {
    List<YamlProblem> problems = new ArrayList<>();
    List<TreeReader.Document> documents = reader.readText(file, text, problems);
    if (!problems.isEmpty() || documents.size() > 1) {
      throw new IllegalArgumentException(
          "cannot read "
              + file
              + " as one YAML document: "
              + (problems.isEmpty() ? documents.size() + " documents" : problems));
    }
    return documents.isEmpty() ? null : Binder.plain(documents.get(0).root());
  }
}
