package dev.vsplit.codegen;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names made from Kubernetes and team names: {@code vs-1} is {@code VS_1} and {@code Vs1}. */
final class JavaNames {

  private JavaNames() {}

  /** {@code vs-1} → {@code VS_1}; {@code 1st} → {@code _1ST}; never empty, never a keyword. */
  static String constant(String name) {
    String words = String.join("_", words(name)).toUpperCase(Locale.ROOT);
    if (words.isEmpty()) {
      words = "UNNAMED";
    }
    return Character.isJavaIdentifierStart(words.charAt(0)) ? words : "_" + words;
  }

  /** {@code account-pages} → {@code AccountPages}; {@code 1st} → {@code _1st}. */
  static String type(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : words(name)) {
      out.append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    if (out.length() == 0) {
      out.append("Unnamed");
    }
    return Character.isJavaIdentifierStart(out.charAt(0)) ? out.toString() : "_" + out;
  }

  /**
   * {@code team-a} → {@code team_a}: a package name segment (lower case, words joined by {@code _},
   * as the Java Language Specification suggests for hyphens), never empty, never a keyword.
   */
  static String packageSegment(String name) {
    String words = String.join("_", words(name)).toLowerCase(Locale.ROOT);
    if (words.isEmpty()) {
      words = "unnamed";
    }
    if (!Character.isJavaIdentifierStart(words.charAt(0))) {
      words = "_" + words;
    }
    return SourceVersion.isKeyword(words) ? words + "_" : words;
  }

  /** The words of a name: split at anything that is not a letter or digit, and at camel humps. */
  private static java.util.List<String> words(String name) {
    java.util.List<String> out = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alnum = c < 128 && Character.isLetterOrDigit(c);
      boolean hump = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
      if (!alnum || hump) {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
      }
      if (alnum) {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  /** Why {@code name} cannot be a class name, or {@code null}. */
  static String checkType(String name) {
    if (name == null || name.isEmpty()) {
      return "is empty";
    }
    if (!SourceVersion.isIdentifier(name)) {
      return "is not a Java identifier (letters, digits, '_' and '$', not starting with a digit)";
    }
    if (SourceVersion.isKeyword(name) || RESTRICTED.contains(name)) {
      return "is a reserved word in Java";
    }
    return null;
  }

  /**
   * Why {@code name} cannot be a package name, or {@code null}. The unnamed package is refused:
   * specs are imported by teams.
   */
  static String checkPackage(String name) {
    if (name == null || name.isEmpty()) {
      return "is empty (specs in the unnamed package cannot be imported by other classes)";
    }
    for (String part : name.split("\\.", -1)) {
      if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
        return "is not a Java package name: \""
            + part
            + "\" is not an identifier (use lower-case words separated by"
            + " dots, e.g. com.example.mesh)";
      }
    }
    return null;
  }

  /** Names javac refuses as a type name although they are not keywords. */
  private static final Set<String> RESTRICTED =
      Set.of("var", "yield", "record", "sealed", "permits");
}
