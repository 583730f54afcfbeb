package dev.vsplit.assembly;

import dev.vsplit.base.FieldPath;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import dev.vsplit.routing.Conflict;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.MatchConflicts;
import dev.vsplit.routing.Merger;
import dev.vsplit.routing.Names;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * A team's match against its scope (VS201): completed as Istio's merge demands, then checked to fit
 * every primary that delegates to the secondary and to lie in no part that the same primary gives
 * to another team first. Fit and merge are Istio's ({@link Merger}), coverage is {@link Coverage}.
 */
final class ScopeCheck {

  private final PlacedSecondary secondary;
  private final Placements placements;
  private final List<Finding> findings;

  /**
   * What {@link #roots} and {@link #byPrimary} answer for this secondary, computed once: every
   * match of every team route asks them.
   */
  private final IdentityHashMap<Placed, List<HTTPMatchRequest>> rootsOf = new IdentityHashMap<>();

  /**
   * The carve-outs before each placement ({@link Placed#carveOuts}), qualified as {@link #roots}
   * are, computed once: every match of every team route is compared with them.
   */
  private final IdentityHashMap<Placed, List<List<HTTPMatchRequest>>> carveOutsOf =
      new IdentityHashMap<>();

  private List<List<Placed>> placedByPrimary;

  /**
   * The match {@link #complete} last returned when it found it to fit the first root of the first
   * placement, else {@code null}: {@link #inScope} merges it under that root without asking again
   * whether they conflict (most secondaries have one delegation of one match, and asking twice was
   * a third of this check).
   */
  private HTTPMatchRequest fitsFirstRoot;

  /**
   * @param findings where the VS201 findings go
   */
  ScopeCheck(PlacedSecondary secondary, Placements placements, List<Finding> findings) {
    this.secondary = secondary;
    this.placements = placements;
    this.findings = findings;
  }

  /**
   * The match as it goes into the secondary, or {@code null} when it breaks the scope (reported).
   *
   * @param route the route's place in the secondary as written ({@code spec.http[route]})
   * @param match the match's place in the route as written ({@code match[match]})
   */
  HTTPMatchRequest check(WrittenMatch written, int route, int match) {
    HTTPMatchRequest m = complete(written, route, match);
    return m != null && inScope(m, written, route, match) ? m : null;
  }

  /**
   * The match's path for a finding, {@code spec.http[0].match[1]}: built only for one, as most
   * matches pass.
   */
  private static String path(int route, int match) {
    return FieldPath.httpRoute(route) + ".match[" + match + "]";
  }

  /**
   * The match as it must be written in the secondary: relative paths made absolute, and what
   * Istio's merge demands repeated (the primary's sourceNamespace and ignoreUriCase, gateways
   * qualified with a namespace).
   */
  private HTTPMatchRequest complete(WrittenMatch written, int route, int match) {
    HTTPMatchRequest m = written.request();
    if (written.relative()) {
      String base = singlePrefix(secondary.scope());
      if (base == null) {
        findings.add(
            DslFindings.relativeWithoutPrefix(
                ref(), path(route, match), team(), m.uri(), secondary.scope(), written.site()));
        return null;
      }
      String joined = Assembler.join(base, m.uri().value());
      m =
          m.withUri(
              m.uri() instanceof StringMatch.Exact
                  ? StringMatch.exact(joined)
                  : StringMatch.prefix(joined));
    }
    Placed first = secondary.placed().get(0);
    String ns = first.primary().namespace();
    m = Names.resolveGateways(m, ns);
    // repeat what the delegation's match that this one fits asks for (in a delegation of several
    // matches, only some may be case-insensitive or restricted to a source namespace)
    List<HTTPMatchRequest> roots = rootsOf(first);
    for (int k = 0; k < roots.size(); k++) {
      HTTPMatchRequest root = roots.get(k);
      HTTPMatchRequest repeated = repeat(m, root);
      if (!MatchConflicts.conflicts(root, repeated)) {
        fitsFirstRoot = k == 0 ? repeated : null;
        return repeated;
      }
    }
    fitsFirstRoot = null;
    return roots.isEmpty() ? m : repeat(m, roots.get(0)); // fits none: inScope reports it
  }

  /**
   * {@code m} with the root's {@code ignoreUriCase} and {@code sourceNamespace}, where it sets
   * neither itself.
   */
  private static HTTPMatchRequest repeat(HTTPMatchRequest m, HTTPMatchRequest root) {
    if (m.ignoreUriCase() == null && root.ignoresUriCase()) {
      m = m.withIgnoreUriCase(true);
    }
    if ((m.sourceNamespace() == null || m.sourceNamespace().isEmpty())
        && root.sourceNamespace() != null
        && !root.sourceNamespace().isEmpty()) {
      m = m.withSourceNamespace(root.sourceNamespace());
    }
    return m;
  }

  /** Whether the match fits every delegation to the secondary and lies in no other team's part. */
  @SuppressWarnings("ReferenceEquality") // the very match complete() fitted, in that placement
  private boolean inScope(HTTPMatchRequest m, WrittenMatch written, int route, int match) {
    // Istio merges the secondary once per delegation to it and drops the route from the merges it
    // does not fit. Within one primary the route must fit at least one of the delegations to this
    // secondary (e.g. /shop or /store); a secondary shared by several primaries must serve each of
    // them, so the route must fit in every primary. In each merge it fits, it must not lie inside a
    // part that the same primary gives to another team first.
    if (placedByPrimary == null) {
      placedByPrimary = byPrimary(secondary.placed());
    }
    for (List<Placed> ofPrimary : placedByPrimary) {
      List<Conflict> conflicts = new ArrayList<>();
      boolean fitsAny = false;
      for (Placed p : ofPrimary) {
        List<HTTPMatchRequest> roots = rootsOf(p);
        // a delegation without match delegates everything: Istio keeps the team's match as written
        HTTPMatchRequest merged = m;
        if (!roots.isEmpty() && m == fitsFirstRoot && p == secondary.placed().get(0)) {
          // complete() found it fits this root, the first: mergeUnder's first merge is this one,
          // needed only to compare with what the primary places before the delegation
          merged =
              p.routesBefore().isEmpty() && p.carveOuts().isEmpty()
                  ? null
                  : Merger.mergeMatch(roots.get(0), m);
        } else if (!roots.isEmpty()) {
          List<HTTPMatchRequest> fits = Merger.mergeUnder(roots, m, conflicts);
          if (fits.isEmpty()) {
            continue;
          }
          merged = fits.get(0);
        }
        fitsAny = true;
        for (DeclaredRoute r : p.routesBefore()) {
          // a route the primary answers itself, placed before the delegation, takes its requests
          HTTPMatchRequest other = Coverage.coveringMatch(r.requests(), merged);
          if (other != null) {
            findings.add(
                DslFindings.insideAdminRoute(
                    ref(),
                    path(route, match),
                    team(),
                    m,
                    r,
                    other,
                    p.primary().ref(),
                    written.site()));
            return false;
          }
        }
        List<List<HTTPMatchRequest>> carveOuts = carveOutsOf(p);
        for (int k = 0; k < carveOuts.size(); k++) {
          // a delegation without match placed before this one (keepDeclaredOrder) takes every
          // request
          DeclaredDelegation c = p.carveOuts().get(k);
          HTTPMatchRequest other = Coverage.coveringMatch(carveOuts.get(k), merged);
          if (other != null) {
            findings.add(
                DslFindings.insideCarveOut(
                    ref(),
                    path(route, match),
                    team(),
                    m,
                    other,
                    p.primary().ref(),
                    c.secondary(),
                    written.site()));
            return false;
          }
        }
      }
      if (!fitsAny) {
        Placed first = ofPrimary.get(0);
        findings.add(
            DslFindings.outsideScope(
                ref(),
                path(route, match),
                team(),
                m,
                secondary.scope(),
                conflicts.get(0),
                first.primary().ref(),
                first.delegation(),
                ownerOf(m, first),
                written.site()));
        return false;
      }
    }
    return true;
  }

  /**
   * The delegation of the same primary, to another secondary, that the match fits and that comes
   * first in the primary's order (the most specific): who owns the path.
   */
  private DeclaredDelegation ownerOf(HTTPMatchRequest m, Placed placed) {
    for (Placed other : placements.of(placed.primary())) { // in emitted order: the first that fits
      if (!other.delegation().secondary().ref().equals(placed.delegation().secondary().ref())
          && !Merger.mergeUnder(roots(other), m, null).isEmpty()) {
        return other.delegation();
      }
    }
    return null;
  }

  /** The placements grouped by primary, primaries in the order first placed. */
  private static List<List<Placed>> byPrimary(List<Placed> placed) {
    List<List<Placed>> out = new ArrayList<>();
    // by identity: two primaries declared alike are two primaries
    IdentityHashMap<DeclaredPrimary, List<Placed>> groups = new IdentityHashMap<>();
    for (Placed p : placed) {
      groups
          .computeIfAbsent(
              p.primary(),
              primary -> {
                List<Placed> group = new ArrayList<>();
                out.add(group);
                return group;
              })
          .add(p);
    }
    return out;
  }

  private static String singlePrefix(SecondaryScope scope) {
    String base = null;
    for (List<HTTPMatchRequest> d : scope.delegations()) {
      for (HTTPMatchRequest m : d) {
        if (!(m.uri() instanceof StringMatch.Prefix p)
            || (base != null && !base.equals(p.value()))) {
          return null;
        }
        base = p.value();
      }
    }
    return base;
  }

  /**
   * The delegation's matches as Istio compares them with a secondary's: gateways qualified in the
   * primary's namespace, as the team's are ({@link #complete}).
   */
  static List<HTTPMatchRequest> roots(Placed p) {
    return qualified(p.delegation(), p.primary());
  }

  private List<HTTPMatchRequest> rootsOf(Placed p) {
    return rootsOf.computeIfAbsent(p, ScopeCheck::roots);
  }

  private List<List<HTTPMatchRequest>> carveOutsOf(Placed p) {
    return carveOutsOf.computeIfAbsent(
        p,
        placed -> {
          List<List<HTTPMatchRequest>> out = new ArrayList<>(placed.carveOuts().size());
          for (DeclaredDelegation c : placed.carveOuts()) {
            out.add(qualified(c, placed.primary()));
          }
          return out;
        });
  }

  private static List<HTTPMatchRequest> qualified(DeclaredDelegation d, DeclaredPrimary primary) {
    return d.requests().stream().map(m -> Names.resolveGateways(m, primary.namespace())).toList();
  }

  private String ref() {
    return secondary.ref();
  }

  private String team() {
    return secondary.secondary().team().name();
  }
}
