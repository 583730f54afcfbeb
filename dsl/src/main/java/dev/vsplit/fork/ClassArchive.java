package dev.vsplit.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A class-data sharing archive of vsplit's own classes (AppCDS), which the forks map instead of
 * loading and verifying those classes from the jars again: about a third of a fork's CPU time. It
 * is made once per vsplit classpath, JDK and fork options (its file name is a hash of them), by a
 * JVM that runs vsplit's own {@link Training} specs on vsplit's classpath only, never a project's
 * code; the forks of that run start at the same time without it.
 *
 * <p>An archive only ever costs time, never the build: there is none when vsplit's classpath holds
 * a folder (the JVM archives classes from jars only), when the folder for it is not this user's
 * alone, or when making it fails. A finished archive is moved in place atomically, then a file
 * beside it that names what it was made for and its size; an archive without that file, made for
 * something else, or of another size (truncated: the JVM that maps it would crash) is not used but
 * made again. The JVM itself refuses, silently with the options below, an archive whose jars or JDK
 * changed.
 */
final class ClassArchive {

  /** What the forks' JVM says about the archive stays out of their output, which users see. */
  static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:class+path=off");

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  private final Path archive;
  private final String key;
  private final boolean usable;

  private ClassArchive(Path archive, String key, boolean usable) {
    this.archive = archive;
    this.key = key;
    this.usable = usable;
  }

  /** No archive: the forks load every class from the jars. */
  static final ClassArchive NONE = new ClassArchive(null, null, false);

  /**
   * The archive for these forks, in {@code directory}.
   *
   * @param directory where archives are kept; {@code null} for none
   * @param vsplitClasspath vsplit's classes and libraries, the start of each fork's classpath
   * @param jvmOptions the forks' JVM options
   * @return the archive, usable or to be made; {@link #NONE} when there can be none
   */
  static ClassArchive of(Path directory, List<Path> vsplitClasspath, List<String> jvmOptions) {
    if (directory == null || vsplitClasspath.isEmpty()) {
      return NONE;
    }
    try {
      StringBuilder key = new StringBuilder();
      key.append(System.getProperty("java.home")).append('\n');
      key.append(System.getProperty("java.vm.version")).append('\n');
      key.append(String.join(" ", jvmOptions)).append('\n');
      for (Path p : vsplitClasspath) {
        if (!Files.isRegularFile(p) || !p.getFileName().toString().endsWith(".jar")) {
          return NONE;
        }
        key.append(p.toAbsolutePath().normalize())
            .append(' ')
            .append(Files.size(p))
            .append(' ')
            .append(Files.getLastModifiedTime(p).toMillis())
            .append('\n');
      }
      if (!ownFolder(directory)) {
        return NONE;
      }
      Path archive = directory.resolve(Long.toUnsignedString(fnv64(key), 16) + ".jsa");
      return new ClassArchive(archive, key.toString(), intact(archive, key.toString()));
    } catch (IOException | RuntimeException e) {
      return NONE;
    }
  }

  /**
   * Where archives are kept by default: a folder of this user's own in the temporary folder.
   *
   * @return the folder
   */
  static Path defaultDirectory() {
    return Path.of(
        System.getProperty("java.io.tmpdir"),
        "vsplit-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"),
        "class-archives");
  }

  /** Whether the forks can map the archive now. */
  boolean usable() {
    return usable;
  }

  /** Whether there is no archive yet that could be made. */
  boolean toMake() {
    return archive != null && !usable;
  }

  /** The archive file; {@code null} for {@link #NONE}. */
  Path file() {
    return archive;
  }

  /**
   * The forks' JVM options: {@code base}, and the archive's when it is usable.
   *
   * @param base the forks' own options
   * @return the options
   */
  List<String> options(List<String> base) {
    if (!usable) {
      return base;
    }
    List<String> out = new ArrayList<>(base);
    out.addAll(QUIET);
    out.add("-XX:SharedArchiveFile=" + archive);
    return out;
  }

  /**
   * Starts the JVM that makes the archive, at the same time as the forks.
   *
   * @param vsplitClasspath vsplit's classes and libraries, its whole classpath
   * @param jvmOptions the forks' JVM options
   * @param work the run's working folder, for its output
   * @return the JVM, or {@code null} when there is nothing to make or it did not start
   */
  Maker startMaking(List<Path> vsplitClasspath, List<String> jvmOptions, Path work) {
    if (!toMake()) {
      return null;
    }
    Path partial =
        archive.resolveSibling(
            archive.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime());
    List<String> options = new ArrayList<>(jvmOptions);
    options.addAll(QUIET);
    options.add("-XX:ArchiveClassesAtExit=" + partial);
    try {
      return new Maker(
          Fork.start(vsplitClasspath, options, work, "archive", List.of(ForkMain.TRAIN)), partial);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The JVM that makes the archive, and the file it writes. */
  final class Maker {
    private final Fork fork;
    private final Path partial;

    Maker(Fork fork, Path partial) {
      this.fork = fork;
      this.partial = partial;
    }

    /**
     * Waits for the JVM, then puts the archive in place and what it was made for; nothing that goes
     * wrong here is the build's problem.
     *
     * @param timeout how long the JVM may take
     * @return whether the archive is in place
     */
    boolean finish(Duration timeout) {
      try {
        Fork.Ended ended = fork.await(timeout);
        if (ended.problem() != null || !Files.isRegularFile(partial)) {
          return false;
        }
        long size = Files.size(partial);
        move(partial, archive);
        Path about = about(archive);
        Path aboutPartial = about.resolveSibling(partial.getFileName() + ".about");
        Files.writeString(aboutPartial, key + "size " + size + "\n", StandardCharsets.UTF_8);
        move(aboutPartial, about);
        return true;
      } catch (IOException | RuntimeException e) {
        return false;
      } catch (InterruptedException e) {
        fork.stop();
        Thread.currentThread().interrupt();
        return false;
      } finally {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException e) {
          // a temporary file left behind costs nothing but space
        }
      }
    }
  }

  /**
   * Whether the archive is the one made for {@code key}, whole: the file beside it, written after
   * the archive was moved in place, names the key and the archive's size.
   */
  private static boolean intact(Path archive, String key) {
    try {
      return Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)
          && Files.readString(about(archive), StandardCharsets.UTF_8)
              .equals(key + "size " + Files.size(archive) + "\n");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The file that says what {@code archive} was made for. */
  private static Path about(Path archive) {
    return archive.resolveSibling(archive.getFileName() + ".about");
  }

  /** FNV-1a, 64 bits: a file name for the key, which the file beside the archive holds whole. */
  private static long fnv64(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /**
   * Makes the folder if need be, for this user only, and says whether it is this user's alone: an
   * archive another user could write would be code run in the build.
   */
  private static boolean ownFolder(Path directory) throws IOException {
    if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return false;
    }
    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    String user = System.getProperty("user.name");
    for (Path d : new Path[] {directory, directory.toAbsolutePath().getParent()}) {
      if (d == null) {
        continue;
      }
      if (Files.isSymbolicLink(d)
          || !Files.getOwner(d, LinkOption.NOFOLLOW_LINKS).getName().equals(user)) {
        return false;
      }
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(d, LinkOption.NOFOLLOW_LINKS);
      if (p.contains(PosixFilePermission.GROUP_WRITE)
          || p.contains(PosixFilePermission.OTHERS_WRITE)) {
        return false;
      }
    }
    return true;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
