package dev.vsplit.codegen;

import dev.vsplit.output.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes new source files all or nothing, and never over an existing file: each is staged beside
 * its target, then linked into place (which fails if the target appeared meanwhile); any failure
 * removes what was placed.
 */
final class SourceFiles {

  private SourceFiles() {}

  /** The targets under {@code root} that exist already. */
  static List<Path> existing(Path root, Map<String, String> files) {
    List<Path> out = new ArrayList<>();
    for (String path : files.keySet()) {
      Path target = root.resolve(path);
      if (Files.exists(target)) {
        out.add(target);
      }
    }
    return out;
  }

  /** Writes every file under {@code root}; returns the paths written. */
  static List<Path> writeAll(Path root, Map<String, String> files) throws IOException {
    List<Path> staged = new ArrayList<>();
    List<Path> placed = new ArrayList<>();
    List<Path> createdDirs = new ArrayList<>();
    boolean done = false;
    try {
      List<Path> targets = new ArrayList<>();
      for (var e : files.entrySet()) {
        Path target = root.resolve(e.getKey());
        if (Files.exists(target)) {
          throw new FileAlreadyExistsException(
              target.toString(), null, "vsplit never overwrites a source file");
        }
        createDirectories(target.toAbsolutePath().getParent(), createdDirs);
        Path temp = OutputFiles.tempBeside(target);
        Files.write(temp, e.getValue().getBytes(StandardCharsets.UTF_8));
        staged.add(temp);
        targets.add(target);
      }
      for (int i = 0; i < targets.size(); i++) {
        Files.move(
            staged.get(i), targets.get(i)); // no REPLACE_EXISTING: fails if the file appeared
        placed.add(targets.get(i));
      }
      done = true;
      return placed;
    } finally {
      for (Path temp : staged) {
        Files.deleteIfExists(temp);
      }
      if (!done) {
        for (Path p : placed) {
          Files.deleteIfExists(p);
        }
        for (int i = createdDirs.size() - 1; i >= 0; i--) {
          try {
            Files.deleteIfExists(createdDirs.get(i));
          } catch (IOException ignored) {
            // not empty: something else lives there now
          }
        }
      }
    }
  }

  private static void createDirectories(Path dir, List<Path> created) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
      missing.add(0, d);
    }
    for (Path d : missing) {
      Files.createDirectory(d);
      created.add(d);
    }
  }

  /** Writes one new file; fails if it exists. */
  static Path writeNew(Path file, String text) throws IOException {
    return writeAll(file.toAbsolutePath().getParent(), Map.of(file.getFileName().toString(), text))
        .get(0);
  }
}
