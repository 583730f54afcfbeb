package dev.vsplit.rules;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.HasFindings;
import dev.vsplit.findings.Severity;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MergeResult;
import java.util.List;

/**
 * What the engine found: the findings (all of them, in a stable order), the resources the admission
 * webhook refuses, and the effective routes.
 */
public record Report(List<Finding> findings, List<Rejection> rejected, MergeResult merge)
    implements HasFindings {
  public Report {
    findings = List.copyOf(findings);
    rejected = List.copyOf(rejected);
  }

  public List<EffectiveVirtualService> effective() {
    return merge.effective();
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
