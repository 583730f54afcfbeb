package dev.vsplit.api;

import dev.vsplit.findings.Fix;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The step before any spec is loaded: are the compiled classes as new as their sources? A goal run
 * on its own ({@code check}, {@code explain}, {@code plan}, {@code scaffold} without {@code
 * compile}) would otherwise answer from the classes of the last compile: about a route already
 * reverted, or without a TeamSpec just written. A source is stale when the class file of its
 * top-level type is older than it; missing when no class file of it exists and the source changed
 * since the newest class was compiled (a source excluded from compilation on purpose, unchanged
 * since, is not reported). {@code package-info.java} and {@code module-info.java} are skipped.
 */
final class StaleClasses {

  /** How many sources a message names before it says how many more there are. */
  static final int SHOWN = 5;

  private StaleClasses() {}

  /**
   * Throws when a source file under the request's source roots is newer than its class.
   *
   * @param operation the operation about to run, for the fix ({@code null}: compile, no operation)
   * @throws StaleClassesException naming the sources, relative to the project
   */
  static void requireFresh(GenerateRequest request, String operation) throws IOException {
    List<Path> classFolders = classFolders(request);
    if (classFolders.isEmpty() || request.sourceRoots().isEmpty()) {
      return; // the classes come from elsewhere (a test's class path): nothing to compare with
    }
    FileTime newest = newestClass(classFolders);
    List<String> stale = new ArrayList<>();
    for (Path root : request.sourceRoots()) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> sources;
      try (Stream<Path> walk = Files.walk(root)) {
        sources =
            walk.filter(p -> p.getFileName().toString().endsWith(".java"))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (Path source : sources) {
        String problem = problem(root, source, classFolders, newest, request.projectDirectory());
        if (problem != null) {
          stale.add(problem);
        }
      }
    }
    if (!stale.isEmpty()) {
      throw new StaleClassesException(stale, message(stale, request, operation));
    }
  }

  /**
   * The folders the specs are loaded from: those scanned, else the directories on the class path.
   */
  private static List<Path> classFolders(GenerateRequest request) {
    if (!request.specDirectories().isEmpty()) {
      return request.specDirectories();
    }
    return request.classpath().stream().filter(p -> !p.toString().endsWith(".jar")).toList();
  }

  private static String problem(
      Path root, Path source, List<Path> classFolders, FileTime newest, Path project)
      throws IOException {
    String name = source.getFileName().toString();
    if (name.equals("package-info.java") || name.equals("module-info.java")) {
      return null;
    }
    String relative = root.relativize(source).toString().replace(File.separatorChar, '/');
    String classFile = relative.substring(0, relative.length() - ".java".length()) + ".class";
    FileTime sourceTime = Files.getLastModifiedTime(source);
    for (Path folder : classFolders) {
      Path compiled = folder.resolve(classFile);
      if (Files.isRegularFile(compiled)) {
        return Files.getLastModifiedTime(compiled).compareTo(sourceTime) < 0
            ? shown(project, source)
                + " (changed after "
                + shown(project, compiled)
                + " was compiled)"
            : null;
      }
    }
    if (newest != null && newest.compareTo(sourceTime) >= 0) {
      return null; // not compiled, and unchanged since the last compile: excluded on purpose
    }
    if (!declaresType(source, name.substring(0, name.length() - ".java".length()))) {
      return null;
    }
    return shown(project, source) + " (not compiled: no " + classFile + ")";
  }

  private static boolean declaresType(Path source, String type) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    return Pattern.compile("\\b(class|interface|enum|record)\\s+" + Pattern.quote(type) + "\\b")
        .matcher(text)
        .find();
  }

  private static FileTime newestClass(List<Path> folders) throws IOException {
    FileTime newest = null;
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          if (p.getFileName().toString().endsWith(".class") && Files.isRegularFile(p)) {
            FileTime t = Files.getLastModifiedTime(p);
            if (newest == null || t.compareTo(newest) > 0) {
              newest = t;
            }
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return newest;
  }

  private static String message(List<String> stale, GenerateRequest request, String operation) {
    StringBuilder m =
        new StringBuilder(
            stale.size() == 1
                ? "1 source file is newer than its compiled class"
                : stale.size() + " source files are newer than their compiled classes");
    m.append(", so the specs would run as they were at the last compile, not as they are now:");
    for (int i = 0; i < Math.min(SHOWN, stale.size()); i++) {
      m.append("\n  ").append(stale.get(i));
    }
    if (stale.size() > SHOWN) {
      m.append("\n  ... and ").append(stale.size() - SHOWN).append(" more");
    }
    Fix compile = operation == null ? Fix.compile() : Fix.compileThen(operation);
    m.append("\nCompile first")
        .append(request.wording().aside(compile))
        .append(", then run it again.");
    return m.toString();
  }

  private static String shown(Path project, Path file) {
    Path p = file.toAbsolutePath().normalize();
    Path base = project.toAbsolutePath().normalize();
    return p.startsWith(base)
        ? base.relativize(p).toString().replace(File.separatorChar, '/')
        : p.toString();
  }
}
