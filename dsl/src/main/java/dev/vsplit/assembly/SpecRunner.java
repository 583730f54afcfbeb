package dev.vsplit.assembly;

import dev.vsplit.MeshSpec;
import dev.vsplit.Scope;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the specs and takes what they declare as values: every MeshSpec first ({@link
 * MeshDeclarations}, taken before any TeamSpec is asked anything), then each TeamSpec ({@link
 * WrittenRoutes}). A spec that throws is a VS207 finding, never an exception. The only part of
 * assembly that calls spec code.
 */
final class SpecRunner {

  /**
   * Each secondary a spec handed over, copied once (by identity), and back: a TeamSpec is given its
   * scope in the DSL's terms.
   */
  private final IdentityHashMap<Secondary, DeclaredSecondary> declared = new IdentityHashMap<>();

  private final IdentityHashMap<DeclaredSecondary, Secondary> live = new IdentityHashMap<>();

  private final List<RecordingMesh> ran = new ArrayList<>();

  /**
   * What the MeshSpecs that ran declared, copied again from the same objects now: after team code
   * ran in this JVM, a difference from {@link #runMeshSpecs}'s copy means it changed them.
   */
  List<DeclaredMesh> declaredNow() {
    return ran.stream().map(m -> m.declared(DeclaredSecondary::of)).toList();
  }

  /** Runs the MeshSpecs, in order, and returns what they declared. */
  MeshDeclarations runMeshSpecs(List<MeshSpec> specs) {
    List<RecordingMesh> meshes = ran;
    List<Finding> failures = new ArrayList<>();
    for (MeshSpec spec : specs) {
      RecordingMesh mesh = new RecordingMesh(spec.getClass().getName());
      try {
        spec.define(mesh);
      } catch (RuntimeException | LinkageError e) {
        failures.add(failure(spec.getClass(), "define(Mesh)", e));
        continue;
      }
      meshes.add(mesh);
    }
    return new MeshDeclarations(
        meshes.stream().map(m -> m.declared(this::declare)).toList(), failures);
  }

  /**
   * Asks each TeamSpec for its secondary, then runs the one TeamSpec of each placed secondary
   * ({@link TeamSpecMatch}) with its scope, in the order the secondaries were placed.
   *
   * @return what each TeamSpec wrote, in the order given
   */
  List<WrittenRoutes> runTeamSpecs(List<TeamSpec> specs, Placements placements) {
    List<WrittenRoutes> written = new ArrayList<>(specs.size());
    for (TeamSpec spec : specs) {
      String name = spec.getClass().getName();
      Location site = CallSite.ofClass(spec.getClass());
      try {
        Secondary s = spec.secondary();
        written.add(new WrittenRoutes(name, site, s == null ? null : declare(s), null, null));
      } catch (RuntimeException | LinkageError e) {
        written.add(
            new WrittenRoutes(name, site, null, null, failure(spec.getClass(), "secondary()", e)));
      }
    }
    TeamSpecMatch match = TeamSpecMatch.of(placements, written);
    for (PlacedSecondary p : placements.secondaries()) {
      Integer index = match.specFor(p.ref());
      if (index == null || !p.validName()) {
        continue;
      }
      TeamSpec spec = specs.get(index);
      RecordingRoutes routes = new RecordingRoutes(toScope(p.scope()));
      try {
        spec.define(routes);
      } catch (RuntimeException | LinkageError e) {
        written.set(
            index, written.get(index).withFailure(failure(spec.getClass(), "define(Routes)", e)));
        continue;
      }
      written.set(index, written.get(index).withRoutes(routes.written()));
    }
    return List.copyOf(written);
  }

  /** The scope of each placed secondary with a valid name, in the DSL's terms. */
  Map<Secondary, Scope> scopes(Placements placements) {
    Map<Secondary, Scope> out = new LinkedHashMap<>();
    for (PlacedSecondary p : placements.secondaries()) {
      if (p.validName()) {
        Scope scope = toScope(p.scope());
        out.put(scope.secondary(), scope);
      }
    }
    return out;
  }

  private DeclaredSecondary declare(Secondary s) {
    return declared.computeIfAbsent(
        s,
        k -> {
          DeclaredSecondary d = DeclaredSecondary.of(k);
          live.put(d, k);
          return d;
        });
  }

  /** The scope with each secondary as the spec handed it over. */
  private Scope toScope(SecondaryScope scope) {
    List<Scope.CarveOut> carveOuts = new ArrayList<>(scope.carveOuts().size());
    for (SecondaryScope.CarveOut c : scope.carveOuts()) {
      carveOuts.add(
          new Scope.CarveOut(
              c.primary(), c.matches(), c.owner() == null ? null : live.get(c.owner())));
    }
    return new Scope(live.get(scope.secondary()), scope.delegations(), carveOuts);
  }

  /**
   * A spec that threw: an exception, or a class it uses that cannot be initialized (a static field
   * whose initializer threw: {@link ExceptionInInitializerError} the first time, {@link
   * NoClassDefFoundError} after), which is as much the spec's fault and must not stop the build
   * with a stack trace. Told by its root cause ({@link RootCause}), at the author's line the cause
   * came from, else at the first frame of the spec in the stack, else at its file.
   */
  private static Finding failure(Class<?> spec, String method, Throwable e) {
    Location at = CallSite.ofClass(spec);
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals(spec.getName())
          || frame.getClassName().startsWith(spec.getName() + "$")) {
        at = new Location(at.file(), frame.getLineNumber(), 0);
        break;
      }
    }
    RootCause root = RootCause.of(e, CallSite.ownCode(spec.getClassLoader()));
    return DslFindings.specThrew(spec.getName(), method, root, root.atOr(at));
  }
}
