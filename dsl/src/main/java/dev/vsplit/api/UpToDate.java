package dev.vsplit.api;

import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Whether {@link Vsplit#generate} may skip its work because nothing that decides the output folder
 * changed since the generation that wrote it. Two fingerprints, kept in a file under the build
 * folder ({@link GenerateRequest#upToDateFile}, never in the checked-in output folder):
 *
 * <ul>
 *   <li><b>inputs</b>, taken before the specs run: vsplit's own version and code; the request
 *       (every setting that reaches vsplit: classpath, spec classes, output folder, mesh options,
 *       the words the files' headers give for regenerating...); the bytes of every file in the
 *       class folders on the classpath (the specs, and any class they call, however indirectly:
 *       scanning for specs reads those files anyway); and the name, size and modification time of
 *       every jar on it. Jars are not hashed: a build may have hundreds of megabytes of them, a
 *       released jar never changes, and a rebuilt snapshot (or a different version, which is a
 *       different path) changes its size or time, as Maven's own staleness checks assume.
 *   <li><b>output</b>, taken after writing: every file in the output folder, with its size and
 *       modification time, so that a file deleted, added, edited or restored by a checkout since
 *       makes the next build generate again (and refuse a hand edit, as it always does).
 * </ul>
 *
 * <p>Only a generation that wrote the folder without error is recorded; anything else removes the
 * record, so the next build runs again and reports again. What specs read outside the classpath
 * (files, environment variables) is not seen: a front end's force option regenerates regardless.
 */
final class UpToDate {

  /** The first line of the record; a record in another format is never trusted. */
  static final String FORMAT = "vsplit up-to-date record, format 1";

  private static final String VERSION_RESOURCE =
      "/META-INF/maven/dev.vsplit/vsplit-dsl/pom.properties";

  private final GenerateRequest request;
  private final Path recordFile;
  private final String inputs;

  private UpToDate(GenerateRequest request, Path recordFile, String inputs) {
    this.request = request;
    this.recordFile = recordFile;
    this.inputs = inputs;
  }

  /**
   * The check for this request, its inputs fingerprinted now; empty when the request asks for none.
   */
  static Optional<UpToDate> of(GenerateRequest request) throws IOException {
    if (request.upToDateFile() == null) {
      return Optional.empty();
    }
    return Optional.of(new UpToDate(request, request.upToDateFile(), inputs(request)));
  }

  /**
   * The spec classes of the recorded generation, when its inputs are the ones fingerprinted now and
   * the output folder is as it left it; empty when the specs must run.
   */
  Optional<List<String>> unchanged() throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(recordFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // unreadable: generate, and write a new one
    }
    if (lines.size() < 4
        || !lines.get(0).equals(FORMAT)
        || !lines.get(1).equals("inputs " + inputs)
        || !lines.get(2).equals("output " + output(request.outputDirectory()))) {
      return Optional.empty();
    }
    String specs = lines.get(3);
    if (!specs.startsWith("specs ")) {
      return Optional.empty();
    }
    String names = specs.substring("specs ".length());
    return Optional.of(names.isEmpty() ? List.of() : List.of(names.split(",")));
  }

  /**
   * Records a generation that wrote the output folder without error, so that the next build with
   * the same inputs can skip it; removes the record after any other outcome. Best effort: a record
   * that cannot be written only means the next build generates again.
   */
  void record(GenerateResult result) {
    try {
      if (result.written() == null || result.hasErrors() || result.noSpecs()) {
        Files.deleteIfExists(recordFile);
        return;
      }
      String text =
          FORMAT
              + "\ninputs "
              + inputs
              + "\noutput "
              + output(request.outputDirectory())
              + "\nspecs "
              + String.join(",", result.specClasses())
              + "\n";
      Path parent = recordFile.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, recordFile.getFileName().toString(), ".tmp");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
          Files.move(
              temporary,
              recordFile,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, recordFile, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | UncheckedIOException e) {
      try {
        Files.deleteIfExists(recordFile); // never leave a record that might claim too much
      } catch (IOException ignored) {
        // the next build finds a record whose output fingerprint no longer matches, at worst
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // fingerprints

  /** vsplit's version and code, the request, and everything on the classpath. */
  static String inputs(GenerateRequest request) throws IOException {
    Digest d = new Digest();
    d.add(FORMAT);
    d.add("vsplit " + version());
    Path own = ownCode();
    d.add("vsplit code " + own);
    entry(d, own);
    // the wording by what it writes into the folder (the headers' words), not by its identity
    d.add("request " + request.withUpToDateFile(null).withWording(Wording.NEUTRAL));
    d.add("regenerate " + request.wording().word(Fix.regenerate()));
    Set<Path> entries = new LinkedHashSet<>(request.classpath());
    entries.addAll(request.specDirectories());
    for (Path entry : entries) {
      d.add("classpath " + entry);
      entry(d, entry);
    }
    return d.hex();
  }

  /**
   * Every file of the output folder (vsplit's lock and staging folders aside): path, size, time.
   */
  static String output(Path directory) throws IOException {
    Digest d = new Digest();
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      d.add("absent");
      return d.hex();
    }
    List<String> files = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path p, BasicFileAttributes attrs) {
            return isReserved(dir, p) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
            if (!isReserved(dir, p)) {
              files.add(
                  dir.relativize(p).toString().replace('\\', '/')
                      + " "
                      + attrs.size()
                      + " "
                      + attrs.lastModifiedTime().toMillis()
                      + (attrs.isSymbolicLink() ? " link" : ""));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    files.forEach(d::add);
    return d.hex();
  }

  /** vsplit's lock file and staging folders, which come and go with every write. */
  private static boolean isReserved(Path dir, Path p) {
    return p.getParent() != null
        && p.getParent().equals(dir)
        && p.getFileName().toString().startsWith(".vsplit");
  }

  /**
   * A class folder by the content of its files; a jar (or any other file) by its name, size and
   * time.
   */
  private static void entry(Digest d, Path entry) throws IOException {
    if (entry == null) {
      d.add("unknown");
      return;
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(entry, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      d.add("missing");
      return;
    }
    if (!attrs.isDirectory()) {
      d.add("file " + attrs.size() + " " + attrs.lastModifiedTime().toMillis());
      return;
    }
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        entry,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
            if (a.isRegularFile()) {
              files.add(p);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    for (Path f : files) {
      d.add(entry.relativize(f).toString().replace('\\', '/'));
      d.add(Files.readAllBytes(f));
    }
  }

  /** vsplit's version as Maven packaged it; {@code unknown} when run from classes. */
  private static String version() throws IOException {
    try (InputStream in = Vsplit.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    }
  }

  /**
   * Where vsplit's classes come from (its jar, or its class folder in a build of vsplit itself).
   */
  private static Path ownCode() {
    CodeSource source = Vsplit.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path p = Path.of(source.getLocation().toURI());
      return Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? p : null;
    } catch (URISyntaxException
        | IllegalArgumentException
        | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  /**
   * SHA-256 over length-prefixed parts, so that no two different lists of parts collide by
   * concatenation.
   */
  private static final class Digest {
    private final MessageDigest sha;

    Digest() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    void add(String text) {
      add(text.getBytes(StandardCharsets.UTF_8));
    }

    void add(byte[] bytes) {
      sha.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
      sha.update(bytes);
    }

    String hex() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }
}
