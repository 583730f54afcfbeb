package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.rules.schema.SchemaProblem;
import dev.vsplit.yaml.LoadedResource;
import java.util.List;

/**
 * A resource that breaks Istio's CRD schema: the Kubernetes API server refuses it before Istio sees
 * it.
 */
final class SchemaInvalid extends AbstractRule {
  SchemaInvalid() {
    super(Code.VS004);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (LoadedResource r : context.resources()) {
      ResourceRef ref = r.resource().ref();
      for (SchemaProblem p : context.schemaProblems(ref)) {
        if (!p.unknownField()) {
          out.add(
              context.finding(
                  this,
                  ref,
                  p.path(),
                  "breaks Istio's "
                      + ref.kind()
                      + " schema: "
                      + p.message()
                      + "; the Kubernetes API server refuses the resource,"
                      + " so it is never stored"
                      + WebhookRule.consequence(context, ref),
                  "fix the field; Istio's schema is what kubectl apply checks first"));
        }
      }
    }
  }
}
