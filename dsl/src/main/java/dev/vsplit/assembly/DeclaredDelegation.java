package dev.vsplit.assembly;

import dev.vsplit.base.Describe;
import dev.vsplit.base.Location;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import java.util.ArrayList;
import java.util.List;

/**
 * A delegation as written on a primary.
 *
 * @param matches the requests delegated, any of them (none: everything)
 * @param secondary the secondary that receives them, or {@code null} when the spec named none
 * @param inherited the fields every route of the secondary inherits, as an Istio route without
 *     match
 * @param site the line of the {@code delegate} call
 */
record DeclaredDelegation(
    List<WrittenMatch> matches, DeclaredSecondary secondary, HTTPRoute inherited, Location site) {

  DeclaredDelegation {
    matches = List.copyOf(matches);
  }

  /** The matches as Istio's requests, as written (a relative one still relative). */
  List<HTTPMatchRequest> requests() {
    List<HTTPMatchRequest> out = new ArrayList<>(matches.size());
    for (WrittenMatch m : matches) {
      out.add(m.request());
    }
    return out;
  }

  boolean relative() {
    return matches.stream().anyMatch(WrittenMatch::relative);
  }

  /** {@code prefix "/log" -> ns1/vs-1}. */
  String describe() {
    return Describe.matches(requests()) + " -> " + secondary;
  }
}
