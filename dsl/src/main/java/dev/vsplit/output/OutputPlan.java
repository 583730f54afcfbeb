package dev.vsplit.output;

import dev.vsplit.output.OutputConflictException.Conflict;
import dev.vsplit.output.OutputConflictException.Reason;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the output folder holds compared with what the spec produces: the one reading of the folder
 * that both {@link OutputDirectory#write} and {@link OutputDirectory#check} act on.
 */
final class OutputPlan {

  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final byte[] HEADER_START = Header.PREFIX.getBytes(StandardCharsets.UTF_8);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  enum State {
    MISSING,
    SAME,
    DIFFERENT,
    HAND_EDITED,
    NOT_GENERATED
  }

  // Target and Extra are classes, not records: a record's equals would compare their bytes by
  // identity and everything else by value.

  /**
   * A file the spec produces. Its bytes, and what the folder holds at its path, are kept only where
   * a later step needs them: a file that is already up to date keeps neither, and a missing one is
   * rendered when it is staged, so that a folder of a large mesh is never held whole.
   */
  static final class Target {
    private final GeneratedFile file;
    private final Path real;
    private final String key;
    private final State state;
    private final byte[] expected;
    private final boolean exists;
    private final byte[] actual;
    private final String blocker;

    Target(
        GeneratedFile file,
        Path real,
        String key,
        State state,
        byte[] expected,
        byte[] actual,
        String blocker) {
      this.file = file;
      this.real = real;
      this.key = key;
      this.state = state;
      this.exists = actual != null;
      // Up to date: nothing to write, nothing to show; the bytes are dropped.
      this.expected = state == State.SAME ? null : expected;
      this.actual = state == State.SAME ? null : actual;
      this.blocker = blocker;
    }

    GeneratedFile file() {
      return file;
    }

    Path real() {
      return real;
    }

    State state() {
      return state;
    }

    /** The bytes to write: kept when they were rendered to compare, else rendered now. */
    byte[] expected() {
      return expected != null ? expected : file.bytes();
    }

    /** Writes the bytes {@link #expected} returns, rendering them slice by slice when not kept. */
    void writeExpected(OutputStream out) throws IOException {
      if (expected != null) {
        out.write(expected);
      } else {
        file.writeTo(out);
      }
    }

    /** What the folder holds at the path; {@code null} when nothing, or when up to date. */
    byte[] actual() {
      return actual;
    }

    String blocker() {
      return blocker;
    }

    boolean exists() {
      return exists;
    }
  }

  /** A file vsplit generated earlier that the spec no longer produces. */
  static final class Extra {
    private final String key;
    private final Path real;
    private final byte[] actual;
    private final boolean handEdited;

    Extra(String key, Path real, byte[] actual, boolean handEdited) {
      this.key = key;
      this.real = real;
      this.actual = actual;
      this.handEdited = handEdited;
    }

    String key() {
      return key;
    }

    Path real() {
      return real;
    }

    byte[] actual() {
      return actual;
    }

    boolean handEdited() {
      return handEdited;
    }
  }

  final Path shown;
  final Path realDir;
  final List<Target> targets;
  final List<Extra> extras;

  private OutputPlan(Path shown, Path realDir, List<Target> targets, List<Extra> extras) {
    this.shown = shown;
    this.realDir = realDir;
    this.targets = targets;
    this.extras = extras;
  }

  /**
   * Checks the paths as text, before the file system is touched: relative, normalized, no
   * duplicates (also ignoring case, as macOS and Windows do), no file that is also a folder.
   */
  static void checkPaths(Path shown, Path label, List<GeneratedFile> files) {
    Map<String, String> problems = new LinkedHashMap<>();
    Map<String, String> seen = new HashMap<>();
    Set<String> folders = new HashSet<>();
    List<GeneratedFile> valid = new ArrayList<>();
    for (GeneratedFile f : files) {
      String problem = RelativePaths.problem(f.path());
      if (problem == null) {
        problem = tooLong(shown, f.path());
      }
      if (problem != null) {
        problems.put(f.path(), problem);
        continue;
      }
      String lower = f.path().toLowerCase(Locale.ROOT);
      String previous = seen.putIfAbsent(lower, f.path());
      if (previous != null) {
        problems.put(
            f.path(),
            previous.equals(f.path())
                ? "is given twice"
                : "names the same file as \""
                    + previous
                    + "\" on file systems that ignore case (macOS, Windows)");
        continue;
      }
      valid.add(f);
      for (int slash = lower.indexOf('/'); slash >= 0; slash = lower.indexOf('/', slash + 1)) {
        folders.add(lower.substring(0, slash));
      }
    }
    for (GeneratedFile f : valid) {
      if (folders.contains(f.path().toLowerCase(Locale.ROOT))) {
        problems.put(f.path(), "is also the folder of another output file");
      }
    }
    if (!problems.isEmpty()) {
      throw new UnsafeOutputPathException(label, problems);
    }
  }

  /** A folder that does not exist yet: every file is missing, nothing is extra. */
  static OutputPlan empty(Path shown, List<GeneratedFile> files) {
    List<Target> targets = new ArrayList<>();
    for (GeneratedFile f : files) {
      targets.add(new Target(f, null, f.path(), State.MISSING, null, null, null));
    }
    return new OutputPlan(shown, null, targets, List.of());
  }

  /**
   * Reads the folder: resolves each path through the real file system (refusing symbolic links that
   * lead outside {@code realDir}), classifies what is there, and finds vsplit's files no longer
   * produced.
   *
   * @param label the folder as messages name it
   * @param files already passed {@link #checkPaths}
   */
  static OutputPlan scan(Path shown, Path label, Path realDir, List<GeneratedFile> files)
      throws IOException {
    Map<String, String> problems = new LinkedHashMap<>();
    Map<String, String> realKeys = new HashMap<>();
    List<Target> targets = new ArrayList<>();
    for (GeneratedFile f : files) {
      Resolved r = resolve(realDir, f.path());
      if (r.problem == null && r.real != null) {
        r =
            new Resolved(
                r.real,
                r.key,
                r.blocker,
                tooLong(r.real.getParent(), r.real.getFileName().toString()));
      }
      if (r.problem != null) {
        problems.put(f.path(), r.problem);
        continue;
      }
      String previous = realKeys.putIfAbsent(r.key.toLowerCase(Locale.ROOT), f.path());
      if (previous != null) {
        problems.put(
            f.path(), "leads, through a symbolic link, to the same file as \"" + previous + "\"");
        continue;
      }
      targets.add(classify(f, r));
    }
    if (!problems.isEmpty()) {
      throw new UnsafeOutputPathException(label, problems);
    }
    Set<String> produced = new HashSet<>();
    targets.forEach(t -> produced.add(t.key));
    return new OutputPlan(shown, realDir, targets, extras(realDir, produced));
  }

  /** Everything vsplit must not touch, all at once. */
  List<Conflict> conflicts() {
    List<Conflict> out = new ArrayList<>();
    for (Target t : targets) {
      if (t.state == State.HAND_EDITED) {
        out.add(new Conflict(t.file.path(), Reason.HAND_EDITED, true));
      } else if (t.state == State.NOT_GENERATED) {
        out.add(
            new Conflict(
                t.blocker != null ? t.blocker : t.file.path(), Reason.NOT_GENERATED, true));
      }
    }
    for (Extra e : extras) {
      if (e.handEdited) {
        out.add(new Conflict(e.key, Reason.HAND_EDITED, false));
      }
    }
    out.sort(Comparator.comparing(Conflict::path));
    return out;
  }

  /** The longest path, in bytes, that Linux opens (PATH_MAX, 4096, less its terminating NUL). */
  static final int MAX_PATH_BYTES = 4095;

  /** Why {@code folder/path} is longer than file systems open, or {@code null}. */
  private static String tooLong(Path folder, String path) {
    int bytes = folder.resolve(path).toString().getBytes(StandardCharsets.UTF_8).length;
    return bytes <= MAX_PATH_BYTES
        ? null
        : "would be a path of "
            + bytes
            + " bytes in the output folder; file systems open paths of at most "
            + MAX_PATH_BYTES;
  }

  private record Resolved(Path real, String key, String blocker, String problem) {
    /** A path that cannot be written safely, and why. */
    static Resolved unsafe(String problem) {
      return new Resolved(null, null, null, problem);
    }
  }

  private static Resolved resolve(Path realDir, String path) throws IOException {
    String[] segments = path.split("/", -1);
    Path current = realDir;
    for (int k = 0; k < segments.length; k++) {
      Path next = current.resolve(segments[k]);
      if (Files.isSymbolicLink(next)) {
        String link = key(realDir, next);
        Path real;
        try {
          real = next.toRealPath();
        } catch (NoSuchFileException e) {
          return Resolved.unsafe(
              "goes through the symbolic link \"" + link + "\", which leads nowhere");
        } catch (FileSystemException e) {
          // A link to itself, or a circle of links: ELOOP, "Too many levels of symbolic links".
          return Resolved.unsafe(
              "goes through the symbolic link \""
                  + link
                  + "\", which cannot be followed ("
                  + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason())
                  + "; a link that leads to itself?)");
        }
        if (!real.startsWith(realDir) || real.equals(realDir)) {
          return Resolved.unsafe(
              "goes through the symbolic link \""
                  + link
                  + "\", which leads "
                  + (real.equals(realDir)
                      ? "back to the output folder itself"
                      : "outside the output folder, to " + real));
        }
        next = real;
      }
      boolean last = k == segments.length - 1;
      if (!last && Files.exists(next, NOFOLLOW) && !Files.isDirectory(next, NOFOLLOW)) {
        return new Resolved(next, key(realDir, next), key(realDir, next), null);
      }
      current = next;
    }
    return new Resolved(current, key(realDir, current), null, null);
  }

  /**
   * What is at the file's path. The file is rendered only to compare it with a file that is there;
   * otherwise when it is staged (see {@link Target#expected}).
   */
  private static Target classify(GeneratedFile f, Resolved r) throws IOException {
    if (r.blocker != null) {
      return new Target(f, r.real, r.key, State.NOT_GENERATED, null, null, r.blocker);
    }
    if (!Files.exists(r.real, NOFOLLOW)) {
      return new Target(f, r.real, r.key, State.MISSING, null, null, null);
    }
    if (!Files.isRegularFile(r.real, NOFOLLOW)) {
      return new Target(f, r.real, r.key, State.NOT_GENERATED, null, new byte[0], null);
    }
    byte[] expected = f.bytes();
    byte[] actual = Files.readAllBytes(r.real);
    var parsed = Header.parse(new String(actual, StandardCharsets.UTF_8));
    State state;
    if (parsed.isEmpty()) {
      state = State.NOT_GENERATED;
    } else if (parsed.get().editedByHand()) {
      state = State.HAND_EDITED;
    } else {
      state = sameText(expected, actual) ? State.SAME : State.DIFFERENT;
    }
    return new Target(f, r.real, r.key, state, expected, actual, null);
  }

  /**
   * Equal bytes, or equal once {@code \r\n} is read as {@code \n}: a checkout with git's {@code
   * core.autocrlf} is not a change, for {@code write} (no rewrite) as for {@code check} (no drift).
   */
  static boolean sameText(byte[] expected, byte[] actual) {
    if (Arrays.equals(expected, actual)) {
      return true;
    }
    String text = new String(actual, StandardCharsets.UTF_8);
    return text.contains("\r\n")
        && Arrays.equals(expected, text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static List<Extra> extras(Path realDir, Set<String> produced) throws IOException {
    List<Extra> out = new ArrayList<>();
    Files.walkFileTree(
        realDir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(realDir) || !ignored(realDir, dir)
                ? FileVisitResult.CONTINUE
                : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            // Links are not followed: a symbolic link is never read through, nor deleted.
            if (attrs.isRegularFile()
                && !ignored(realDir, file)
                && !produced.contains(key(realDir, file))) {
              byte[] actual = readIfGenerated(file);
              if (actual != null) {
                var parsed = Header.parse(new String(actual, StandardCharsets.UTF_8)).orElseThrow();
                out.add(new Extra(key(realDir, file), file, actual, parsed.editedByHand()));
              }
            }
            return FileVisitResult.CONTINUE;
          }
        });
    out.sort(Comparator.comparing(Extra::key));
    return out;
  }

  /** git's folder, and vsplit's own lock file and staging folders at the top. */
  private static boolean ignored(Path realDir, Path p) {
    String name = p.getFileName().toString();
    return name.equals(".git")
        || (p.getParent().equals(realDir) && name.startsWith(RelativePaths.RESERVED_PREFIX));
  }

  /**
   * The file's bytes when it starts with a vsplit header, else {@code null}, reading only its
   * start.
   */
  private static byte[] readIfGenerated(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(BOM.length + HEADER_START.length);
      int from =
          Arrays.equals(start, 0, Math.min(BOM.length, start.length), BOM, 0, BOM.length)
              ? BOM.length
              : 0;
      if (start.length - from < HEADER_START.length
          || !Arrays.equals(
              start, from, from + HEADER_START.length, HEADER_START, 0, HEADER_START.length)) {
        return null;
      }
      byte[] rest = in.readAllBytes();
      byte[] all = Arrays.copyOf(start, start.length + rest.length);
      System.arraycopy(rest, 0, all, start.length, rest.length);
      return all;
    }
  }

  static String key(Path realDir, Path p) {
    return realDir.relativize(p).toString().replace(File.separatorChar, '/');
  }
}
