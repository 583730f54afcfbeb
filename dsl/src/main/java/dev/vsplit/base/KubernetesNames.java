package dev.vsplit.base;

import java.util.Locale;

/** Kubernetes' name rules: resource names are DNS-1123 subdomains, namespaces DNS-1123 labels. */
public final class KubernetesNames {

  /** A DNS-1123 label, as Kubernetes writes it; {@link #isLabel} decides it without a regex. */
  static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

  /**
   * A DNS-1123 subdomain, as Kubernetes writes it; {@link #isSubdomain} decides it without a regex.
   */
  static final String SUBDOMAIN =
      "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

  private KubernetesNames() {}

  /**
   * Why {@code name} is not a valid resource name (DNS-1123 subdomain, at most 253 characters), or
   * {@code null}.
   */
  public static String checkName(String name) {
    if (name == null || name.isEmpty()) {
      return "is empty";
    }
    if (name.length() > 253) {
      return "is " + name.length() + " characters long; a Kubernetes name has at most 253";
    }
    if (!isSubdomain(name)) {
      return "is not a valid Kubernetes name (DNS-1123 subdomain): use lower case letters, digits, '-' and '.',"
          + " starting and ending with a letter or digit";
    }
    return null;
  }

  /**
   * Why {@code namespace} is not a valid namespace (DNS-1123 label, at most 63 characters), or
   * {@code null}.
   */
  public static String checkNamespace(String namespace) {
    if (namespace == null || namespace.isEmpty()) {
      return "is empty";
    }
    if (namespace.length() > 63) {
      return "is " + namespace.length() + " characters long; a namespace has at most 63";
    }
    if (!isLabel(namespace)) {
      return "is not a valid namespace (DNS-1123 label): use lower case letters, digits and '-',"
          + " starting and ending with a letter or digit";
    }
    return null;
  }

  /**
   * Whether {@code s} matches {@link #SUBDOMAIN}: labels of {@link #LABEL} joined by dots. Checked
   * by hand: every generated resource's name is checked, and a regex match per name was a twentieth
   * of the DSL's build.
   */
  static boolean isSubdomain(String s) {
    return isDns1123(s, true);
  }

  /** Whether {@code s} matches {@link #LABEL}, checked by hand as {@link #isSubdomain} is. */
  static boolean isLabel(String s) {
    return isDns1123(s, false);
  }

  /**
   * Letters, digits and '-' (and '.' between two labels when {@code dots}), starting and ending
   * with a letter or digit.
   */
  private static boolean isDns1123(String s, boolean dots) {
    int n = s.length();
    if (n == 0 || !alnum(s.charAt(0)) || !alnum(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (dots && c == '.') {
        // a label ends before it and the next starts after it: both with a letter or digit
        if (!alnum(s.charAt(i - 1)) || !alnum(s.charAt(i + 1))) {
          return false;
        }
      } else if (c != '-' && !alnum(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** A valid name close to {@code value}, for hints. */
  public static String suggest(String value) {
    return close(value, "[^a-z0-9.-]+", 253, "my-name");
  }

  /** A valid namespace close to {@code value}, for hints: no dots, at most 63 characters. */
  public static String suggestNamespace(String value) {
    return close(value, "[^a-z0-9-]+", 63, "my-namespace");
  }

  private static String close(String value, String invalid, int max, String fallback) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    String s = value.toLowerCase(Locale.ROOT).replaceAll(invalid, "-");
    s = s.substring(0, Math.min(s.length(), max)).replaceAll("^[-.]+|[-.]+$", "");
    return s.isEmpty() ? fallback : s;
  }
}
