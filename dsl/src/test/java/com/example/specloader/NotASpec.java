package com.example.specloader;

import dev.vsplit.MeshSpec;
import java.util.List;

/** Mentions MeshSpec, but is no spec. */
public final class NotASpec {

  public static List<MeshSpec> all() {
    return List.of(new ShopMesh());
  }
}
