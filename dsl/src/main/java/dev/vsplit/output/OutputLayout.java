package dev.vsplit.output;

import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ResourceRef;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where each resource goes in the output folder: {@code <namespace>/<kind>-<name>.yaml}, kind in
 * lower case, e.g. {@code ns1/virtualservice-vs-1.yaml}, {@code
 * default/gateway-bookinfo-gateway.yaml}.
 */
public final class OutputLayout {

  /** The rule a namespace must follow, as the error message states it. */
  public static final String NAMESPACE_RULE =
      "a DNS-1123 label: at most 63 characters of lower case letters, digits and '-', starting and ending with a letter or digit";

  /** The rule a resource name must follow, as the error message states it. */
  public static final String NAME_RULE =
      "a DNS-1123 subdomain: at most 253 characters of lower case letters, digits, '-' and '.', starting and ending with a letter or digit";

  /** Most file systems (ext4, APFS, NTFS) refuse longer file names. */
  static final int MAX_FILE_NAME = 255;

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private OutputLayout() {}

  /**
   * The file for {@code resource}, relative to the output folder.
   *
   * @throws InvalidNameException when its namespace is not a DNS-1123 label or its name not a
   *     DNS-1123 subdomain (which also rules out empty, {@code .}, {@code ..}, {@code /} and {@code
   *     \}), or the file name would be longer than file systems allow
   */
  public static String pathOf(IstioResource resource) {
    Objects.requireNonNull(resource, "resource");
    String kind = resource.kind().toLowerCase(Locale.ROOT);
    check(
        resource, InvalidNameException.NAMESPACE, resource.namespace(), 63, LABEL, NAMESPACE_RULE);
    check(resource, InvalidNameException.NAME, resource.name(), 253, SUBDOMAIN, NAME_RULE);
    String fileName = kind + "-" + resource.name() + ".yaml";
    int length = fileName.getBytes(StandardCharsets.UTF_8).length;
    if (length > MAX_FILE_NAME) {
      throw invalid(
          resource,
          InvalidNameException.NAME,
          resource.name(),
          fileNameProblem(resource.kind(), resource.name()),
          "at most "
              + maxNameLength(resource.kind())
              + " characters here, so that its file name fits in "
              + MAX_FILE_NAME,
          null);
    }
    return resource.namespace() + "/" + fileName;
  }

  /**
   * Why a {@code kind} named {@code name}, a valid Kubernetes name, still cannot name its output
   * file ({@code <kind>-<name>.yaml} longer than file systems allow), or {@code null} when it can.
   * Kubernetes allows 253 characters, a file name 255: a VirtualService name over 235 characters
   * passes the first rule and breaks the second.
   */
  public static String fileNameProblem(String kind, String name) {
    if (name == null) {
      return null;
    }
    String k = kind.toLowerCase(Locale.ROOT);
    int length = (k + "-" + name + ".yaml").getBytes(StandardCharsets.UTF_8).length;
    if (length <= MAX_FILE_NAME) {
      return null;
    }
    return "is "
        + name.length()
        + " characters long, so the file name "
        + k
        + "-<name>.yaml would be "
        + length
        + " characters, more than the "
        + MAX_FILE_NAME
        + " most file systems allow";
  }

  /** The longest name a {@code kind} may have so that its output file name fits. */
  public static int maxNameLength(String kind) {
    return MAX_FILE_NAME - (kind.toLowerCase(Locale.ROOT) + "-.yaml").length();
  }

  private static void check(
      IstioResource r, String field, String value, int max, Pattern pattern, String rule) {
    String problem = problem(value, max, pattern);
    if (problem != null) {
      throw invalid(r, field, value, problem, rule, suggest(value, max, pattern == SUBDOMAIN));
    }
  }

  private static String problem(String value, int max, Pattern pattern) {
    if (value == null) {
      return "is not set";
    }
    if (value.isEmpty()) {
      return "is empty";
    }
    if (value.equals(".") || value.equals("..")) {
      return "is \"" + value + "\", which names a folder, not a file";
    }
    if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0) {
      return "contains '"
          + (value.indexOf('/') >= 0 ? '/' : '\\')
          + "', which would put the file in another folder";
    }
    if (value.length() > max) {
      return "is " + value.length() + " characters long, more than " + max;
    }
    if (pattern.matcher(value).matches()) {
      return null;
    }
    if (!value.equals(value.toLowerCase(Locale.ROOT))) {
      return "contains upper case letters";
    }
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    boolean dots = pattern == SUBDOMAIN;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (dots && c == '.'))) {
        return "contains '" + c + "'";
      }
    }
    if (!Character.isLetterOrDigit(first)) {
      return "starts with '" + first + "'";
    }
    if (!Character.isLetterOrDigit(last)) {
      return "ends with '" + last + "'";
    }
    return "has an empty part between two dots";
  }

  private static InvalidNameException invalid(
      IstioResource r, String field, String value, String problem, String rule, String suggestion) {
    ResourceRef ref = new ResourceRef(r.kind(), r.namespace(), r.name());
    boolean isName = field.equals(InvalidNameException.NAME);
    String message =
        r.kind()
            + " "
            + quote(r.name())
            + " in namespace "
            + quote(r.namespace())
            + ": "
            + field
            + " "
            + quote(value)
            + " "
            + problem
            + ". "
            + "A Kubernetes "
            + (isName ? "resource name" : "namespace")
            + " must be "
            + rule
            + ". "
            + "Fix the "
            + (isName ? "name" : "namespace")
            + " in the spec that declares this "
            + r.kind()
            + (suggestion == null ? "." : ", e.g. \"" + suggestion + "\".");
    return new InvalidNameException(value, field, ref, problem, rule, message);
  }

  private static String quote(String s) {
    return s == null ? "(unset)" : "\"" + s + "\"";
  }

  /** A valid name close to {@code value}, or {@code null} when nothing of it can be kept. */
  private static String suggest(String value, int max, boolean dots) {
    if (value == null) {
      return null;
    }
    String s =
        value.toLowerCase(Locale.ROOT).replaceAll(dots ? "[^a-z0-9.-]+" : "[^a-z0-9-]+", "-");
    if (s.length() > max) {
      s = s.substring(0, max);
    }
    s = s.replaceAll("\\.{2,}", ".").replaceAll("^[-.]+|[-.]+$", "");
    return s.isEmpty() || s.equals(value) || s.length() > 63 ? null : s;
  }
}
