package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.schema.SchemaProblem;
import dev.vsplit.yaml.LoadedResource;
import java.util.List;

/**
 * A field Istio's schema does not declare: the API server drops it silently, so it has no effect.
 */
final class UnknownField extends AbstractRule {
  UnknownField() {
    super(Code.VS005);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (LoadedResource r : context.resources()) {
      ResourceRef ref = r.resource().ref();
      for (SchemaProblem p : context.schemaProblems(ref)) {
        if (p.unknownField()) {
          out.add(
              context.finding(
                  this,
                  ref,
                  p.path(),
                  p.message(),
                  "check the field's name and indentation against Istio's reference; as written it has no effect"));
        }
      }
    }
  }
}
