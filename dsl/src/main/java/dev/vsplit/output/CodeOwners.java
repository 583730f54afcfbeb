package dev.vsplit.output;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A CODEOWNERS fragment for the generated files: each file owned by the team whose spec produced
 * it. GitHub and GitLab read only one CODEOWNERS file per repository, so the fragment is for
 * copying into it (or for CI to append to it), not for them to read where it lies.
 */
public final class CodeOwners {

  /** The fragment's path in the output folder. */
  public static final String PATH = "CODEOWNERS";

  static final String COMMENT =
      "# Code owners of the files vsplit generates here. GitHub and GitLab read only one"
          + " CODEOWNERS file (CODEOWNERS, .github/CODEOWNERS or docs/CODEOWNERS): copy these lines into yours,"
          + " or have CI append this file to it.";

  /** {@code @user}, {@code @org/team}, or an e-mail address, as GitHub and GitLab accept them. */
  private static final Pattern OWNER =
      Pattern.compile(
          "@[A-Za-z0-9](?:[A-Za-z0-9._-]*)(?:/[A-Za-z0-9._-]+)*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private static final Pattern PATTERN_CHARACTERS = Pattern.compile("[\\s#*?\\[\\]!]");

  private CodeOwners() {}

  /**
   * The fragment: {@link #COMMENT}, then one line per file, sorted, {@code /<prefix>/<path> @owner1
   * @owner2}. Files without owners get no line (a line with none would take ownership away).
   *
   * @param prefix the output folder relative to the repository root, {@code /}-separated, e.g.
   *     {@code istio} (see {@link #repositoryRelativePrefix}); empty when it is the root
   * @param ownersByPath owners per file, paths relative to the output folder
   */
  public static String render(String prefix, Map<String, List<String>> ownersByPath) {
    Objects.requireNonNull(prefix, "prefix");
    String root = prefix.replace('\\', '/').replaceAll("^/+|/+$", "");
    if (!root.isEmpty()) {
      RelativePaths.require("CODEOWNERS prefix", root);
      checkPatternSafe("CODEOWNERS prefix", root);
    }
    StringBuilder out = new StringBuilder(COMMENT).append('\n');
    new TreeMap<>(ownersByPath)
        .forEach(
            (path, owners) -> {
              RelativePaths.require("CODEOWNERS path", path);
              checkPatternSafe("CODEOWNERS path", path);
              if (owners.isEmpty()) {
                return;
              }
              out.append('/');
              if (!root.isEmpty()) {
                out.append(root).append('/');
              }
              out.append(path);
              for (String owner : owners) {
                requireOwner(owner, path);
                out.append(' ').append(owner);
              }
              out.append('\n');
            });
    return out.toString();
  }

  /**
   * The fragment of {@link #render(String, Map)}, then one line per spec source: each team's place
   * to its owners and the administrator's sources to the administrators, in the order given (in
   * CODEOWNERS the last matching line wins, so the administrator's come last).
   *
   * @param prefix the output folder relative to the repository root
   * @param ownersByPath owners per generated file, paths relative to the output folder
   * @param sources owners per source file or folder ({@code /}-terminated), paths relative to the
   *     repository root
   * @return the fragment
   */
  public static String render(
      String prefix, Map<String, List<String>> ownersByPath, Map<String, List<String>> sources) {
    StringBuilder out = new StringBuilder(render(prefix, ownersByPath));
    if (sources.isEmpty()) {
      return out.toString();
    }
    out.append("# The specs the files above are generated from: each team's place, then the")
        .append(" administrator's mesh specs and build file.\n");
    sources.forEach(
        (path, owners) -> {
          String clean = path.replace('\\', '/').replaceAll("^/+", "");
          RelativePaths.require("CODEOWNERS source path", clean.replaceAll("/+$", ""));
          checkPatternSafe("CODEOWNERS source path", clean);
          if (owners.isEmpty()) {
            return;
          }
          out.append('/').append(clean);
          for (String owner : owners) {
            requireOwner(owner, clean);
            out.append(' ').append(owner);
          }
          out.append('\n');
        });
    return out.toString();
  }

  private static void requireOwner(String owner, String path) {
    if (owner == null || !OWNER.matcher(owner).matches()) {
      throw new IllegalArgumentException(
          "code owner \""
              + owner
              + "\" of "
              + path
              + " is not an owner GitHub or GitLab accept: write @user, @org/team or an e-mail address");
    }
  }

  private static void checkPatternSafe(String what, String path) {
    if (PATTERN_CHARACTERS.matcher(path).find()) {
      throw new IllegalArgumentException(
          what
              + " \""
              + path
              + "\" contains a space, '#' or a pattern character (* ? [ ] !), which CODEOWNERS would read differently");
    }
  }

  /**
   * The output folder's path relative to the root of the git repository holding it (the nearest
   * folder above it with a {@code .git} folder or file, as a worktree has), {@code /}-separated;
   * empty when it is the root; its own name when no repository is found.
   */
  public static String repositoryRelativePrefix(Path dir) {
    Path folder = dir.toAbsolutePath().normalize();
    try {
      folder = folder.toRealPath();
    } catch (java.io.IOException e) {
      // not created yet: the normalized path will do
    }
    for (Path p = folder; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p.relativize(folder).toString().replace(File.separatorChar, '/');
      }
    }
    Path name = folder.getFileName();
    return name == null ? "" : name.toString();
  }
}
