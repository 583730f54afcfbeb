package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.yaml.YamlProblem;
import java.util.List;

/** A file or document that cannot be read as a manifest: YAML syntax, wrong types, limits. */
final class UnreadableInput extends AbstractRule {
  UnreadableInput() {
    super(Code.VS001);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (YamlProblem p : context.problems()) {
      out.add(
          new Finding(
              code(),
              severity(),
              "",
              p.path(),
              null,
              p.message(),
              hint(p, context.wording()),
              p.location()));
    }
  }

  private static String hint(YamlProblem p, Wording wording) {
    return p.limit() == null
        ? "fix the file; kubectl apply would refuse it as well"
        : "this is a limit of vsplit's, not of YAML or Kubernetes: if the file is meant to be like this, "
            + wording.word(Fix.raiseReadLimit(p.limit()));
  }
}
