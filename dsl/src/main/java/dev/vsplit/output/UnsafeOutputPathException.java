package dev.vsplit.output;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Output paths vsplit refuses: absolute, not normalized, leading outside the output folder (also
 * through a symbolic link), or given twice. Nothing was written.
 */
public final class UnsafeOutputPathException extends OutputRefusedException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> problems;

  UnsafeOutputPathException(Path directory, Map<String, String> problems) {
    super(directory, message(directory, problems));
    this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
  }

  /** Each refused path, as given, and what is wrong with it, in the order found. */
  public Map<String, String> problems() {
    return problems;
  }

  private static String message(Path directory, Map<String, String> problems) {
    StringBuilder m =
        wroteNothing(directory, problems.size(), "1 output path is", "output paths are")
            .append(" not safe to write.");
    problems.forEach(
        (path, problem) -> m.append("\n  \"").append(path).append("\" ").append(problem));
    m.append(
        "\nOutput paths must be relative to the output folder and stay inside it;"
            + " a symbolic link inside it must not lead outside it.");
    return m.toString();
  }
}
