package dev.vsplit.rules;

import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.yaml.LoadedResource;
import java.util.List;
import java.util.regex.Pattern;

/** Names Kubernetes refuses: resource names (DNS-1123 subdomain) and namespaces (DNS-1123 label). */
final class InvalidName extends AbstractRule {
  static final String CODE = "VS007";

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  InvalidName() {
    super(CODE, Severity.WARNING, "A name or namespace that is not a valid Kubernetes name (DNS-1123), so the resource cannot be applied as written.");
  }

  /** Why a resource name is invalid, or {@code null}: a DNS-1123 subdomain, at most 253 characters. */
  static String checkName(String name) {
    if (name == null || name.isEmpty()) {
      return "is empty";
    }
    if (name.length() > 253) {
      return "is " + name.length() + " characters long, more than 253";
    }
    if (!SUBDOMAIN.matcher(name).matches()) {
      return "must consist of lower case letters, digits, '-' and '.', and start and end with a letter or digit";
    }
    return null;
  }

  /** Why a namespace is invalid, or {@code null}: a DNS-1123 label, at most 63 characters. */
  static String checkNamespace(String namespace) {
    if (namespace == null || namespace.isEmpty()) {
      return "is empty";
    }
    if (namespace.length() > 63) {
      return "is " + namespace.length() + " characters long, more than 63";
    }
    if (!LABEL.matcher(namespace).matches()) {
      return "must consist of lower case letters, digits and '-', and start and end with a letter or digit";
    }
    return null;
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (LoadedResource r : context.resources()) {
      IstioResource res = r.resource();
      ResourceRef ref = res.ref();
      report(context, out, ref, "metadata.name", "name", res.name(), checkName(res.name()));
      if (!r.namespaceDefaulted()) {
        report(context, out, ref, "metadata.namespace", "namespace", res.namespace(), checkNamespace(res.namespace()));
      }
      if (res instanceof VirtualService vs) {
        List<HTTPRoute> http = vs.spec().http();
        for (int i = 0; i < http.size(); i++) {
          var d = http.get(i).delegate();
          if (d == null) {
            continue;
          }
          report(context, out, ref, routePath(i) + ".delegate.name", "delegate name", d.name(), checkName(d.name()));
          if (d.namespace() != null && !d.namespace().isEmpty()) {
            report(context, out, ref, routePath(i) + ".delegate.namespace", "delegate namespace", d.namespace(),
                checkNamespace(d.namespace()));
          }
        }
      }
    }
  }

  private void report(Context context, List<Finding> out, ResourceRef ref, String path, String what, String value, String problem) {
    if (problem != null) {
      out.add(context.finding(this, ref, path, what + " \"" + (value == null ? "" : value) + "\" " + problem,
          "Kubernetes refuses such names; use lower case, e.g. \"" + suggest(value) + "\""));
    }
  }

  static String suggest(String value) {
    if (value == null || value.isEmpty()) {
      return "my-name";
    }
    String s = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    return s.isEmpty() ? "my-name" : s;
  }
}
