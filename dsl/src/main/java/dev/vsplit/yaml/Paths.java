package dev.vsplit.yaml;

/**
 * Builds field paths such as {@code spec.http[0].match[1].headers.x-user}: the one form every
 * finding and {@link SourceMap#locate} use.
 */
public final class Paths {
  private Paths() {}

  public static void appendKey(StringBuilder path, String key) {
    if (isPlain(key)) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(key);
    } else {
      path.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
    }
  }

  public static void appendIndex(StringBuilder path, int index) {
    path.append('[').append(index).append(']');
  }

  public static String key(String parent, String key) {
    StringBuilder b = new StringBuilder(parent);
    appendKey(b, key);
    return b.toString();
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  private static boolean isPlain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '/' || c == ':' || c == '@')) {
        return false;
      }
    }
    return true;
  }
}
