package dev.vsplit.base;

import java.util.Locale;
import java.util.regex.Pattern;

/** Kubernetes' name rules: resource names are DNS-1123 subdomains, namespaces DNS-1123 labels. */
public final class KubernetesNames {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

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
    if (!SUBDOMAIN.matcher(name).matches()) {
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
    if (!LABEL.matcher(namespace).matches()) {
      return "is not a valid namespace (DNS-1123 label): use lower case letters, digits and '-',"
          + " starting and ending with a letter or digit";
    }
    return null;
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
