package com.example.tiny;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;

public final class BrokenMesh implements MeshSpec {
  @Override
  public void define(Mesh mesh) {
    String host = System.getProperty("tiny.host");
    mesh.primary("tiny", "istio-system").hosts(host.toLowerCase());
  }
}
