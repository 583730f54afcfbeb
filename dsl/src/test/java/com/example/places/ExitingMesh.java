package com.example.places;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;

/**
 * A mesh spec whose static initializer ends its JVM with exit code 0, only where the system
 * property {@code vsplit.test.exit} is set (a forked run in a test), never in the test's own JVM.
 */
public final class ExitingMesh implements MeshSpec {
  static {
    if (Boolean.getBoolean("vsplit.test.exit")) {
      System.out.println("leaving now");
      System.exit(0);
    }
  }

  @Override
  public void define(Mesh mesh) {}
}
