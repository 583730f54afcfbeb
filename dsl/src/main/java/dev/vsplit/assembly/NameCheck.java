package dev.vsplit.assembly;

import dev.vsplit.base.KubernetesNames;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.output.OutputLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Names and namespaces Kubernetes refuses, or that cannot name their output file (VS206), reported
 * where they were declared.
 */
final class NameCheck {

  private NameCheck() {}

  /**
   * What is wrong with a resource's name and namespace; empty when both are fine.
   *
   * @param kind the resource's kind ({@code VirtualService})
   * @param what how messages name it ({@code primary VirtualService})
   * @param team the owning team, or {@code null}
   */
  static List<Finding> check(
      String kind, String what, String namespace, String name, String team, Location at) {
    String ref = namespace + "/" + name;
    String nameProblem = KubernetesNames.checkName(name);
    String suggestion = nameProblem == null ? null : KubernetesNames.suggest(name);
    if (nameProblem == null && OutputLayout.fileNameProblem(kind, name) != null) {
      // A valid Kubernetes name that cannot name its output file: refused where it is written,
      // not later, when the output folder is written.
      int max = OutputLayout.maxNameLength(kind);
      nameProblem =
          OutputLayout.fileNameProblem(kind, name)
              + "; a "
              + kind
              + " name has at most "
              + max
              + " characters here";
      suggestion = name.substring(0, max).replaceAll("[-.]+$", "");
    }
    String nsProblem = KubernetesNames.checkNamespace(namespace);
    List<Finding> out = new ArrayList<>(2);
    if (nameProblem != null) {
      out.add(DslFindings.invalidName(ref, team, "name", what, name, nameProblem, suggestion, at));
    }
    if (nsProblem != null) {
      String nsSuggestion = KubernetesNames.suggestNamespace(namespace);
      out.add(
          DslFindings.invalidName(
              ref, team, "namespace", what, namespace, nsProblem, nsSuggestion, at));
    }
    return out;
  }
}
