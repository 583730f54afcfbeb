package dev.vsplit.assembly;

import dev.vsplit.base.Describe;
import dev.vsplit.model.HTTPMatchRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A route a primary answers itself, owned by the administrators, as the mesh spec wrote it.
 *
 * @param written the route, its matches as written
 * @param delegationsBefore how many of the primary's delegations were written before it
 */
record DeclaredRoute(WrittenRoute written, int delegationsBefore) {

  /** Its matches as Istio's requests, as written. */
  List<HTTPMatchRequest> requests() {
    List<HTTPMatchRequest> out = new ArrayList<>(written.matches().size());
    for (WrittenMatch m : written.matches()) {
      out.add(m.request());
    }
    return out;
  }

  boolean relative() {
    return written.matches().stream().anyMatch(WrittenMatch::relative);
  }

  /** {@code route "deny" (prefix "/admin")}. */
  String describe() {
    String name = written.route().name();
    return "the administrators' route "
        + (name == null ? "" : "\"" + name + "\" ")
        + "("
        + Describe.matches(requests())
        + ")";
  }
}
