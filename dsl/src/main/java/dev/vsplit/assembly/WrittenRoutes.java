package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import java.util.List;

/**
 * What one TeamSpec wrote, taken as a value after it ran: the secondary it returned and its routes.
 * Plain data, like {@link MeshDeclarations}.
 *
 * @param spec the TeamSpec's class name
 * @param site its source file
 * @param secondary the secondary {@code secondary()} returned; {@code null} when it returned null
 *     or threw
 * @param routes the routes {@code define} wrote, in order; {@code null} when it was not run (no
 *     primary delegates to the secondary, another TeamSpec writes it, its name is refused) or threw
 * @param failure the VS207 finding when the spec threw: in {@code secondary()} when {@code
 *     secondary} is {@code null}, else in {@code define}; {@code null} when it did not
 */
record WrittenRoutes(
    String spec,
    Location site,
    DeclaredSecondary secondary,
    List<WrittenRoute> routes,
    Finding failure) {

  WrittenRoutes {
    routes = routes == null ? null : List.copyOf(routes);
  }

  WrittenRoutes withRoutes(List<WrittenRoute> written) {
    return new WrittenRoutes(spec, site, secondary, written, null);
  }

  WrittenRoutes withFailure(Finding thrown) {
    return new WrittenRoutes(spec, site, secondary, null, thrown);
  }
}
