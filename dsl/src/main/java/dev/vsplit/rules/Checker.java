package dev.vsplit.rules;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.routing.Merger;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.rules.admission.AdmissionMessage;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ReadResult;
import dev.vsplit.yaml.YamlProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule over a set of resources. Returns a {@link Report}; it never decides whether a
 * build fails.
 */
public final class Checker {

  private static final Comparator<Location> LOCATION =
      Comparator.comparing(Location::file)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  private final MeshOptions mesh;
  private final Wording wording;
  private final List<Rule> rules;

  /** Every rule, its hints in the engine's own words ({@link Wording#NEUTRAL}). */
  public Checker(MeshOptions mesh) {
    this(mesh, Wording.NEUTRAL);
  }

  /** Every rule, its hints worded by {@code wording}: the front end's settings. */
  public Checker(MeshOptions mesh, Wording wording) {
    this(mesh, wording, Rules.all());
  }

  Checker(MeshOptions mesh, List<Rule> rules) {
    this(mesh, Wording.NEUTRAL, rules);
  }

  private Checker(MeshOptions mesh, Wording wording, List<Rule> rules) {
    this.mesh = mesh;
    this.wording = wording;
    this.rules = List.copyOf(rules);
  }

  public Report check(ReadResult input) {
    return check(input.resources(), input.problems());
  }

  public Report check(List<LoadedResource> resources, List<YamlProblem> problems) {
    Context context = new Context(resources, problems, mesh, wording);
    context.setMerge(new Merger(mesh).merge(context.admitted()));
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      rule.check(context, findings);
    }
    // Istio repeats some warnings once per match; one line each is enough.
    findings = new ArrayList<>(new java.util.LinkedHashSet<>(findings));
    findings.sort(
        Comparator.comparing((Finding f) -> f.source(), Comparator.nullsLast(LOCATION))
            .thenComparing(Finding::resource)
            .thenComparing(Finding::path)
            .thenComparing(Finding::code));
    List<Rejection> rejected = new ArrayList<>();
    for (LoadedResource r : context.resources()) {
      List<String> reasons = new ArrayList<>();
      context.schemaProblems(r.resource().ref()).stream()
          .filter(p -> !p.unknownField())
          .forEach(p -> reasons.add((p.path().isEmpty() ? "" : p.path() + ": ") + p.message()));
      context.admission(r.resource().ref()).stream()
          .filter(AdmissionMessage::denied)
          .forEach(m -> reasons.add(m.text()));
      if (!reasons.isEmpty()) {
        rejected.add(new Rejection(r.resource().ref(), reasons, r.location()));
      }
    }
    return new Report(findings, rejected, context.merge());
  }
}
