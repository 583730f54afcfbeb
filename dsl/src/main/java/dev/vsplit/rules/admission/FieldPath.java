package dev.vsplit.rules.admission;

/**
 * Field paths such as {@code spec.http[0].match[1].headers.x-user}, written the way the YAML
 * reader writes them: a key that is not a plain name goes in brackets and quotes
 * ({@code headers["@request.auth.claims.group"]}).
 */
final class FieldPath {
  private FieldPath() {}

  static String key(String parent, String key) {
    if (isPlain(key)) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  static String index(String parent, int index) {
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
