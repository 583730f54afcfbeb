package com.example.specloader;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;

/** A spec vsplit cannot create: the class is not public. */
final class HiddenMesh implements MeshSpec {

  @Override
  public void define(Mesh mesh) {}
}
