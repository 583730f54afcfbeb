package com.example.scaffold;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Team;

/**
 * A secondary declared inside define(): no TeamSpec can return it, so scaffold cannot write one.
 */
public final class InlineSecondaryMesh implements MeshSpec {

  @Override
  public void define(Mesh mesh) {
    mesh.primary("inline", "default")
        .hosts("inline.example.com")
        .delegate(
            prefix("/"), Team.named("web").namespace("web").secondary("inline-web").failClosed());
  }
}
