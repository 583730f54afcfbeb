package dev.vsplit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The string literals of Java source files, so that tests can hold main code to rules about them:
 * comments are skipped, text blocks and escapes are read as {@code javac} reads them (for what the
 * checks need: the characters between the quotes).
 */
final class JavaSource {

  /**
   * One string or character literal: where it starts, and its text between the quotes, escapes as
   * written.
   */
  record Literal(Path file, int line, String text) {
    @Override
    public String toString() {
      return file + ":" + line + ": \"" + text + "\"";
    }
  }

  private JavaSource() {}

  /**
   * The main Java sources of each module of the project ({@code <module>/src/main/java}), from the
   * dsl module's folder.
   */
  static List<Path> mainSourcesOfAllModules() {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      for (Path module : modules.sorted().toList()) {
        Path main = module.resolve("src/main/java");
        if (Files.isRegularFile(module.resolve("pom.xml")) && Files.isDirectory(main)) {
          out.addAll(javaFiles(main));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Literal> literals(Path file) {
    try {
      return literals(file, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Literal> literals(Path file, String source) {
    List<Literal> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int start = i + 3;
        int end = start;
        while (end < n && !source.startsWith("\"\"\"", end)) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        out.add(new Literal(file, line, source.substring(start, Math.min(end, n))));
        line += count(source, i, Math.min(end, n));
        i = Math.min(end + 3, n);
      } else if (c == '"' || c == '\'') {
        int start = i + 1;
        int end = start;
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        out.add(new Literal(file, line, source.substring(start, Math.min(end, n))));
        i = Math.min(end + 1, n);
      } else {
        i++;
      }
    }
    return out;
  }

  /** The whole text with comments kept, for checks about every word a file holds. */
  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
