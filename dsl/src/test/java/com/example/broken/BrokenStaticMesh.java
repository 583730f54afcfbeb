package com.example.broken;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/**
 * A mesh spec whose static initializer throws: its team has no namespace, so {@code
 * secondary("vs")} refuses. Loading it fails with {@link ExceptionInInitializerError}, every later
 * use with {@link NoClassDefFoundError}.
 */
public final class BrokenStaticMesh implements MeshSpec {

  public static final Team NOWHERE = Team.named("nowhere");
  public static final Secondary VS = NOWHERE.secondary("vs");

  @Override
  public void define(Mesh mesh) {
    mesh.primary("broken", "default").hosts("broken.example.com").delegate(prefix("/"), VS);
  }
}
