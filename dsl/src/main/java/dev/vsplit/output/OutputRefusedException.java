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

  /** The output folder. */
  public Path directory() {
    return directory;
  }
}
