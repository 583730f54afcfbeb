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

  /** Whether anything in the folder changed. */
  public boolean changed() {
    return !written.isEmpty() || !deleted.isEmpty();
  }
}
