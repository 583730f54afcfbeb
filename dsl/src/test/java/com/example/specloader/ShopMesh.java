package com.example.specloader;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/** A plain mesh spec, found by scanning. */
public final class ShopMesh implements MeshSpec {

  public static final Secondary CATALOG =
      Team.named("catalog").namespace("catalog").secondary("catalog").failClosed();

  /** Not a spec: an anonymous class is a value of the spec that declares it. */
  public static final MeshSpec ANONYMOUS =
      new MeshSpec() {
        @Override
        public void define(Mesh mesh) {}
      };

  @Override
  public void define(Mesh mesh) {
    mesh.primary("shop", "default").hosts("shop.example.com").delegate(prefix("/catalog"), CATALOG);
  }

  /** Not a spec either: it needs an enclosing instance. */
  public class Inner implements MeshSpec {
    @Override
    public void define(Mesh mesh) {}
  }

  static MeshSpec local() {
    class Local implements MeshSpec {
      @Override
      public void define(Mesh mesh) {}
    }
    return new Local();
  }
}
