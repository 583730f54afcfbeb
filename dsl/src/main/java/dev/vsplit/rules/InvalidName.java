package dev.vsplit.rules;

import dev.vsplit.base.KubernetesNames;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.yaml.LoadedResource;
import java.util.List;

/**
 * Names Kubernetes refuses: resource names (DNS-1123 subdomain) and namespaces (DNS-1123 label).
 */
final class InvalidName extends AbstractRule {
  InvalidName() {
    super(Code.VS007);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    for (LoadedResource r : context.resources()) {
      IstioResource res = r.resource();
      ResourceRef ref = res.ref();
      report(
          context,
          out,
          ref,
          "metadata.name",
          "name",
          res.name(),
          KubernetesNames.checkName(res.name()));
      if (!r.namespaceDefaulted()) {
        report(
            context,
            out,
            ref,
            "metadata.namespace",
            "namespace",
            res.namespace(),
            KubernetesNames.checkNamespace(res.namespace()));
      }
      if (res instanceof VirtualService vs) {
        List<HTTPRoute> http = vs.spec().http();
        for (int i = 0; i < http.size(); i++) {
          var d = http.get(i).delegate();
          if (d == null) {
            continue;
          }
          report(
              context,
              out,
              ref,
              routePath(i) + ".delegate.name",
              "delegate name",
              d.name(),
              KubernetesNames.checkName(d.name()));
          if (d.namespace() != null && !d.namespace().isEmpty()) {
            report(
                context,
                out,
                ref,
                routePath(i) + ".delegate.namespace",
                "delegate namespace",
                d.namespace(),
                KubernetesNames.checkNamespace(d.namespace()));
          }
        }
      }
    }
  }

  private void report(
      Context context,
      List<Finding> out,
      ResourceRef ref,
      String path,
      String what,
      String value,
      String problem) {
    if (problem != null) {
      out.add(
          context.finding(
              this,
              ref,
              path,
              what + " \"" + (value == null ? "" : value) + "\" " + problem,
              "Kubernetes refuses such names; for example \""
                  + (what.endsWith("namespace")
                      ? KubernetesNames.suggestNamespace(value)
                      : KubernetesNames.suggest(value))
                  + "\" is valid"));
    }
  }
}
