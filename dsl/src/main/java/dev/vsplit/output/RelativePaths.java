package dev.vsplit.output;

import java.util.Locale;

/** The paths vsplit accepts inside its output folder: relative, normalized, {@code /}-separated. */
final class RelativePaths {

  /** Top-level names vsplit keeps for itself: its lock file and staging folders. */
  static final String RESERVED_PREFIX = ".vsplit";

  /** The longest file or folder name ext4, APFS, NTFS and their kin take, in bytes. */
  static final int MAX_NAME_BYTES = 255;

  private RelativePaths() {}

  /** Why {@code path} is not a safe relative path, or {@code null} when it is. */
  static String problem(String path) {
    if (path == null || path.isEmpty()) {
      return "is empty";
    }
    if (path.indexOf('\\') >= 0) {
      return "contains '\\'; separate folders with '/'";
    }
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
      return "is absolute; it must be relative to the output folder";
    }
    if (path.endsWith("/")) {
      return "ends with '/', so it names a folder, not a file";
    }
    String[] segments = path.split("/", -1);
    for (String segment : segments) {
      if (segment.isEmpty()) {
        return "contains an empty folder name ('//')";
      }
      if (segment.equals("..")) {
        return "contains '..', which leads out of the output folder";
      }
      if (segment.equals(".")) {
        return "contains '.'; write the path without it";
      }
      if (segment.equals(".git")) {
        return "contains '.git', which belongs to git";
      }
      int bytes = segment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes > MAX_NAME_BYTES) {
        return "has a file or folder name of "
            + bytes
            + " bytes; file systems allow "
            + MAX_NAME_BYTES;
      }
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c < 0x20 || c == 0x7f || c == ':') {
          return "contains "
              + (c == ':' ? "':'" : "a control character")
              + ", which some file systems refuse";
        }
      }
    }
    if (segments[0].toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
      return "starts with '"
          + RESERVED_PREFIX
          + "', which vsplit keeps for its lock file and staging folders";
    }
    return null;
  }

  /**
   * {@code path} when it is safe; otherwise an {@link IllegalArgumentException} naming it and why.
   */
  static String require(String what, String path) {
    String problem = problem(path);
    if (problem != null) {
      throw new IllegalArgumentException(what + " \"" + path + "\" " + problem);
    }
    return path;
  }
}
