package com.example.specloader;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** A spec whose constructor throws. */
public final class ThrowingConstructorRoutes implements TeamSpec {

  public ThrowingConstructorRoutes() {
    throw new IllegalStateException("CATALOG_URL is not set");
  }

  @Override
  public Secondary secondary() {
    return ShopMesh.CATALOG;
  }

  @Override
  public void define(Routes http) {}
}
