package dev.vsplit.rules;

import dev.vsplit.yaml.YamlProblem;
import java.util.List;

/** A file or document that cannot be read as a manifest: YAML syntax, wrong types, limits. */
final class UnreadableInput extends AbstractRule {
  static final String CODE = "VS001";

  UnreadableInput() {
    super(CODE, Severity.ERROR, "A file or document that cannot be read as a manifest (YAML syntax, a value of the wrong type, a limit exceeded).");
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (YamlProblem p : context.problems()) {
      out.add(new Finding(CODE, severity(), "", p.path(), null, p.message(),
          "fix the file; kubectl apply would refuse it as well", p.location()));
    }
  }
}
