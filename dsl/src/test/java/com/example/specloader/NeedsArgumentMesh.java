package com.example.specloader;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;

/** A spec vsplit cannot create: its only constructor takes an argument. */
public final class NeedsArgumentMesh implements MeshSpec {

  private final String host;

  public NeedsArgumentMesh(String host) {
    this.host = host;
  }

  @Override
  public void define(Mesh mesh) {
    mesh.primary("needs", "default").hosts(host);
  }
}
