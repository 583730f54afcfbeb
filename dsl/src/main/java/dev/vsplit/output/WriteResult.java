package dev.vsplit.output;

import java.util.List;

/**
 * What {@link OutputDirectory#write} did. Paths are relative to the output folder, sorted.
 *
 * @param written files created or replaced, because their bytes changed
 * @param unchanged files that already held exactly these bytes, left untouched
 * @param deleted files vsplit had generated earlier and the spec no longer produces
 */
public record WriteResult(List<String> written, List<String> unchanged, List<String> deleted) {

  public WriteResult {
    written = written.stream().sorted().toList();
    unchanged = unchanged.stream().sorted().toList();
    deleted = deleted.stream().sorted().toList();
  }

  /** What was done, counted: {@code 3 written, 5 unchanged, 0 deleted}. */
  public String summary() {
    return written.size()
        + " written, "
        + unchanged.size()
        + " unchanged, "
        + deleted.size()
        + " deleted";
  }

  /** Whether anything in the folder changed. */
  public boolean changed() {
    return !written.isEmpty() || !deleted.isEmpty();
  }
}
