package com.example.broken;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/**
 * A mesh spec that throws half-way through {@code define}; {@link #THROW_LINE} is the line of the
 * throw.
 */
public final class ThrowingMesh implements MeshSpec {

  public static final Secondary API =
      Team.named("api")
          .namespace("api")
          .specPackage("com.example.broken")
          .secondary("api")
          .failClosed();

  /** Set when {@code define} runs. */
  public static volatile int THROW_LINE;

  @Override
  public void define(Mesh mesh) {
    mesh.primary("shop", "default").hosts("shop.example.com").delegate(prefix("/api"), API);
    // spotless:off (the finding must point at the throw: keep it on this line)
    THROW_LINE = new Throwable().getStackTrace()[0].getLineNumber(); throw new IllegalStateException("SHOP_HOST is not set");
    // spotless:on
  }
}
