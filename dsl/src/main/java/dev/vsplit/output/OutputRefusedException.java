package dev.vsplit.output;

import java.nio.file.Path;

/**
 * {@link OutputDirectory} refused to write, and wrote nothing: something the user must fix (a file
 * edited by hand, a file vsplit does not own, a path leading outside the folder, another generation
 * running). I/O failures are {@link java.io.IOException}s instead.
 */
public abstract sealed class OutputRefusedException extends RuntimeException
    permits OutputConflictException, UnsafeOutputPathException, OutputLockedException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  OutputRefusedException(Path directory, String message) {
    super(message);
    this.directory = directory;
  }

  /**
   * The start of every refusal's message: {@code vsplit wrote nothing to <where>: } and how many of
   * {@code count} things are wrong.
   *
   * @param one the words for one, e.g. {@code 1 output path is}
   * @param many the words after the count for more, e.g. {@code output paths are}
   */
  static StringBuilder wroteNothing(Object where, int count, String one, String many) {
    return new StringBuilder("vsplit wrote nothing to ")
        .append(where)
        .append(": ")
        .append(count == 1 ? one : count + " " + many);
  }

  /** The output folder. */
  public Path directory() {
    return directory;
  }
}
