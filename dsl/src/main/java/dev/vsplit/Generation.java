package dev.vsplit;

import dev.vsplit.model.IstioResource;
import dev.vsplit.routing.EffectiveRoutes;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.rules.Finding;
import dev.vsplit.rules.Report;
import dev.vsplit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the specs produce: the resources, every finding (about the specs, and the engine's about
 * the result), the teams' scopes and the effective routes. Returned by {@link Vsplit#load}.
 */
public final class Generation {

  private final List<GeneratedResource> resources;
  private final List<Finding> findings;
  private final Report report;
  private final Map<Secondary, Scope> scopes;

  Generation(List<GeneratedResource> resources, List<Finding> dslFindings, Report report, Map<Secondary, Scope> scopes) {
    this.resources = List.copyOf(resources);
    List<Finding> all = new ArrayList<>(dslFindings);
    all.addAll(report.findings());
    this.findings = List.copyOf(all);
    this.report = report;
    this.scopes = Map.copyOf(scopes);
  }

  public List<GeneratedResource> resources() {
    return resources;
  }

  /** The resource with this kind, namespace and name, if generated. */
  public IstioResource resource(String kind, String namespace, String name) {
    for (GeneratedResource r : resources) {
      IstioResource res = r.resource();
      if (res.kind().equals(kind) && res.namespace().equals(namespace) && res.name().equals(name)) {
        return res;
      }
    }
    return null;
  }

  /** Findings about the specs (VS2xx, located at the Java line) followed by the engine's findings about the result. */
  public List<Finding> findings() {
    return findings;
  }

  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The engine's report on the generated resources. */
  public Report report() {
    return report;
  }

  public List<EffectiveVirtualService> effective() {
    return report.effective();
  }

  public String effectiveYaml() {
    return EffectiveRoutes.toYaml(report.effective());
  }

  /** Each secondary's scope: what its team may match. */
  public Map<Secondary, Scope> scopes() {
    return scopes;
  }
}
