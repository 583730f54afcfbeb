package dev.vsplit.rules;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.yaml.YamlProblem;
import java.util.List;

/** A file or document that cannot be read as a manifest: YAML syntax, wrong types, limits. */
final class UnreadableInput extends AbstractRule {
  static final String CODE = "VS001";

  UnreadableInput() {
    super(
        CODE,
        Severity.ERROR,
        "A file or document that cannot be read as a manifest (YAML syntax, a value of the wrong type, a limit exceeded).");
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (YamlProblem p : context.problems()) {
      out.add(
          new Finding(CODE, severity(), "", p.path(), null, p.message(), hint(p), p.location()));
    }
  }

  private static String hint(YamlProblem p) {
    return p.limit() == null
        ? "fix the file; kubectl apply would refuse it as well"
        : "this is a limit of vsplit's, not of YAML or Kubernetes: if the file is meant to be like this, raise <"
            + p.limit()
            + "> in the plugin's configuration (or -Dvsplit."
            + p.limit()
            + ")";
  }
}
