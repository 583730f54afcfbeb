package dev.vsplit.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes single files atomically (a temporary file beside the target, then a move), and only when
 * their bytes change. A whole folder of generated files is {@link OutputDirectory}'s job.
 */
public final class OutputFiles {

  private OutputFiles() {}

  /**
   * Writes {@code content} to {@code file} unless it already holds exactly those bytes. A new file
   * gets the permissions the process's umask gives; a replaced one keeps its own.
   *
   * @return whether the file was written
   */
  public static boolean write(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file)
        && Files.size(file) == bytes.length
        && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: it makes the file owner-only (0600), whatever the umask says.
    Path temp = tempBeside(file.toAbsolutePath());
    try {
      OutputDirectory.writeDurably(temp, bytes);
      if (Files.isRegularFile(file)) {
        PosixFileAttributeView from =
            Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null) {
          to.setPermissions(from.readAttributes().permissions());
        }
      }
      OutputDirectory.moveIntoPlace(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }

  /**
   * A new hidden name beside {@code target} for writing it before the rename that publishes it:
   * {@code .name.<random>.tmp}, in the same folder so that the rename is atomic.
   *
   * @param target the file that will be written
   * @return the temporary file's path
   */
  public static Path tempBeside(Path target) {
    return target.resolveSibling(
        "."
            + target.getFileName()
            + "."
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
            + ".tmp");
  }
}
