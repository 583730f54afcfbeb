package dev.vsplit;

/**
 * The mesh administrator's spec: teams, gateways, primaries and who owns which prefix.
 *
 * <pre>{@code
 * public final class BookinfoMesh implements MeshSpec {
 *   public static final Team IDENTITY = Team.named("identity").namespace("ns1").owners("@bookinfo/identity");
 *   public static final Secondary VS_1 = IDENTITY.secondary("vs-1");
 *
 *   public void define(Mesh mesh) {
 *     mesh.primary("bookinfo", "default")
 *         .hosts("*")
 *         .gateways("bookinfo-gateway")
 *         .delegate(prefix("/log"), VS_1);
 *   }
 * }
 * }</pre>
 *
 * Implementations need a public no-argument constructor; {@code vsplit:generate} finds them in the
 * project's compiled classes.
 */
public interface MeshSpec {

  /**
   * Declares gateways and primaries on {@code mesh}.
   *
   * @param mesh where to declare them
   */
  void define(Mesh mesh);
}
