package dev.vsplit.output;

import java.io.File;
import java.nio.file.Path;

/**
 * Paths as messages show them: relative to the project's folder when they lie inside it, so that a
 * message names {@code istio/ns1/virtualservice-vs-1.yaml} as the user knows it, not the absolute
 * path of one machine's checkout.
 */
final class Shown {

  private Shown() {}

  /**
   * A folder relative to {@code base}, ending in {@code /} ({@code istio/}); its absolute path when
   * outside {@code base} or when there is no base.
   */
  static String folder(Path base, Path dir) {
    Path d = dir.toAbsolutePath().normalize();
    if (base == null) {
      return d.toString();
    }
    Path b = base.toAbsolutePath().normalize();
    return d.startsWith(b) && !d.equals(b) ? slashes(b.relativize(d)) + "/" : d.toString();
  }

  /** A file of the folder {@code dir}, relative to {@code base} when inside it, else absolute. */
  static String file(Path base, Path dir, String path) {
    Path f = dir.toAbsolutePath().normalize().resolve(path).normalize();
    Path b = base.toAbsolutePath().normalize();
    return f.startsWith(b) && !f.equals(b) ? slashes(b.relativize(f)) : f.toString();
  }

  /** A label as the {@link Path} exceptions carry for their message. */
  static Path asPath(String label) {
    return Path.of(
        label.endsWith("/") && label.length() > 1 ? label.substring(0, label.length() - 1) : label);
  }

  private static String slashes(Path p) {
    return p.toString().replace(File.separatorChar, '/');
  }
}
