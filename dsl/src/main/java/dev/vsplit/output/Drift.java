package dev.vsplit.output;

import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How the output folder differs from what the spec generates, found by {@link
 * OutputDirectory#check} without writing anything.
 *
 * @param directory the output folder
 * @param entries one per file that differs, sorted by path
 */
public record Drift(Path directory, List<Drift.Entry> entries) {

  /** What is wrong with one file. */
  public enum Kind {
    /** The spec produces it; the folder lacks it. */
    MISSING("missing"),
    /** Its content differs from what the spec produces now. */
    STALE("stale"),
    /** vsplit generated it earlier, and the spec no longer produces it. */
    EXTRA("extra"),
    /** Its vsplit header's hash no longer matches its content: edited by hand. */
    HAND_EDITED("hand-edited"),
    /**
     * It has no vsplit header, at a path the spec produces: generating would refuse to overwrite
     * it.
     */
    NOT_GENERATED("not generated");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How {@link #describe} names it. */
    public String label() {
      return label;
    }
  }

  /**
   * One file that differs.
   *
   * @param path relative to the output folder
   * @param kind what is wrong
   * @param expected what the spec generates (header included), {@code null} when it generates
   *     nothing there
   * @param actual what the folder holds, {@code null} when it holds nothing there
   */
  public record Entry(String path, Kind kind, String expected, String actual) {
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(kind, "kind");
    }
  }

  public Drift {
    Objects.requireNonNull(directory, "directory");
    entries =
        entries.stream()
            .sorted(Comparator.comparing(Entry::path).thenComparing(Entry::kind))
            .toList();
  }

  /** Whether the folder holds exactly what the spec generates (files vsplit never wrote aside). */
  public boolean isClean() {
    return entries.isEmpty();
  }

  public List<String> missing() {
    return paths(Kind.MISSING);
  }

  public List<String> stale() {
    return paths(Kind.STALE);
  }

  public List<String> extra() {
    return paths(Kind.EXTRA);
  }

  public List<String> handEdited() {
    return paths(Kind.HAND_EDITED);
  }

  public List<String> notGenerated() {
    return paths(Kind.NOT_GENERATED);
  }

  private List<String> paths(Kind kind) {
    return entries.stream().filter(e -> e.kind == kind).map(Entry::path).toList();
  }

  /**
   * A message listing each file and its problem; for stale and hand-edited files, a unified diff
   * ({@code ---} what the spec generates, {@code +++} what the folder holds) of at most {@code
   * maxDiffLines} lines each, then the fix.
   */
  public String describe(int maxDiffLines) {
    return describe(maxDiffLines, Wording.NEUTRAL);
  }

  /**
   * {@link #describe(int)}, the fix worded by {@code wording}: the front end's command for
   * regenerating.
   */
  public String describe(int maxDiffLines, Wording wording) {
    if (maxDiffLines < 0) {
      throw new IllegalArgumentException("maxDiffLines must be 0 or more, was " + maxDiffLines);
    }
    if (isClean()) {
      return directory + " holds exactly what the spec generates.";
    }
    StringBuilder m =
        new StringBuilder()
            .append(entries.size() == 1 ? "1 file in " : entries.size() + " files in ")
            .append(directory)
            .append(entries.size() == 1 ? " differs" : " differ")
            .append(" from what the spec generates:");
    int width = 0;
    for (Kind k : Kind.values()) {
      width = Math.max(width, k.label.length());
    }
    for (Entry e : entries) {
      m.append("\n  ")
          .append(e.kind.label)
          .append(" ".repeat(width - e.kind.label.length() + 2))
          .append(e.path);
      switch (e.kind) {
        case EXTRA -> m.append(" (generated earlier; the spec no longer produces it)");
        case NOT_GENERATED -> m.append(" (no vsplit header: vsplit will not overwrite it)");
        case HAND_EDITED ->
            m.append(e.expected == null ? " (and the spec no longer produces it)" : "");
        default -> {}
      }
      if ((e.kind == Kind.STALE || e.kind == Kind.HAND_EDITED)
          && e.expected != null
          && e.actual != null) {
        appendDiff(m, e, maxDiffLines);
      }
    }
    m.append("\nTo fix: ")
        .append(wording.word(Fix.regenerate()))
        .append(" and commit the output folder.");
    if (!handEdited().isEmpty()) {
      m.append(
          "\nFor a file edited by hand: move the change into the spec, or delete the file to let vsplit regenerate it.");
    }
    if (!notGenerated().isEmpty()) {
      m.append(
          "\nFor a file vsplit did not generate: move it out of the output folder or delete it.");
    }
    return m.toString();
  }

  private static void appendDiff(StringBuilder m, Entry e, int max) {
    List<String> hunks =
        LineDiff.hunks(e.expected.replace("\r\n", "\n"), e.actual.replace("\r\n", "\n"));
    String indent = "\n      ";
    m.append(indent).append("--- ").append(e.path).append(" (generated from the spec)");
    m.append(indent).append("+++ ").append(e.path).append(" (in the folder)");
    int shown = Math.min(max, hunks.size());
    for (int i = 0; i < shown; i++) {
      m.append(indent).append(hunks.get(i));
    }
    if (hunks.size() > shown) {
      int more = hunks.size() - shown;
      m.append(indent).append("... ").append(more).append(more == 1 ? " more line" : " more lines");
    }
  }
}
