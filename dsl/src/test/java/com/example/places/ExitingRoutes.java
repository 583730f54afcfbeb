package com.example.places;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * A team spec whose static initializer ends its JVM with exit code 0, only where the system
 * property {@code vsplit.test.exit} is set (a forked run in a test), never in the test's own JVM.
 */
public final class ExitingRoutes implements TeamSpec {
  static {
    if (Boolean.getBoolean("vsplit.test.exit")) {
      System.exit(0);
    }
  }

  @Override
  public Secondary secondary() {
    return com.example.bookinfo.BookinfoMesh.VS_1;
  }

  @Override
  public void define(Routes http) {}
}
