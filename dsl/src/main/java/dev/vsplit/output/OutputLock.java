package dev.vsplit.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps two generations from writing into one output folder at once: a {@value #FILE_NAME} file in
 * the folder, created with {@code CREATE_NEW}, holding an OS lock ({@link FileChannel#tryLock}) and
 * the holder's process id, and deleted when the generation ends.
 *
 * <p><b>Stale locks.</b> The file is only a name; the OS lock on it is what counts. The OS releases
 * that lock when its process ends, however it ends ({@code kill -9}, a crash, a power-off of a
 * build agent reusing the workspace), so a lock file that no process holds an OS lock on was left
 * by a dead process: it is taken over, never waited for. Where the file system cannot lock (some
 * network file systems), an existing lock file is treated as held and the message says to delete it
 * when no build runs. A lock won on a file that its holder deleted meanwhile (the holder deletes
 * it, then releases) is noticed, because the name no longer leads to the locked file, and retried.
 *
 * <p><b>One JVM.</b> Threads of one JVM (Maven's {@code -T}) are kept apart by a set of held
 * folders before any file is touched, because POSIX locks belong to a process: a second channel on
 * the file would not be refused by the OS, and closing it could drop the first one's lock. The set
 * is per class loader; Maven loads a plugin once per build, so its mojos share it. (A lock file
 * that names this process's own id is not trusted as held: in containers, a crashed build's JVM and
 * the next one often have the same small pid.)
 */
final class OutputLock implements AutoCloseable {

  static final String FILE_NAME = ".vsplit.lock";

  /** The byte locked: far past the content, so that Windows' mandatory locks leave it readable. */
  private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

  private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();
  private static final Pattern PID = Pattern.compile("(?m)^pid=(\\d+)$");
  private static final long OWN_PID = ProcessHandle.current().pid();

  private final Path directory;
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final FileChannel witness;

  private OutputLock(
      Path directory, Path file, FileChannel channel, FileLock lock, FileChannel witness) {
    this.directory = directory;
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.witness = witness;
  }

  /**
   * Takes the lock on {@code realDirectory} (an existing folder, as {@link Path#toRealPath} gives
   * it), or refuses.
   *
   * @param shownDirectory the folder as the user named it, for messages
   * @throws OutputLockedException when another generation holds it
   */
  static OutputLock acquire(Path realDirectory, Path shownDirectory) throws IOException {
    Path file = realDirectory.resolve(FILE_NAME);
    if (!HELD_IN_THIS_JVM.add(realDirectory)) {
      throw new OutputLockedException(
          shownDirectory, file, "another thread of this process (" + OWN_PID + ")");
    }
    try {
      // Another round when the file vanished between seeing it and locking it (its holder
      // finished).
      for (int round = 0; round < 3; round++) {
        OutputLock lock = tryAcquire(realDirectory, shownDirectory, file);
        if (lock != null) {
          return lock;
        }
      }
      throw new OutputLockedException(shownDirectory, file, holder(file));
    } catch (IOException | RuntimeException | Error e) {
      HELD_IN_THIS_JVM.remove(realDirectory);
      throw e;
    }
  }

  /** The lock, {@code null} to try again, or an {@link OutputLockedException}. */
  private static OutputLock tryAcquire(Path realDirectory, Path shownDirectory, Path file)
      throws IOException {
    FileChannel channel;
    boolean created;
    try {
      channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      created = true;
    } catch (FileAlreadyExistsException e) {
      try {
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (NoSuchFileException gone) {
        return null; // its holder just finished
      }
      created = false;
    }
    FileLock lock;
    try {
      lock = channel.tryLock(LOCK_POSITION, 1, false);
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      if (!created) {
        channel.close();
        throw new OutputLockedException(
            shownDirectory,
            file,
            holder(file) + ", as far as can be told on a file system without locks");
      }
      // No OS locks here: CREATE_NEW alone keeps others out; a crash leaves the file to delete by
      // hand.
      return hold(realDirectory, file, channel, null, true);
    }
    if (lock == null) {
      channel.close();
      throw new OutputLockedException(shownDirectory, file, holder(file));
    }
    return hold(realDirectory, file, channel, lock, created);
  }

  /**
   * Writes this process's id into the file and checks that its name still leads to the file locked.
   */
  private static OutputLock hold(
      Path realDirectory, Path file, FileChannel channel, FileLock lock, boolean created)
      throws IOException {
    byte[] content =
        ("pid="
                + OWN_PID
                + "\n"
                + "# vsplit is writing this folder; this file goes away when it is done.\n")
            .getBytes(StandardCharsets.UTF_8);
    FileChannel witness = null;
    try {
      channel.truncate(0);
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer, buffer.position());
      }
      channel.force(true);
      if (lock != null) {
        witness = sameFile(file);
        if (witness == null) {
          // Its holder finished and deleted it after we opened it: what we locked has no name any
          // more.
          release(lock, channel);
          return null;
        }
      }
      return new OutputLock(realDirectory, file, channel, lock, witness);
    } catch (IOException | RuntimeException | Error e) {
      // Writing the holder's id failed (a full disk, say): the file is ours (created now, or taken
      // over from a dead holder), so it goes, or the output folder would keep a lock file.
      if (created || lock != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException | RuntimeException deleteFailed) {
          e.addSuppressed(deleteFailed);
        }
      }
      try {
        release(lock, channel);
      } catch (IOException | RuntimeException releaseFailed) {
        e.addSuppressed(releaseFailed);
      }
      if (witness != null) {
        witness.close();
      }
      throw e;
    }
  }

  /**
   * A second channel on whatever {@code file} names now, when that is the file this JVM just
   * locked; else {@code null}. The path is opened, never read and closed: closing any descriptor of
   * a file drops the process's POSIX locks on it, so the witness stays open until {@link #close}.
   * Whether it is the same file, this JVM's lock table tells: it refuses an overlapping lock on the
   * same file.
   */
  private static FileChannel sameFile(Path file) throws IOException {
    FileChannel candidate;
    try {
      candidate = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      return null;
    }
    try {
      FileLock other = candidate.tryLock(LOCK_POSITION, 1, false);
      if (other != null) {
        other.release();
      }
    } catch (OverlappingFileLockException same) {
      return candidate;
    } catch (IOException | RuntimeException | Error e) {
      candidate.close();
      throw e;
    }
    candidate.close(); // another file: lockable or locked by someone else, either way not ours
    return null;
  }

  private static void release(FileLock lock, FileChannel channel) throws IOException {
    try {
      if (lock != null) {
        lock.release();
      }
    } finally {
      channel.close();
    }
  }

  /**
   * Deletes the file while still holding the lock, then releases it. A file that cannot be deleted
   * stays, unlocked: the next generation takes it over as a dead holder's and deletes it. That is
   * no reason to fail a generation whose output is complete, so it is not thrown.
   */
  @Override
  public void close() throws IOException {
    try {
      try {
        Files.deleteIfExists(file);
      } catch (IOException once) {
        Files.deleteIfExists(file); // a second try, for a passing hiccup
      }
    } catch (IOException leftForTheNextRun) {
      // see above
    } finally {
      try {
        release(lock, channel);
      } finally {
        try {
          if (witness != null) {
            witness.close();
          }
        } finally {
          HELD_IN_THIS_JVM.remove(directory);
        }
      }
    }
  }

  private static Long pid(Path file) {
    try {
      Matcher m = PID.matcher(Files.readString(file, StandardCharsets.UTF_8));
      return m.find() ? Long.valueOf(m.group(1)) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String holder(Path file) {
    Long pid = pid(file);
    return pid == null ? "another process" : "process " + pid;
  }
}
