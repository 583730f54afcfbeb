package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads YAML text into {@link Node} trees, one per document, within {@link ReadLimits}.
 *
 * <p>Documents are split on their {@code ---} markers before parsing ({@link DocumentSplitter}), so
 * that a broken document is reported and the documents after it are still read. Scalars are
 * resolved by the YAML 1.2 core schema ({@code True} and {@code ~} are a boolean and a null, as for
 * kubectl; {@code yes} is a string). Merge keys ({@code <<: *defaults}), which kubectl's YAML 1.1
 * reader applies, are applied too. The steps: {@link SourceText} (bytes to text), {@link
 * DocumentSplitter}, then per document {@link TreeBuilder} over a {@link YamlParsers} parser, its
 * failures worded by {@link ParseErrors}. A document in the block-style subset that vsplit writes
 * and most manifests are written in is read by {@link BlockSubsetReader} instead, to the same tree,
 * several times faster; anything else (and anything wrong) goes to the general parser.
 */
final class TreeReader {

  /**
   * One document of a file: where it starts, and its tree ({@code null} if empty or unreadable).
   */
  record Document(int index, Location start, Node root) {}

  /** Why a duplicate key in a manifest is a mistake. */
  static final String KUBERNETES_REFUSES_DUPLICATES = "Kubernetes refuses the file";

  /** Why a duplicate key in any other file is a mistake. */
  static final String READERS_DISAGREE_ON_DUPLICATES = "YAML readers disagree on which one counts";

  private final ReadLimits limits;
  private final String duplicateKeys;
  private final YamlParsers parsers;
  private final boolean subset;

  /** The strings shared by the documents of one read, or {@code null}. */
  private final SharedStrings shared;

  /** A reader of manifests. */
  TreeReader(ReadLimits limits) {
    this(limits, KUBERNETES_REFUSES_DUPLICATES);
  }

  /**
   * @param duplicateKeys why a duplicate key is a mistake in the files read, for its message
   */
  TreeReader(ReadLimits limits, String duplicateKeys) {
    this(limits, duplicateKeys, true);
  }

  /**
   * @param subset whether documents in {@link BlockSubsetReader}'s subset are read by it; {@code
   *     false} reads every document with the general parser, for tests that compare the two
   */
  TreeReader(ReadLimits limits, String duplicateKeys, boolean subset) {
    this(limits, duplicateKeys, subset, null);
  }

  /**
   * A reader of manifests whose documents take the keys and short values they write from {@code
   * shared} ({@link SharedStrings}).
   */
  TreeReader(ReadLimits limits, SharedStrings shared) {
    this(limits, KUBERNETES_REFUSES_DUPLICATES, true, shared);
  }

  private TreeReader(
      ReadLimits limits, String duplicateKeys, boolean subset, SharedStrings shared) {
    this.limits = limits;
    this.duplicateKeys = duplicateKeys;
    this.parsers = new YamlParsers(limits);
    this.subset = subset;
    this.shared = shared;
  }

  /** Decodes and parses a whole file; every problem goes to {@code problems}. */
  List<Document> read(String file, byte[] bytes, List<YamlProblem> problems) {
    if (bytes.length > limits.maxFileBytes()) {
      problems.add(
          YamlProblem.overLimit(
              Location.of(file, 0), "", tooLarge(bytes.length, limits), "maxFileBytes"));
      return List.of();
    }
    String text = SourceText.decode(file, bytes, problems);
    if (text == null) {
      return List.of();
    }
    return readText(file, text, problems);
  }

  static String tooLarge(long size, ReadLimits limits) {
    return "the file is "
        + size
        + " bytes, more than the limit of "
        + limits.maxFileBytes()
        + " bytes (maxFileBytes)";
  }

  /** Parses text already decoded; every problem goes to {@code problems}. */
  List<Document> readText(String file, String text, List<YamlProblem> problems) {
    List<Document> documents = new ArrayList<>();
    int index = 0;
    for (DocumentSplitter.Chunk chunk :
        DocumentSplitter.split(SourceText.loneCarriageReturnsAsNewlines(text))) {
      if (!chunk.blank()) {
        Location start = new Location(file, chunk.firstLine(), 1);
        Node root = subset ? BlockSubsetReader.read(file, chunk, limits, shared) : null;
        if (root == null) {
          root = TreeBuilder.build(file, chunk, parsers, limits, duplicateKeys, problems);
        }
        documents.add(new Document(index, start, root));
      }
      index++;
    }
    return documents;
  }
}
