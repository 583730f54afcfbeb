package dev.vsplit;

/**
 * One team's routes for one secondary, in the team's own file.
 *
 * <pre>{@code
 * public final class IdentityRoutes implements TeamSpec {
 *   public Secondary secondary() {
 *     return BookinfoMesh.VS_1;
 *   }
 *
 *   public void define(Routes http) {
 *     http.route()
 *         .match(exact("/login"), exact("/logout"))
 *         .to(destination("productpage.default.svc.cluster.local").port(9080));
 *   }
 * }
 * }</pre>
 *
 * Every match must lie inside the team's scope; one that does not is reported at its line.
 * Implementations need a public no-argument constructor.
 */
public interface TeamSpec {

  /**
   * The secondary these routes belong to, as the mesh spec declares it.
   *
   * @return usually a constant of the mesh spec, e.g. {@code BookinfoMesh.VS_1}
   */
  Secondary secondary();

  /**
   * Writes the routes, in evaluation order.
   *
   * @param http where to declare them
   */
  void define(Routes http);
}
