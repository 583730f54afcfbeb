package dev.vsplit.output;

import java.nio.file.Path;

/** Another vsplit generation is writing to the same output folder. Nothing was written. */
public final class OutputLockedException extends OutputRefusedException {
  private static final long serialVersionUID = 1L;

  private final transient Path lockFile;
  private final String holder;

  OutputLockedException(Path directory, Path lockFile, String holder) {
    super(
        directory,
        "vsplit wrote nothing to "
            + directory
            + ": another vsplit generation is writing there ("
            + holder
            + " holds "
            + lockFile
            + "). Wait for it to finish and run again."
            + " If no vsplit build is running, delete "
            + lockFile
            + ".");
    this.lockFile = lockFile;
    this.holder = holder;
  }

  public Path lockFile() {
    return lockFile;
  }

  /** Who holds it, as far as the lock file says: e.g. {@code process 1234}. */
  public String holder() {
    return holder;
  }
}
