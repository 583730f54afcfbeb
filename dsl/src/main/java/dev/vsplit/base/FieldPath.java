package dev.vsplit.base;

import dev.vsplit.yaml.SourceMap;

/**
 * Builds field paths such as {@code spec.http[0].match[1].headers.x-user}: the one form every
 * finding and {@link SourceMap#locate} use.
 */
public final class FieldPath {
  private FieldPath() {}

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
    StringBuilder b = new StringBuilder(parent.length() + key.length() + 5).append(parent);
    appendKey(b, key);
    return b.toString();
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** {@code spec.http[index]}: a VirtualService's HTTP route, the path most findings start from. */
  public static String httpRoute(int index) {
    return "spec.http[" + index + "]";
  }

  private static boolean isPlain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        continue; // what isLetterOrDigit says of ASCII, without its table lookups
      }
      if (!(Character.isLetterOrDigit(c)
          || c == '-'
          || c == '_'
          || c == '/'
          || c == ':'
          || c == '@')) {
        return false;
      }
    }
    return true;
  }

  /**
   * What a walk along a field path does at each step; a step returns false to stop the walk there.
   */
  public interface Steps {
    boolean key(String key);

    boolean index(int index);
  }

  /**
   * Reads a path step by step: plain keys ({@code spec.http}), quoted keys ({@code ["x.y"]}) and
   * indexes ({@code [0]}), stopping at the first step the visitor refuses. A broken bracket stops
   * the walk: an unclosed quoted key is still offered (its text up to the end), an unclosed or
   * non-numeric index is not.
   */
  public static void walk(String path, Steps steps) {
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      if (c == '[') {
        int close;
        if (i + 1 < n && path.charAt(i + 1) == '"') {
          StringBuilder key = new StringBuilder();
          int j = i + 2;
          while (j < n && path.charAt(j) != '"') {
            if (path.charAt(j) == '\\' && j + 1 < n) {
              j++;
            }
            key.append(path.charAt(j++));
          }
          close = path.indexOf(']', j);
          if (!steps.key(key.toString()) || close < 0) {
            return;
          }
        } else {
          close = path.indexOf(']', i);
          if (close < 0) {
            return;
          }
          int index;
          try {
            index = Integer.parseInt(path.substring(i + 1, close));
          } catch (NumberFormatException e) {
            return;
          }
          if (!steps.index(index)) {
            return;
          }
        }
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
        end++;
      }
      if (!steps.key(path.substring(i, end))) {
        return;
      }
      i = end;
    }
  }
}
