package dev.vsplit.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Whole folders, for tests that must prove a folder did not change: snapshot, copy, delete. */
public final class Folders {
  private Folders() {}

  /**
   * Every entry under {@code dir} (not following links): relative path to its exact content, {@code
   * <dir>} for folders, {@code -> target} for symbolic links. Empty when {@code dir} does not
   * exist.
   */
  public static Map<String, String> snapshot(Path dir) {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(p -> !p.equals(dir)).toList()) {
        String key = dir.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          out.put(key, "-> " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(key, "<dir>");
        } else {
          // ISO-8859-1 maps every byte to one character: equal strings are equal bytes.
          out.put(key, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Copies the tree {@code from} to {@code to} (which must not exist). */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  /**
   * Deletes the tree (links themselves, never what they lead to); nothing when it does not exist.
   */
  public static void delete(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
