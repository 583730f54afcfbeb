package dev.vsplit.rules;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.routing.MergeResult;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.routing.Shadowing;
import dev.vsplit.rules.admission.Admission;
import dev.vsplit.rules.admission.AdmissionMessage;
import dev.vsplit.rules.schema.CrdSchemas;
import dev.vsplit.rules.schema.SchemaProblem;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.YamlProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a rule may look at, computed once per check. */
final class Context {

  private final List<LoadedResource> all;
  private final List<LoadedResource> unique;
  private final List<YamlProblem> problems;
  private final Map<ResourceRef, LoadedResource> byRef;
  private final Map<ResourceRef, List<AdmissionMessage>> admission;
  private final Map<ResourceRef, List<SchemaProblem>> schema;
  private final List<VirtualService> admitted;
  private final MeshOptions mesh;
  private final Wording wording;
  private MergeResult merge;
  // derived from the merge and asked for by two rules each (VS115 and VS117; VS114 and VS116)
  private final IdentityHashMap<EffectiveVirtualService, List<Shadowing.Shadow>> shadows =
      new IdentityHashMap<>();
  private List<DelegationShadowed.Covered> covered;

  Context(List<LoadedResource> resources, List<YamlProblem> problems, MeshOptions mesh) {
    this(resources, problems, mesh, Wording.NEUTRAL);
  }

  Context(
      List<LoadedResource> resources,
      List<YamlProblem> problems,
      MeshOptions mesh,
      Wording wording) {
    this.all = List.copyOf(resources);
    this.problems = List.copyOf(problems);
    this.mesh = mesh;
    this.wording = wording;
    // kubectl apply keeps the last of two manifests with the same kind, namespace and name
    // sized for every resource up front: a mesh has tens of thousands, and rehashing them was work
    int capacity = (int) (resources.size() / 0.75f) + 1;
    Map<ResourceRef, LoadedResource> last = new LinkedHashMap<>(capacity);
    for (LoadedResource r : resources) {
      ResourceRef ref = r.resource().ref();
      if (last.put(ref, r) != null) {
        last.remove(ref); // kept in the place of the last one written
        last.put(ref, r);
      }
    }
    this.unique = List.copyOf(last.values());
    this.byRef = last;
    this.admission = new HashMap<>(capacity);
    this.schema = new HashMap<>(capacity);
    this.admitted = new ArrayList<>(unique.size());
    for (LoadedResource r : unique) {
      IstioResource res = r.resource();
      List<AdmissionMessage> messages =
          res instanceof VirtualService vs
              ? Admission.validate(vs)
              : Admission.validate((Gateway) res);
      admission.put(res.ref(), messages);
      List<SchemaProblem> schemaProblems = CrdSchemas.validate(res);
      schema.put(res.ref(), schemaProblems);
      boolean schemaValid = schemaProblems.stream().allMatch(SchemaProblem::unknownField);
      if (res instanceof VirtualService vs
          && schemaValid
          && messages.stream().noneMatch(AdmissionMessage::denied)) {
        admitted.add(vs);
      }
    }
  }

  void setMerge(MergeResult merge) {
    this.merge = merge;
    shadows.clear();
    covered = null;
  }

  /** The routes of one effective VirtualService that never match, found once per check. */
  List<Shadowing.Shadow> shadows(EffectiveVirtualService evs) {
    return shadows.computeIfAbsent(evs, Shadowing::find);
  }

  /** The primaries' delegations that an earlier route covers, found once per check. */
  List<DelegationShadowed.Covered> coveredDelegations() {
    if (covered == null) {
      covered = DelegationShadowed.covered(this);
    }
    return covered;
  }

  /** Every resource read, duplicates included, in input order. */
  public List<LoadedResource> allResources() {
    return all;
  }

  /** One resource per kind/namespace/name: the last one written, as kubectl apply keeps it. */
  public List<LoadedResource> resources() {
    return unique;
  }

  public List<YamlProblem> problems() {
    return problems;
  }

  public LoadedResource resource(ResourceRef ref) {
    return byRef.get(ref);
  }

  /** The VirtualServices the admission webhook accepts. */
  public List<VirtualService> admitted() {
    return admitted;
  }

  /** Whether the API server stores it: it fits Istio's CRD schema and the webhook accepts it. */
  public boolean isAdmitted(ResourceRef ref) {
    return byRef.containsKey(ref)
        && admission.getOrDefault(ref, List.of()).stream().noneMatch(AdmissionMessage::denied)
        && schema.getOrDefault(ref, List.of()).stream().allMatch(SchemaProblem::unknownField);
  }

  /** How the resource breaks Istio's CRD schema (unknown fields included); empty when it fits. */
  public List<SchemaProblem> schemaProblems(ResourceRef ref) {
    return schema.getOrDefault(ref, List.of());
  }

  public List<AdmissionMessage> admission(ResourceRef ref) {
    return admission.getOrDefault(ref, List.of());
  }

  public MergeResult merge() {
    return merge;
  }

  public MeshOptions mesh() {
    return mesh;
  }

  /** How the front end words a fix in a hint. */
  public Wording wording() {
    return wording;
  }

  /** The VirtualServices, admitted or not. */
  public List<VirtualService> virtualServices() {
    List<VirtualService> out = new ArrayList<>();
    for (LoadedResource r : unique) {
      if (r.resource() instanceof VirtualService vs) {
        out.add(vs);
      }
    }
    return out;
  }

  /**
   * The team that owns a resource, from its {@value Ownership#TEAM_LABEL} label; {@code null} if
   * unknown.
   */
  public String teamOf(ResourceRef ref) {
    LoadedResource r = byRef.get(ref);
    return r == null ? null : Ownership.teamOf(r.resource());
  }

  /** Where a field of a resource was written. */
  public Location locate(ResourceRef ref, String path) {
    LoadedResource r = byRef.get(ref);
    return r == null ? null : r.source().locate(path);
  }

  /** A finding about a field of a resource, located and attributed to the resource's team. */
  public Finding finding(Rule rule, ResourceRef ref, String path, String message, String hint) {
    return new Finding(
        rule.code(),
        rule.severity(),
        ref.toString(),
        path,
        teamOf(ref),
        message,
        hint,
        locate(ref, path));
  }

  /** For rules that look VirtualServices up by namespace and name. */
  public Map<String, VirtualService> virtualServicesByKey() {
    Map<String, VirtualService> out = new HashMap<>();
    for (VirtualService vs : virtualServices()) {
      out.put(vs.namespace() + "/" + vs.name(), vs);
    }
    return out;
  }
}
