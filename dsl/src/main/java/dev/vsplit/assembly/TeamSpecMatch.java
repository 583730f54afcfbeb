package dev.vsplit.assembly;

import dev.vsplit.findings.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which TeamSpec writes the routes of which placed secondary, from what each returned as its
 * secondary: at most one per secondary, the first. A TeamSpec that returned null, that writes a
 * secondary no primary delegates to, or a second one for a secondary is VS205; one whose {@code
 * secondary()} threw is its VS207, reported here in TeamSpec order.
 *
 * @param bySecondary for each secondary ({@code namespace/name}), the index of its TeamSpec
 * @param findings in TeamSpec order
 */
record TeamSpecMatch(Map<String, Integer> bySecondary, List<Finding> findings) {

  static TeamSpecMatch of(Placements placements, List<WrittenRoutes> written) {
    Map<String, Integer> bySecondary = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      WrittenRoutes w = written.get(i);
      DeclaredSecondary s = w.secondary();
      if (s == null) {
        findings.add(
            w.failure() != null
                ? w.failure()
                : DslFindings.teamSpecReturnedNull(w.spec(), w.site()));
      } else if (placements.secondary(s.ref()) == null) {
        if (!placements.explained(
            s.ref())) { // else the mesh spec's own finding says why nothing delegates to it
          findings.add(DslFindings.teamSpecForUndelegated(w.spec(), s, w.site()));
        }
      } else if (bySecondary.containsKey(s.ref())) {
        findings.add(
            DslFindings.twoTeamSpecs(
                s, written.get(bySecondary.get(s.ref())).spec(), w.spec(), w.site()));
      } else {
        bySecondary.put(s.ref(), i);
      }
    }
    return new TeamSpecMatch(Collections.unmodifiableMap(bySecondary), List.copyOf(findings));
  }

  /** The index of the TeamSpec that writes this secondary's routes, or {@code null}. */
  Integer specFor(String ref) {
    return bySecondary.get(ref);
  }
}
